package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/**
 * Candidate source: the place names of the article's dateline ("SEOUL, South Korea", "KABUL"), and the country
 * the dateline fixes.
 *
 * @param candidates the dateline's parts the gazetteer knows
 * @param country    the dateline's country code, or null when it names none
 */
record Dateline(List<Candidate> candidates, String country) {

    /** The population of a dateline's city alone ("KABUL") that fixes the country; a capital fixes it at any size. */
    private static final long LARGE_CITY = 100_000;

    static Dateline of(Article article, String input, Gazetteer gazetteer, Countries countries) {
        Span span = article.datelineSpan();
        if (span == null || span.end() > input.length() || span.start() < 0) {
            return new Dateline(List.of(), null);
        }
        String text = input.substring(span.start(), span.end());
        List<Candidate> found = new ArrayList<>();
        String country = null;
        int from = 0;
        for (String part : text.split(",")) {
            int at = text.indexOf(part, from);
            from = at + part.length();
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int s = span.start() + at + part.indexOf(trimmed);
            String key = PlaceNames.key(trimmed);
            Optional<Country> c = countries.byName(trimmed);
            if (c.isPresent()) {
                country = c.get().code();
            }
            if (gazetteer.contains(trimmed)) {
                found.add(new Candidate(new Span(s, s + trimmed.length(), input.substring(s, s + trimmed.length())), key, null, true));
            }
        }
        if (country == null) {
            // A dateline city alone ("KABUL") fixes the country when the name is a capital or a large city.
            String first = text.split(",")[0];
            country = gazetteer.lookup(first).stream()
                    .filter(e -> e.isCity() && (e.population() >= LARGE_CITY || "PPLC".equals(e.feature())))
                    .max(Comparator.comparingDouble(Priors::prior))
                    .map(GazetteerEntry::country).orElse(null);
        }
        return new Dateline(found, country);
    }
}
