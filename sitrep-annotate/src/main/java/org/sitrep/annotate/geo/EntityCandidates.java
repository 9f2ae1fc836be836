package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.annotate.lexicon.PlaceWords;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * Candidate source: the place names the entities stage read. The mentions of its places (a facility only where
 * the gazetteer knows its name), each with the whole name where NER split it ("Sault" | "Ste. Marie"), and the
 * mentions of a one-word "person" that is a capital, country or state standing for its government ("calls by
 * Kyiv and NATO").
 */
final class EntityCandidates {

    /** How many words a mention's whole name may add on either side. */
    private static final int MAX_EXTRA_WORDS = 3;
    /** How far after a mention to look for a sign that it names a person. */
    private static final int LOOK_AHEAD = 40;
    private static final Pattern SPEECH_AFTER = Pattern.compile("^[\\s,]+(" + ActingTowns.SPEECH_OR_PERSON + "|,? ?the )",
            Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final NameKeys keys;

    EntityCandidates(Gazetteer gazetteer, NameKeys keys) {
        this.gazetteer = gazetteer;
        this.keys = keys;
    }

    /** The place mentions of the places, then those of the people that stand for places. */
    List<Candidate> read(List<Entity> entities, String input) {
        List<Candidate> out = new ArrayList<>();
        for (Entity e : entities) {
            if (EntityPlaces.PLACE_TYPES.contains(e.type())) {
                for (Span m : e.mentions()) {
                    if (!"FACILITY".equals(e.type()) || gazetteer.contains(m.text())) {
                        out.add(placeMention(withWholeName(m, input)));
                    }
                }
            }
        }
        for (Entity e : entities) {
            if ("PERSON".equals(e.type()) && e.title() == null && standsForAPlace(e, input)) {
                for (Span m : e.mentions()) {
                    out.add(new Candidate(m, keys.keyOf(m.text()), null, false));
                }
            }
        }
        return out;
    }

    /** Whether a word joins the parts of a place's name: one of its particles in lower case ("St. Kitts and Nevis", "Rio Grande do Sul"), or "the". */
    private static boolean nameJoiner(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT)) && (PlaceWords.PARTICLES.contains(word) || "the".equals(word));
    }

    /**
     * NER splits some names at an abbreviation's dot or a joining word ("Sault" | "Ste. Marie", "St. Kitts" | "and
     * Nevis"): a mention that opens a longer name of the gazetteer or of a country, up to three words more, takes it.
     */
    private Span withWholeName(Span m, String input) {
        Span best = withWholeNameBefore(m, input);
        int end = m.end();
        for (int words = 0; words < MAX_EXTRA_WORDS && end < input.length() && input.charAt(end) == ' '; words++) {
            int next = end + 1;
            while (next < input.length() && isNameChar(input.charAt(next))) {
                next++;
            }
            String word = input.substring(end + 1, next);
            if (!mayContinueName(word)) {
                break;
            }
            end = next;
            // A name closing a sentence keeps its full stop out ("... in Sault Ste. Marie.").
            int close = input.charAt(end - 1) == '.' && end - 2 > m.start() && input.charAt(end - 2) != '.'
                    && Character.isLowerCase(input.charAt(end - 2)) && word.length() > 4 ? end - 1 : end;
            String longer = input.substring(best.start(), close);
            if (!nameJoiner(word) && keys.isPlaceName(longer)) {
                best = new Span(best.start(), close, longer);
            }
        }
        return best;
    }

    /** The mention with the words before it that open a longer place name ("St. Kitts and" of "Nevis"). */
    private Span withWholeNameBefore(Span m, String input) {
        Span best = m;
        int start = m.start();
        for (int words = 0; words < MAX_EXTRA_WORDS && start > 1 && input.charAt(start - 1) == ' '; words++) {
            int previous = start - 1;
            while (previous > 0 && isNameChar(input.charAt(previous - 1))) {
                previous--;
            }
            String word = input.substring(previous, start - 1);
            if (!mayContinueName(word)) {
                break;
            }
            start = previous;
            String longer = input.substring(start, m.end());
            // Never opening on a joining word ("The United States" is "United States" after "The").
            // Nor joining two names ("Paris Texas"), but a compass word may open a town's name ("North" of "North Platte").
            if (!nameJoiner(word.toLowerCase(Locale.ROOT)) && keys.isPlaceName(longer)
                    && (!keys.isPlaceName(word) || PlaceWords.COMPASS.contains(PlaceNames.key(word)))) {
                best = new Span(start, m.end(), longer);
            }
        }
        return best;
    }

    /** A character of a word of a name: a letter, an abbreviation's dot, an apostrophe ("Ste.", "People's"). */
    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '\'';
    }

    /** Whether a word may be part of a place's name: capitalised, or a joining word ("and", "of"). */
    private static boolean mayContinueName(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || nameJoiner(word));
    }

    /**
     * A place mention of an entity; where NER took the admin word into the name ("Hubei province", "Swat
     * Valley") and the gazetteer lacks the whole, the place is the region the name before it names.
     */
    private Candidate placeMention(Span m) {
        String text = m.text();
        int space = text.lastIndexOf(' ');
        if (space > 0 && PlaceWords.ADMIN.contains(text.substring(space + 1))
                && !gazetteer.contains(text) && gazetteer.lookup(text.substring(0, space)).stream().anyMatch(GazetteerEntry::isRegion)) {
            return new Candidate(m, keys.keyOf(text.substring(0, space)), ToponymRecognizer.regionHint(text.substring(space + 1)), false);
        }
        return new Candidate(m, keys.keyOf(text), null, false);
    }

    /**
     * A one-word "person" named like a capital, a country or a first-level region, never said to speak or titled:
     * NER's reading of a place standing for its government ("calls by Kyiv and NATO").
     */
    private boolean standsForAPlace(Entity e, String input) {
        if (e.name().contains(" ") || !e.aliases().isEmpty()) {
            return false;
        }
        String key = PlaceNames.key(e.name());
        boolean placeName = gazetteer.lookup(e.name()).stream().anyMatch(g -> PlaceNames.key(g.name()).equals(key)
                && (g.isCountry() || "PPLC".equals(g.feature()) || "ADM1".equals(g.feature())));
        if (!placeName) {
            return false;
        }
        for (Span m : e.mentions()) {
            if (SPEECH_AFTER.matcher(input.substring(m.end(), Math.min(input.length(), m.end() + LOOK_AHEAD))).find()) {
                return false;
            }
        }
        return true;
    }
}
