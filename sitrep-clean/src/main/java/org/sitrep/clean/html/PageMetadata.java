package org.sitrep.clean.html;

import org.sitrep.model.Published;

/**
 * What a page says about its article outside the article's text. Unknown fields are null.
 *
 * @param url the page's address: the one it was given with, else its own canonical link or og:url
 */
record PageMetadata(String title, String byline, Published published, String language, String url) {
}
