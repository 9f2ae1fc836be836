package org.sitrep.store;

import java.util.Locale;

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
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        if (since != null && DateKeys.userKey(since) == null) {
            throw new IllegalArgumentException("not an ISO-8601 date: '" + since + "'");
        }
        if (until != null && DateKeys.userKey(until) == null) {
            throw new IllegalArgumentException("not an ISO-8601 date: '" + until + "'");
        }
        type = type == null || type.isBlank() ? null : type.strip().toUpperCase(Locale.ROOT);
        acledEventType = acledEventType == null || acledEventType.isBlank() ? null : acledEventType.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        actorContains = actorContains == null || actorContains.isBlank() ? null : actorContains.strip();
        sourceContains = sourceContains == null || sourceContains.isBlank() ? null : sourceContains.strip();
    }

    public static LinkedEventQuery all() {
        return new LinkedEventQuery(null, null, null, null, null, null, null, null, 0, 0);
    }
}
