package org.sitrep.store;

import java.time.Instant;

/**
 * What a listing of articles shows of each: the columns without the Article JSON. A page of summaries reads a few
 * short columns per article where a page of {@link StoredArticle}s reads every article's whole annotated text.
 *
 * @param published the publication date (ISO-8601), or null when unknown
 */
public record ArticleSummary(String id, String title, String published, String url, String sourcePath, Instant storedAt) {

    /** The key a listing sorted it by: where the next page starts. */
    public ArticleKey key() {
        return new ArticleKey(DateKeys.key(published), id);
    }
}
