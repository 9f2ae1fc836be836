package org.sitrep.store;

import org.sitrep.model.Claim;

/**
 * One stored claim with the article it was read from.
 *
 * @param articleId        the article's id
 * @param index            the claim's position among its article's claims
 * @param articleTitle     the article's title, or null
 * @param articleUrl       the article's URL, or null
 * @param sourcePath       the path of the input the article was read from, as given on the command line
 * @param articlePublished the article's publication date (ISO-8601), or null
 * @param claim            the claim, whole
 */
public record StoredClaim(String articleId, int index, String articleTitle, String articleUrl, String sourcePath,
                          String articlePublished, Claim claim) {
}
