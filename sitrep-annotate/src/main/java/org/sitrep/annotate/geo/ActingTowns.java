package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.annotate.lexicon.SpeechVerbs;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/**
 * Towns NER took for a person or an organisation because they act: "Columbia will have to pay", "a memorandum
 * with Henderson", "Mansfield approved the budget". News and its geoparsing corpora count them as places, and
 * OntoNotes types them GPE. Which names are candidates is read from the entities; which candidates are the
 * article's towns is decided once the article's other names are resolved.
 */
final class ActingTowns {

    /** Words after a name that make it a person's: speech, a relative clause, an apposition with "a". */
    static final String SPEECH_OR_PERSON = String.join("|", SpeechVerbs.reportingForms()) + "|who|,? ?a |,? ?an ";
    /** Speech or a person's apposition after a name; not "the", since "Henderson, the city's neighbour" is a town. */
    private static final Pattern SPOKEN_AFTER = Pattern.compile("^[\\s,]+(" + SPEECH_OR_PERSON + ")", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    ActingTowns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The mentions of people and organisations NER named with a town's name alone, never followed by speech. A
     * person whose name the article also uses as a place ({@code placeKeys}) is left to the usual reading.
     */
    List<Span> candidates(List<Entity> entities, String input, Collection<String> placeKeys) {
        Set<String> keys = new HashSet<>(placeKeys);
        List<Span> out = new ArrayList<>();
        for (Entity e : entities) {
            boolean person = "PERSON".equals(e.type()) && e.title() == null && !e.name().contains(" ");
            String key = PlaceNames.key(e.name());
            if (!person && !"ORGANIZATION".equals(e.type()) || !e.aliases().isEmpty() || person && keys.contains(key)) {
                continue;
            }
            if (gazetteer.lookup(e.name()).stream().noneMatch(g -> g.isCity() && PlaceNames.key(g.name()).equals(key))
                    || e.mentions().stream().anyMatch(m -> SPOKEN_AFTER.matcher(
                            input.substring(m.end(), Math.min(input.length(), m.end() + 40))).find())) {
                continue;
            }
            out.addAll(e.mentions());
        }
        return out;
    }

    /**
     * The candidates' keys that are the article's towns: resolved surely to a town within {@link
     * ToponymResolver#NEIGHBOUR_KM} of another place the article places surely (below its state), or of where its
     * source publishes. "Delta" of an airline story lies near no such place.
     */
    Set<String> placed(Set<String> candidateKeys, Map<String, Resolution> resolved, Place home) {
        Set<String> out = new HashSet<>();
        for (String key : candidateKeys) {
            Resolution r = resolved.get(key);
            if (r == null || r.confidence() < Confidence.SURE || !r.entry().isCity()) {
                continue;
            }
            GazetteerEntry town = r.entry();
            boolean nearHome = home != null && !"country".equals(home.kind())
                    && Geo.km(town.lat(), town.lon(), home.lat(), home.lon()) <= ToponymResolver.NEIGHBOUR_KM;
            boolean nearPlace = resolved.entrySet().stream().anyMatch(o -> !candidateKeys.contains(o.getKey())
                    && o.getValue().confidence() >= Confidence.SURE && !o.getValue().entry().isCountry()
                    && !"ADM1".equals(o.getValue().entry().feature())
                    && Geo.km(town.lat(), town.lon(), o.getValue().entry().lat(), o.getValue().entry().lon()) <= ToponymResolver.NEIGHBOUR_KM);
            if (nearHome || nearPlace) {
                out.add(key);
            }
        }
        return out;
    }
}
