package org.sitrep.store;

import java.util.Locale;

/**
 * Which stories to list. Null filters match everything.
 *
 * @param entityContains stories one of whose linked entities (an actor, an organisation, a place) has a name
 *                       containing this, ignoring case
 * @param country        stories naming an entity of this country (ISO 3166-1 alpha-2) or a place in it
 * @param area           stories naming a place inside this area
 * @param since          stories with an article dated on or after this ISO-8601 date
 * @param until          stories with an article dated on or before it
 */
public record StoryQuery(String entityContains, String country, Area area, String since, String until, int limit,
                         int offset) {

    public StoryQuery {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        if (since != null && DateKeys.userKey(since) == null) {
            throw new IllegalArgumentException("not an ISO-8601 date: '" + since + "'");
        }
        if (until != null && DateKeys.userKey(until) == null) {
            throw new IllegalArgumentException("not an ISO-8601 date: '" + until + "'");
        }
        entityContains = entityContains == null || entityContains.isBlank() ? null : entityContains.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    public static StoryQuery all() {
        return new StoryQuery(null, null, null, null, null, 0, 0);
    }
}
