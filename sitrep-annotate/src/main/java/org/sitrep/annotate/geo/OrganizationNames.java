package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.NameHeads;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.annotate.lexicon.PlaceWords;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * The countries and states inside the names of the article's organisations ("Georgia Bureau of Investigation",
 * "University of Georgia", "U.S. Food and Drug Administration"): a candidate source (a place mention of its own
 * inside the organisation's, as news corpora annotate it) and evidence of where the story is.
 */
final class OrganizationNames {

    /** The most words of an organisation's name a place in it may have. */
    private static final int MAX_PLACE_WORDS = 3;

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final NameKeys keys;

    OrganizationNames(Gazetteer gazetteer, Countries countries, NameKeys keys) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.keys = keys;
    }

    /** Part of an organisation's name at character {@code at}: where a place may stand in it. */
    private record NamePart(int at, String text) {
    }

    /**
     * The country or state that opens an organisation's name ("U.S. Food and Drug Administration", "Texas
     * Department of Transportation") or closes it after "of" ("University of Georgia"), at its place in the input;
     * the organisation keeps its whole name.
     */
    List<Candidate> candidates(List<Entity> entities, String input) {
        List<Candidate> out = new ArrayList<>();
        for (Entity e : entities) {
            if (!"ORGANIZATION".equals(e.type())) {
                continue;
            }
            for (Span m : e.mentions()) {
                String text = m.text();
                String last = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                if (NameHeads.NEWSPAPERS.contains(last)) {
                    continue; // the place in a newspaper's name ("New York Times") is not where its story is
                }
                placeParts(text).stream().filter(part -> countryOrState(part.text())).findFirst().ifPresent(part -> {
                    int start = m.start() + part.at();
                    int end = start + part.text().length();
                    if (end <= input.length() && input.substring(start, end).equals(part.text())) {
                        out.add(new Candidate(new Span(start, end, part.text()), keys.keyOf(part.text()), null, false));
                    }
                });
            }
        }
        return out;
    }

    /**
     * Adds the countries and states that open or close the names of the article's organisations ("Georgia Bureau
     * of Investigation", "Kenya Red Cross", "State of Ohio") to {@code countryCodes} and {@code regions}: no place
     * mentions of their own, but where the story is, so "Albany" beside them is the Georgian town.
     */
    void addEvidence(List<Entity> entities, Set<String> countryCodes, Set<String> regions) {
        for (Entity e : entities) {
            if (!"ORGANIZATION".equals(e.type())) {
                continue;
            }
            for (NamePart part : placeParts(e.name())) {
                String key = PlaceNames.key(part.text());
                Optional<Country> country = countries.byName(part.text()).filter(c -> PlaceNames.key(c.name()).equals(key));
                List<GazetteerEntry> states = statesNamed(part.text());
                // "Georgia" opens the names of the country's bodies and the US state's alike: both stay possible.
                country.ifPresent(c -> countryCodes.add(c.code()));
                if (states.size() == 1) {
                    regions.add(states.get(0).country() + "/" + states.get(0).admin1());
                    if (country.isEmpty()) {
                        countryCodes.add(states.get(0).country());
                    }
                }
                if (country.isPresent() || states.size() == 1) {
                    break;
                }
            }
        }
    }

    /**
     * The parts of an organisation's name that may be a place, in the order to try them: its first three, two or
     * one words ("Georgia Bureau of Investigation"), then its last words after "of", up to three ("State of Ohio").
     * The whole name is never a part.
     */
    private static List<NamePart> placeParts(String name) {
        String[] words = name.split(" ");
        List<NamePart> parts = new ArrayList<>();
        for (int k = Math.min(MAX_PLACE_WORDS, words.length - 1); k >= 1; k--) {
            parts.add(new NamePart(0, String.join(" ", Arrays.copyOfRange(words, 0, k))));
        }
        int of = Arrays.asList(words).lastIndexOf("of");
        if (of > 0 && of < words.length - 1 && words.length - of - 1 <= MAX_PLACE_WORDS) {
            String closing = String.join(" ", Arrays.copyOfRange(words, of + 1, words.length));
            parts.add(new NamePart(name.length() - closing.length(), closing));
        }
        return parts;
    }

    /** A country's name or code ("U.S.", "UK") or a first-level region's own name ("Texas"), not a bare direction. */
    private boolean countryOrState(String name) {
        String key = PlaceNames.key(name);
        String compact = key.replace(" ", "");
        if (PlaceWords.COMPASS.contains(compact) || compact.equals("midwest") || compact.equals("midwestern")) {
            return false; // "Western Michigan University": Kenya's Western Province is no reading of it
        }
        return countries.byName(name).isPresent() || !statesNamed(name).isEmpty();
    }

    /** The first-level regions whose own name this is ("Georgia": the US state). */
    private List<GazetteerEntry> statesNamed(String name) {
        String key = PlaceNames.key(name);
        return gazetteer.lookup(name).stream().filter(g -> "ADM1".equals(g.feature()) && PlaceNames.key(g.name()).equals(key)).toList();
    }
}
