package org.sitrep.annotate.lexicon;

import java.util.List;
import org.sitrep.model.Place;

/**
 * A country as news names it.
 *
 * @param code      ISO 3166-1 alpha-2
 * @param name      the common English name ("North Korea")
 * @param names     other names: official, alternate spellings and codes ("DPRK", "Democratic People's Republic of Korea")
 * @param demonyms  English adjectives and nouns for its people ("North Korean")
 * @param geonameid GeoNames id, 0 where the gazetteer's sources do not give it
 */
public record Country(String code, String name, List<String> names, List<String> demonyms,
                      double lat, double lon, long geonameid) {
    public Country {
        names = names == null ? List.of() : List.copyOf(names);
        demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
    }

    /** This country as the data model records a place, with the confidence of whoever chose it (null: none given). */
    public Place toPlace(Double confidence) {
        return new Place(geonameid, name, "country", code, null, lat, lon, confidence);
    }
}
