package org.sitrep.model;

import java.util.List;

/**
 * One real-world thing named in an article, with all its mentions.
 *
 * @param type        PERSON, ORGANIZATION, GPE, LOCATION, FACILITY, NORP or OTHER
 * @param country     ISO 3166-1 alpha-2 code of the country it belongs to, when known
 * @param place       where a place-like entity lies on the map, when resolved
 */
public record Entity(String id, String type, String name, List<String> aliases, String title,
                     String affiliation, String country, Place place, List<Span> mentions) {
    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
