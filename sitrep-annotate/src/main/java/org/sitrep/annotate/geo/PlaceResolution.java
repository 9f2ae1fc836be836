package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.model.Place;

/**
 * Resolves one article's candidates: each name to a gazetteer place in the light of all the others
 * ({@link ToponymResolver}); a compound the gazetteer lacks to the place it lies in ({@link EnclosingPlaces});
 * and the towns named as actors apart, after the rest, since until the article places them they are no evidence
 * for its other names ({@link ActingTowns}).
 */
final class PlaceResolution {

    private final Gazetteer gazetteer;
    private final ActingTowns actingTowns;

    PlaceResolution(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.actingTowns = new ActingTowns(gazetteer);
    }

    /**
     * The reading of the places of {@code found}, of which {@code townsAsActors} are the towns named as actors.
     *
     * @param context what the article says about where its names lie
     * @param home    where the article's source publishes, null when unknown
     */
    PlaceReading resolve(List<Candidate> found, List<Candidate> townsAsActors, ToponymResolver.Context context, Place home) {
        Set<String> candidateKeys = new HashSet<>();
        townsAsActors.forEach(f -> candidateKeys.add(f.key()));
        Set<String> actorKeys = new HashSet<>(candidateKeys);
        found.stream().filter(f -> !townsAsActors.contains(f)).forEach(f -> actorKeys.remove(f.key()));
        Map<String, String> hints = hints(found, actorKeys);
        Set<String> standalone = Set.copyOf(hints.keySet());
        Map<String, EnclosingPlaces.Head> heads = heads(found, hints, standalone);
        Map<String, Resolution> resolved = new LinkedHashMap<>(new ToponymResolver(gazetteer).resolve(hints, context));
        if (!actorKeys.isEmpty()) {
            Map<String, String> withActors = new LinkedHashMap<>(hints);
            actorKeys.forEach(k -> withActors.putIfAbsent(k, null));
            Map<String, Resolution> all = new ToponymResolver(gazetteer).resolve(withActors, context);
            actorKeys.stream().filter(all::containsKey).forEach(k -> resolved.put(k, all.get(k)));
        }
        placeCompounds(heads, resolved, standalone, context.countries());
        // A town named as an actor that the article does not place is left as NER typed it.
        Set<String> placedTowns = actingTowns.placed(candidateKeys, resolved, home);
        List<Candidate> placed = new ArrayList<>(found);
        placed.removeIf(f -> townsAsActors.contains(f) && !placedTowns.contains(f.key()));
        townsAsActors.stream().map(Candidate::key).filter(k -> !placedTowns.contains(k)
                && placed.stream().noneMatch(f -> f.key().equals(k))).forEach(resolved::remove);
        return new PlaceReading(found, placed, resolved, placedTowns);
    }

    /**
     * The names to resolve, each with the first kind hint the text gave it; streets and buildings are below the
     * gazetteer's scale, towns as actors come after.
     */
    private static Map<String, String> hints(List<Candidate> found, Set<String> actorKeys) {
        Map<String, String> hints = new LinkedHashMap<>();
        for (Candidate f : found) {
            if (f.site() || actorKeys.contains(f.key())) {
                continue;
            }
            String old = hints.get(f.key());
            hints.put(f.key(), old != null ? old : f.hint());
        }
        return hints;
    }

    /**
     * The place each compound name or site lies in, by the compound's key; each such place is added to the names to
     * resolve.
     */
    private Map<String, EnclosingPlaces.Head> heads(List<Candidate> found, Map<String, String> hints, Set<String> standalone) {
        Map<String, EnclosingPlaces.Head> heads = new LinkedHashMap<>();
        EnclosingPlaces enclosing = new EnclosingPlaces(gazetteer, standalone);
        for (Candidate f : found) {
            boolean site = f.site();
            EnclosingPlaces.Head head = site ? enclosing.ofSite(f.span().text()) : enclosing.ofCompound(f.span().text());
            if (head != null && (site || hints.containsKey(f.key()))) {
                heads.putIfAbsent(f.key(), head);
                hints.putIfAbsent(head.key(), null);
            }
        }
        return heads;
    }

    /**
     * A compound the gazetteer lacks lies where its first place lies ("Fargo-Moorhead", "Fargo City"), less surely;
     * only where that place itself is sure. A direction's part of a place ("West Midlands") only in a country the
     * article names or places another name in, or of a place it names on its own ("Northeast Texas" beside
     * "Texas"): the bare remainder may be another country's region (Midlands, Zimbabwe).
     */
    private static void placeCompounds(Map<String, EnclosingPlaces.Head> heads, Map<String, Resolution> resolved,
                                       Set<String> standalone, Set<String> namedCountries) {
        // The names placed surely in each country, to tell which country a direction's part of a region lies in.
        Map<String, Set<String>> keysByCountry = new HashMap<>();
        resolved.forEach((k, r) -> {
            if (r.confidence() >= Confidence.SURE && r.entry().country() != null) {
                keysByCountry.computeIfAbsent(r.entry().country(), c -> new HashSet<>()).add(k);
            }
        });
        heads.forEach((key, head) -> {
            Resolution r = resolved.get(head.key());
            if (!resolved.containsKey(key) && r != null && r.confidence() >= Confidence.SURE
                    && (!head.directional() || namedCountries.contains(r.entry().country()) || standalone.contains(head.key())
                        || keysByCountry.getOrDefault(r.entry().country(), Set.of()).stream().anyMatch(k -> !k.equals(head.key()) && !heads.containsKey(k)))) {
                resolved.put(key, new Resolution(r.entry(), Confidence.rounded(r.confidence() * Confidence.COMPOUND_FACTOR)));
            }
        });
    }
}
