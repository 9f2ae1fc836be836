package org.sitrep.store;

/**
 * Which linked events to list. Null filters match everything.
 *
 * @param since          events that may have happened on or after this ISO-8601 date
 * @param until          events that may have happened on or before it
 * @param type           PLOVER type or INCIDENT
 * @param acledEventType ACLED's event type
 * @param country        events whose place, or an actor or target, is of this country (ISO alpha-2)
 * @param actorContains  events with an actor or target one of whose names contains this, ignoring case
 * @param area           events placed inside this area
 * @param sourceContains events with a report from an article whose URL or input path contains this
 */
public record LinkedEventQuery(String since, String until, String type, String acledEventType, String country,
                               String actorContains, Area area, String sourceContains, int limit, int offset) {

    public LinkedEventQuery {
        QueryArgs.checkPageAndDates(limit, offset, since, until);
        type = QueryArgs.code(type);
        acledEventType = QueryArgs.text(acledEventType);
        country = QueryArgs.code(country);
        actorContains = QueryArgs.text(actorContains);
        sourceContains = QueryArgs.text(sourceContains);
    }

    public static LinkedEventQuery all() {
        return new LinkedEventQuery(null, null, null, null, null, null, null, null, 0, 0);
    }
}
