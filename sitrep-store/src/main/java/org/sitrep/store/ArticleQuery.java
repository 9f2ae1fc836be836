package org.sitrep.store;

/**
 * Which stored articles to list, and which page of them. Null filters match everything.
 * Articles come newest first (by publication date; undated ones last), then by id.
 *
 * @param idPrefix       articles whose id starts with this
 * @param titleContains  articles whose title contains this, ignoring case
 * @param publishedFrom  articles published on or after this ISO-8601 date or time
 * @param publishedTo    articles published on or before this ISO-8601 date (the whole day counts)
 * @param inputHash      articles found in the input with this content hash
 * @param limit          at most this many (0: all)
 * @param offset         skip this many first
 * @param after          only the articles that sort after this one (the last of the page before), or null
 */
public record ArticleQuery(String idPrefix, String titleContains, String publishedFrom, String publishedTo,
                           String inputHash, int limit, int offset, ArticleKey after) {

    /** A query from the first article on. */
    public ArticleQuery(String idPrefix, String titleContains, String publishedFrom, String publishedTo,
                        String inputHash, int limit, int offset) {
        this(idPrefix, titleContains, publishedFrom, publishedTo, inputHash, limit, offset, null);
    }

    public ArticleQuery {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    public static ArticleQuery all() {
        return new ArticleQuery(null, null, null, null, null, 0, 0);
    }

    public ArticleQuery withIdPrefix(String prefix) {
        return new ArticleQuery(prefix, titleContains, publishedFrom, publishedTo, inputHash, limit, offset, after);
    }

    public ArticleQuery withTitleContaining(String text) {
        return new ArticleQuery(idPrefix, text, publishedFrom, publishedTo, inputHash, limit, offset, after);
    }

    public ArticleQuery withPublished(String from, String to) {
        return new ArticleQuery(idPrefix, titleContains, from, to, inputHash, limit, offset, after);
    }

    public ArticleQuery withInput(String contentHash) {
        return new ArticleQuery(idPrefix, titleContains, publishedFrom, publishedTo, contentHash, limit, offset, after);
    }

    public ArticleQuery page(int newLimit, int newOffset) {
        return new ArticleQuery(idPrefix, titleContains, publishedFrom, publishedTo, inputHash, newLimit, newOffset, after);
    }

    /** The articles after this one (the last of the page before): the next page, found through the index. */
    public ArticleQuery after(ArticleKey newAfter) {
        return new ArticleQuery(idPrefix, titleContains, publishedFrom, publishedTo, inputHash, limit, offset, newAfter);
    }
}
