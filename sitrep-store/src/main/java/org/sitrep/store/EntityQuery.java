package org.sitrep.store;

import java.util.Locale;
import java.util.Set;

/**
 * Which linked entities to list. Null filters match everything.
 *
 * @param kind         PERSON, ORGANIZATION, PLACE, GROUP_OF_PEOPLE or OTHER (any case)
 * @param nameContains entities one of whose names contains this, ignoring case
 * @param country      ISO 3166-1 alpha-2 of the country they belong to (or lie in)
 * @param area         places inside this area
 * @param articleId    entities named in this article
 * @param limit        at most this many (0: all)
 */
public record EntityQuery(String kind, String nameContains, String country, Area area, String articleId, int limit,
                          int offset) {

    public static final Set<String> KINDS = Set.of("PERSON", "ORGANIZATION", "PLACE", "GROUP_OF_PEOPLE", "OTHER");

    public EntityQuery {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        kind = kind == null || kind.isBlank() ? null : kind.strip().toUpperCase(Locale.ROOT);
        if (kind != null && !KINDS.contains(kind)) {
            throw new IllegalArgumentException("not a kind of entity: '" + kind + "'");
        }
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    public static EntityQuery all() {
        return new EntityQuery(null, null, null, null, null, 0, 0);
    }
}
