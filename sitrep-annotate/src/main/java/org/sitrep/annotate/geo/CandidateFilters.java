package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.NameClasses;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.model.Span;

/**
 * What the candidate sources found that is no place here, or not one place: names of diseases ("West Nile
 * virus"), the shorter of overlapping candidates, and a town's name with "City" that means the town.
 */
final class CandidateFilters {

    private final Gazetteer gazetteer;
    private final Countries countries;

    CandidateFilters(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    /** The candidates that name places, one for each stretch of text, in input order. */
    List<Candidate> apply(List<Candidate> found, String input) {
        List<Candidate> places = new ArrayList<>(found);
        places.removeIf(f -> namesADisease(f.span(), input) && countries.byName(f.span().text()).isEmpty());
        return cityFormsOfTownNames(withoutOverlaps(places));
    }

    /**
     * Whether a place's name is here the name of a disease or a pathogen ("Reston ebolavirus", "Ebola-Reston virus",
     * "the Reston strain"): the word after it, past a space or hyphen, is a disease word. (A country's name stays a
     * place: "the Sudan strain" is also a story about Sudan.)
     */
    private static boolean namesADisease(Span span, String input) {
        int at = span.end();
        if (at >= input.length() || input.charAt(at) != ' ' && input.charAt(at) != '-') {
            return false;
        }
        int end = at + 1;
        while (end < input.length() && Character.isLetter(input.charAt(end))) {
            end++;
        }
        return NameClasses.DISEASE_WORDS.contains(input.substring(at + 1, end));
    }

    /** Keeps the longer of overlapping mentions (the one found first wins a tie), in input order. */
    private static List<Candidate> withoutOverlaps(List<Candidate> found) {
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Candidate f) -> f.span().end() - f.span().start()).reversed());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate f : sorted) {
            boolean overlaps = kept.stream().anyMatch(k -> k.overlaps(f.span()));
            if (!overlaps && !f.key().isEmpty()) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.span().start()));
        return kept;
    }

    /**
     * "Dublin City" beside "Dublin" is that town ("Dublin City Council", "Dublin City Manager"), whichever Dublin it is,
     * when no town is named "Dublin City" (the gazetteer's is the Irish county; "Springfield City" only another name of
     * Springfield, Massachusetts): it resolves as "Dublin" does. A town's own name stays its own ("Kansas City").
     */
    private List<Candidate> cityFormsOfTownNames(List<Candidate> found) {
        Set<String> keys = new HashSet<>();
        found.forEach(f -> keys.add(f.key()));
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate f : found) {
            String base = f.key().endsWith(" city") ? f.key().substring(0, f.key().length() - " city".length()) : null;
            if (base != null && keys.contains(base) && gazetteer.lookup(f.key()).stream()
                    .noneMatch(e -> e.isCity() && PlaceNames.key(e.name()).equals(f.key()))) {
                out.add(new Candidate(f.span(), base, f.hint(), f.dateline()));
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
