package org.sitrep.annotate.geo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the geo stage reads of one article's places: a pure function of its text, its NER tags and the names,
 * types and mentions of its entities (never of their places), so that any step reading the same article reads
 * the same.
 *
 * @param candidates  every place name found, after the filters (towns NER took for actors among them)
 * @param placed      the candidates that are places here: all but the towns named as actors that the article
 *                    does not place
 * @param resolutions the place each name resolved to, by candidate key
 * @param actingTowns the keys of the towns named as actors that the article places
 */
public record PlaceReading(List<Candidate> candidates, List<Candidate> placed, Map<String, Resolution> resolutions,
                           Set<String> actingTowns) {

    public PlaceReading {
        candidates = List.copyOf(candidates);
        placed = List.copyOf(placed);
        resolutions = Collections.unmodifiableMap(new LinkedHashMap<>(resolutions));
        actingTowns = Set.copyOf(actingTowns);
    }

    /** An article with no place names. */
    static PlaceReading none(List<Candidate> candidates) {
        return new PlaceReading(candidates, List.of(), Map.of(), Set.of());
    }

    /** The resolution of a key, or null when it did not resolve. */
    public Resolution resolution(String key) {
        return resolutions.get(key);
    }
}
