package org.sitrep.link.entities;

import java.util.List;

/**
 * One entity of one article as linking sees it.
 *
 * @param names     every name the article gives it: its name, its aliases and the variants found in its text
 *                  ("Afghan Taliban", "Islamic Emirate")
 * @param country   ISO 3166-1 alpha-2 of the country it belongs to, or null
 * @param geonameid the gazetteer place it was resolved to, or null
 */
public record ArticleEntity(String entityId, EntityKind kind, String name, List<String> names, String country,
                            Long geonameid) {
    public ArticleEntity {
        names = List.copyOf(names);
    }
}
