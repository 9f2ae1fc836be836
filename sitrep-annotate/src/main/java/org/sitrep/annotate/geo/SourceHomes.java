package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;

/**
 * Learns where each source publishes from the places its articles name surely. A local paper writes
 * about its own town and state: most of its articles place something in one state, and most of those
 * name one town there. Its other articles' bare "Alexandria" or "Springfield" then means that town's
 * namesake, which the article alone often cannot tell (the paper's readers know where they live).
 * A source whose articles spread over many states (a wire, Wikinews) gets no home.
 *
 * <p>Thread-safe; one instance per run or per corpus, fed in any order.
 */
public final class SourceHomes {

    /** Articles a source must have with sure places before it gets a home. */
    private static final int MIN_ARTICLES = 3;
    /** Share of those articles that must place something in the home state. */
    private static final double MIN_SHARE = 0.5;
    /** Confidence a place needs to tell where the source is. */
    private static final double SURE = 0.9;

    /** Per source, per article, the sure places below country level. */
    private final Map<String, List<List<Place>>> seen = new HashMap<>();

    /** The source a page's URL names: its host without "www." ("thetowntalk.com"); null without a URL. */
    public static String sourceOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Records the sure places of one article of {@code source}; a null or blank source is ignored. */
    public synchronized void learn(String source, Article article) {
        if (source == null || source.isBlank()) {
            return;
        }
        List<Place> sure = new ArrayList<>();
        for (Entity e : article.entities()) {
            Place p = e.place();
            if (p != null && p.confidence() != null && p.confidence() >= SURE && p.admin1() != null && !p.admin1().isEmpty()
                    && ("city".equals(p.kind()) || "region".equals(p.kind()))) {
                sure.add(p);
            }
        }
        if (!sure.isEmpty()) {
            seen.computeIfAbsent(source, k -> new ArrayList<>()).add(sure);
        }
    }

    /**
     * Where {@code source} publishes: the town most of its articles in its home state name (or, with no town
     * named twice, the state), with the share of its articles that place something in that state as its
     * confidence; empty while the source has too few articles or spreads over several states.
     */
    public synchronized Optional<Place> home(String source) {
        List<List<Place>> articles = source == null ? null : seen.get(source);
        if (articles == null || articles.size() < MIN_ARTICLES) {
            return Optional.empty();
        }
        Map<String, Integer> statesByArticles = new LinkedHashMap<>();
        for (List<Place> places : articles) {
            Set<String> states = new LinkedHashSet<>();
            places.forEach(p -> states.add(p.country() + "/" + p.admin1()));
            states.forEach(s -> statesByArticles.merge(s, 1, Integer::sum));
        }
        Map.Entry<String, Integer> top = statesByArticles.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow();
        double share = (double) top.getValue() / articles.size();
        if (top.getValue() < MIN_ARTICLES || share < MIN_SHARE) {
            return Optional.empty();
        }
        // The home town: the town in that state the most articles name surely (named in two at least).
        Map<String, Integer> townsByArticles = new LinkedHashMap<>();
        Map<String, Place> towns = new HashMap<>();
        double latSum = 0;
        double lonSum = 0;
        int inState = 0;
        String[] countryAndState = top.getKey().split("/", 2);
        for (List<Place> places : articles) {
            Set<String> named = new LinkedHashSet<>();
            for (Place p : places) {
                if (!top.getKey().equals(p.country() + "/" + p.admin1())) {
                    continue;
                }
                latSum += p.lat();
                lonSum += p.lon();
                inState++;
                if ("city".equals(p.kind())) {
                    String key = p.name() + "@" + Math.round(p.lat() * 10) + "," + Math.round(p.lon() * 10);
                    towns.putIfAbsent(key, p);
                    named.add(key);
                }
            }
            named.forEach(t -> townsByArticles.merge(t, 1, Integer::sum));
        }
        Optional<Map.Entry<String, Integer>> town = townsByArticles.entrySet().stream()
                .filter(t -> t.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
        double confidence = Math.round(share * 100) / 100.0;
        if (town.isPresent()) {
            Place p = towns.get(town.get().getKey());
            return Optional.of(new Place(p.geonameid(), p.name(), p.kind(), p.country(), p.admin1(), p.lat(), p.lon(), confidence));
        }
        // No town stands out: the state, at the middle of what its articles name there.
        return Optional.of(new Place(0, countryAndState[1], "region", countryAndState[0], countryAndState[1],
                latSum / inState, lonSum / inState, confidence));
    }
}
