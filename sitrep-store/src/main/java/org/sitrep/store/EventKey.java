package org.sitrep.store;

/**
 * Where a listing of events stands: the sort key of the last event of a page (events come by date key, newest
 * first and undated last, then by article and position). The next page starts after it, found through the index
 * rather than by counting past the pages before (OFFSET), so a deep page costs what the first one does and an
 * event stored meanwhile neither repeats nor hides one.
 *
 * @param dateKey   the event's date key (its date, else its article's publication date, as digits), or null
 * @param articleId its article's id
 * @param index     its position among its article's events
 */
public record EventKey(String dateKey, String articleId, int index) {

    public EventKey {
        if (articleId == null || articleId.isEmpty() || index < 0) {
            throw new IllegalArgumentException("an event key needs an article id and a position");
        }
        if (dateKey != null && !dateKey.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("a date key is digits: '" + dateKey + "'");
        }
    }

    /** The key of a stored event, as its listing sorted it. */
    public static EventKey of(StoredEvent e) {
        return new EventKey(ArticleRows.eventDateKey(e.event(), e.articlePublished()), e.articleId(), e.index());
    }
}
