package org.sitrep.clean.html;

import org.sitrep.model.Published;

/** What a page says about its article outside the article's text. Unknown fields are null. */
record PageMetadata(String title, String byline, Published published, String language) {
}
