package org.sitrep.store;

/**
 * Where a listing of articles stands: the sort key of the last article of a page (newest first by publication
 * date, undated last, then by id). The next page starts after it, through the index (see {@link EventKey}).
 *
 * @param publishedKey the article's publication date as digits, or null
 * @param id           its id
 */
public record ArticleKey(String publishedKey, String id) {

    public ArticleKey {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("an article key needs an id");
        }
        if (publishedKey != null && !publishedKey.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a date key is digits: '" + publishedKey + "'");
        }
    }

    /** The key of a stored article, as its listing sorted it. */
    public static ArticleKey of(StoredArticle a) {
        return new ArticleKey(DateKeys.key(a.published()), a.id());
    }
}
