package org.sitrep.store;

/**
 * Which stored events to list, and which page of them. Null filters match everything. Events come newest
 * first (by their date, else their article's publication date; undated ones last), then by article and
 * their order in it.
 *
 * @param since          events on or after this ISO-8601 date: the event's date where it has one, else its
 *                       article's publication date
 * @param until          events on or before this ISO-8601 date (the whole day, or month, counts)
 * @param type           events of this PLOVER type (ASSAULT) or INCIDENT, in any case
 * @param acledEventType events of this ACLED event type (Battles), in any case
 * @param country        events touching this country (ISO 3166-1 alpha-2): their place's, an actor's or a
 *                       target's
 * @param articleId      the events of this article only
 * @param forAcled       only events an ACLED export holds: those with an ACLED type that their article says
 *                       happened (modality asserted, alleged or unsaid; not denied, planned, threatened or
 *                       hypothetical)
 * @param placed         only events with a place
 * @param limit          at most this many (0: all)
 * @param offset         skip this many first
 * @param after          only the events that sort after this one (the last of the page before), or null
 */
public record EventQuery(String since, String until, String type, String acledEventType, String country,
                         String articleId, boolean forAcled, boolean placed, int limit, int offset, EventKey after) {

    /** A query from the first event on. */
    public EventQuery(String since, String until, String type, String acledEventType, String country,
                      String articleId, boolean forAcled, boolean placed, int limit, int offset) {
        this(since, until, type, acledEventType, country, articleId, forAcled, placed, limit, offset, null);
    }

    public EventQuery {
        QueryArgs.checkPageAndDates(limit, offset, since, until);
        type = QueryArgs.code(type);
        acledEventType = QueryArgs.text(acledEventType);
        country = QueryArgs.code(country);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, false, false, 0, 0);
    }

    public EventQuery withDates(String newSince, String newUntil) {
        return new EventQuery(newSince, newUntil, type, acledEventType, country, articleId, forAcled, placed, limit, offset, after);
    }

    public EventQuery withType(String newType) {
        return new EventQuery(since, until, newType, acledEventType, country, articleId, forAcled, placed, limit, offset, after);
    }

    public EventQuery withAcledEventType(String newType) {
        return new EventQuery(since, until, type, newType, country, articleId, forAcled, placed, limit, offset, after);
    }

    public EventQuery withCountry(String newCountry) {
        return new EventQuery(since, until, type, acledEventType, newCountry, articleId, forAcled, placed, limit, offset, after);
    }

    public EventQuery ofArticle(String newArticleId) {
        return new EventQuery(since, until, type, acledEventType, country, newArticleId, forAcled, placed, limit, offset, after);
    }

    /** Only the events an ACLED export holds (see {@link #forAcled}). */
    public EventQuery forAcledExport() {
        return new EventQuery(since, until, type, acledEventType, country, articleId, true, placed, limit, offset, after);
    }

    /** Only the events with a place. */
    public EventQuery placedOnly() {
        return new EventQuery(since, until, type, acledEventType, country, articleId, forAcled, true, limit, offset, after);
    }

    public EventQuery page(int newLimit, int newOffset) {
        return new EventQuery(since, until, type, acledEventType, country, articleId, forAcled, placed, newLimit, newOffset, after);
    }

    /** The events after this one (the last of the page before): the next page, found through the index. */
    public EventQuery after(EventKey newAfter) {
        return new EventQuery(since, until, type, acledEventType, country, articleId, forAcled, placed, limit, offset, newAfter);
    }
}
