package org.sitrep.store;

/**
 * Which stored claims to list, and which page of them. Null filters match everything. Claims come newest
 * first (by the date they hold for, else their article's publication date; undated ones last), then by
 * article and their order in it.
 *
 * @param since           claims as of this ISO-8601 date or later (else their article published then or later)
 * @param until           claims as of this ISO-8601 date or earlier (the whole day, or month, counts)
 * @param subjectContains claims whose subject contains this, ignoring case
 * @param articleId       the claims of this article only
 * @param limit           at most this many (0: all)
 * @param offset          skip this many first
 */
public record ClaimQuery(String since, String until, String subjectContains, String articleId, int limit, int offset) {

    public ClaimQuery {
        QueryArgs.checkPageAndDates(limit, offset, since, until);
        subjectContains = subjectContains == null || subjectContains.isEmpty() ? null : subjectContains;
    }

    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, 0, 0);
    }

    public ClaimQuery withDates(String newSince, String newUntil) {
        return new ClaimQuery(newSince, newUntil, subjectContains, articleId, limit, offset);
    }

    public ClaimQuery withSubjectContaining(String text) {
        return new ClaimQuery(since, until, text, articleId, limit, offset);
    }

    public ClaimQuery ofArticle(String newArticleId) {
        return new ClaimQuery(since, until, subjectContains, newArticleId, limit, offset);
    }

    public ClaimQuery page(int newLimit, int newOffset) {
        return new ClaimQuery(since, until, subjectContains, articleId, newLimit, newOffset);
    }
}
