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
import java.util.function.Function;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.annotate.lexicon.PlaceWords;
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

    /**
     * Articles that must place something in the home state, and the share of the source's articles (with sure places)
     * they must be: half of three or more, two thirds of fewer. A small paper in a corpus may have only two or three
     * articles that name a sure place; a wire's two of four in one state are chance.
     */
    private static final int MIN_ARTICLES = 2;
    private static final int MANY_ARTICLES = 3;
    private static final double MIN_SHARE = 0.5;
    private static final double MIN_SHARE_OF_FEW = 2.0 / 3;
    /** Articles, and share of them, that must place something in a state whose town the source's name spells. */
    private static final int MIN_SPELT_ARTICLES = 2;
    private static final double MIN_SPELT_SHARE = 0.25;

    /** A town's name the source's name must spell to be its home: shorter ones are parts of words ("Ada", "Rome"). */
    private static final int MIN_TOWN_LETTERS = 5;

    /** A first-level division: where a source's articles place things. */
    private record State(String country, String admin1) {
        static State of(Place p) {
            return new State(p.country(), p.admin1());
        }

        String key() {
            return country + "/" + admin1;
        }
    }

    /** Most articles first; among equals the first by name, so that a home does not depend on reading order. */
    private static <K> Comparator<Map.Entry<K, Integer>> byArticles(Function<K, String> name) {
        return Map.Entry.<K, Integer>comparingByValue().thenComparing(e -> name.apply(e.getKey()), Comparator.reverseOrder());
    }

    /** Per source, per article, the sure places below country level. */
    private final Map<String, List<List<Place>>> seen = new HashMap<>();
    /** The town of a state a source's name spells, by source and state: asked for each article the source has. */
    private final Map<String, Map<State, Optional<GazetteerEntry>>> spelt = new HashMap<>();
    private final Gazetteer gazetteer;

    /** Uses the shared gazetteer to read town names in sources' names. */
    public SourceHomes() {
        this(null);
    }

    SourceHomes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The longest town of the given state whose name (five letters or more, spaces dropped) one of the source's
     * labels spells: "parisnews" of "theparisnews.com" holds Paris.
     */
    private Optional<GazetteerEntry> townInName(String source, State state) {
        return spelt.computeIfAbsent(source, k -> new HashMap<>()).computeIfAbsent(state, k -> spellTown(source, k));
    }

    private Optional<GazetteerEntry> spellTown(String source, State state) {
        // Every label but the last: "chronicle.augusta.com" spells Augusta in its second.
        String[] labels = source.split("\\.");
        String label = String.join(".", java.util.Arrays.copyOf(labels, Math.max(1, labels.length - 1))).replaceAll("[^a-z.]", "");
        for (int len = Math.min(label.length(), 24); len >= MIN_TOWN_LETTERS; len--) {
            GazetteerEntry best = null;
            for (int at = 0; at + len <= label.length(); at++) {
                if (label.substring(at, at + len).indexOf('.') >= 0) {
                    continue; // a name lies within one label
                }
                String letters = label.substring(at, at + len);
                for (int cut = 0; cut < len; cut++) {
                    // "lasvegas" is "las vegas": try the name with a space at every place (none first).
                    String name = cut == 0 ? letters : letters.substring(0, cut) + " " + letters.substring(cut);
                    for (GazetteerEntry e : gazetteer().lookup(name)) {
                        if (e.isCity() && e.country().equals(state.country()) && e.admin1().equals(state.admin1())
                                && (best == null || e.population() > best.population())) {
                            best = e;
                        }
                    }
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private Gazetteer gazetteer() {
        return gazetteer != null ? gazetteer : Gazetteer.instance();
    }

    /**
     * The town a user names as a source's home: "Alexandria, Minnesota", "Paris, Tex.", "Chaman, Pakistan";
     * the most populous town of that name in the state or country given (or anywhere, given none).
     */
    public static Optional<Place> place(String text) {
        String[] parts = text.split(",");
        String town = parts[0].strip();
        Gazetteer shared = Gazetteer.instance();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> states = new LinkedHashSet<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            Countries.instance().byName(part).or(() -> Countries.instance().byCode(part)).ifPresent(c -> countries.add(c.code()));
            shared.lookup(part).stream().filter(e -> "ADM1".equals(e.feature()))
                    .forEach(e -> states.add(e.country() + "/" + PlaceNames.key(e.admin1())));
        }
        boolean qualified = parts.length > 1;
        return shared.lookup(town).stream()
                .filter(e -> e.isCity() || e.isRegion())
                .filter(e -> !qualified || countries.contains(e.country())
                        || states.contains(e.country() + "/" + PlaceNames.key(e.admin1())))
                .max(Comparator.comparing(GazetteerEntry::isCity).thenComparingLong(GazetteerEntry::population))
                .map(e -> e.toPlace(1.0));
    }

    /**
     * The towns and regions a bare name could be, most populous first, each as "Name, State, CC"
     * ("Atlantis, Florida, US"): more than one means a user's bare name does not say which.
     */
    public static List<String> namesakes(String name) {
        return Gazetteer.instance().lookup(name.strip()).stream()
                .filter(e -> e.isCity() || e.isRegion())
                .sorted(Comparator.comparingLong(GazetteerEntry::population).reversed())
                .map(e -> e.name() + (e.admin1() == null || e.admin1().isBlank() || e.admin1().equals(e.name())
                        ? "" : ", " + e.admin1()) + ", " + e.country())
                .distinct()
                .toList();
    }

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
            if (p != null && p.confidence() != null && p.confidence() >= Confidence.SURE && p.admin1() != null && !p.admin1().isEmpty()
                    && ("city".equals(p.kind()) || "region".equals(p.kind()))) {
                sure.add(p);
            }
        }
        if (!sure.isEmpty()) {
            seen.computeIfAbsent(source, k -> new ArrayList<>()).add(sure);
        }
    }

    /**
     * Where {@code source} publishes: what its articles tell ({@link #learnedHome}), else the country its
     * country-code domain names; empty when neither says.
     */
    public synchronized Optional<Place> home(String source) {
        return learnedHome(source).or(() -> countryOfDomain(source));
    }

    /**
     * The country a source's country-code domain names ("independent.ie", "moscowtimes.ru", "dailystar.com.lb"), as a
     * home of kind country with confidence {@link Confidence#COUNTRY_OF_DOMAIN}, for a source whose articles do not yet tell its town or state.
     */
    private static Optional<Place> countryOfDomain(String source) {
        if (source == null) {
            return Optional.empty();
        }
        String tld = source.substring(source.lastIndexOf('.') + 1);
        if (tld.length() != 2 || PlaceWords.GENERIC_COUNTRY_DOMAINS.contains(tld)) {
            return Optional.empty();
        }
        String code = "uk".equals(tld) ? "GB" : tld.toUpperCase(java.util.Locale.ROOT);
        return Countries.instance().byCode(code).map(c -> c.toPlace(Confidence.COUNTRY_OF_DOMAIN));
    }

    /**
     * The town most of the source's articles in its home state name (or, with no town named twice, the state), with
     * the share of its articles that place something in that state as its confidence; empty while the source has
     * too few articles or spreads over several states.
     */
    private Optional<Place> learnedHome(String source) {
        List<List<Place>> articles = source == null ? null : seen.get(source);
        if (articles == null || articles.size() < MIN_SPELT_ARTICLES) {
            return Optional.empty();
        }
        Map<State, Integer> statesByArticles = new LinkedHashMap<>();
        for (List<Place> places : articles) {
            places.stream().map(State::of).distinct().forEach(st -> statesByArticles.merge(st, 1, Integer::sum));
        }
        Comparator<Map.Entry<State, Integer>> byArticles = byArticles(State::key);
        // A state whose town the source's name spells needs fewer of its articles: the paper's own town may be
        // the one its articles place wrongly (the Dublin of an Ohio paper read as Ireland's).
        Optional<Map.Entry<State, Integer>> speltState = statesByArticles.entrySet().stream()
                .filter(st -> st.getValue() >= MIN_SPELT_ARTICLES && (double) st.getValue() / articles.size() >= MIN_SPELT_SHARE)
                .filter(st -> townInName(source, st.getKey()).isPresent())
                .max(byArticles);
        Map.Entry<State, Integer> top = speltState.orElseGet(() -> statesByArticles.entrySet().stream().max(byArticles).orElseThrow());
        double share = (double) top.getValue() / articles.size();
        if (speltState.isEmpty() && (top.getValue() < MIN_ARTICLES
                || share < (top.getValue() >= MANY_ARTICLES ? MIN_SHARE : MIN_SHARE_OF_FEW))) {
            return Optional.empty();
        }
        State state = top.getKey();
        double confidence = Confidence.rounded(share);
        // A paper is most often named after its town ("theparisnews.com", "springfieldnewssun.com"): a town of the
        // home state that the source's name spells is its home, though its articles name the big city more.
        Optional<GazetteerEntry> named = townInName(source, state);
        if (named.isPresent()) {
            return Optional.of(named.get().toPlace(confidence));
        }
        return Optional.of(mostNamedTown(articles, state, confidence));
    }

    /**
     * The town in the home state the most of the source's articles name surely (named in two at least), or, with no
     * such town, the state at the middle of what its articles name there; with the home's confidence.
     */
    private static Place mostNamedTown(List<List<Place>> articles, State state, double confidence) {
        Map<String, Integer> townsByArticles = new LinkedHashMap<>();
        Map<String, Place> towns = new HashMap<>();
        double latSum = 0;
        double lonSum = 0;
        int inState = 0;
        for (List<Place> places : articles) {
            Set<String> namedHere = new LinkedHashSet<>();
            for (Place p : places) {
                if (!state.equals(State.of(p))) {
                    continue;
                }
                latSum += p.lat();
                lonSum += p.lon();
                inState++;
                if ("city".equals(p.kind())) {
                    String key = p.name() + "@" + Math.round(p.lat() * 10) + "," + Math.round(p.lon() * 10);
                    towns.putIfAbsent(key, p);
                    namedHere.add(key);
                }
            }
            namedHere.forEach(t -> townsByArticles.merge(t, 1, Integer::sum));
        }
        Optional<Map.Entry<String, Integer>> town = townsByArticles.entrySet().stream()
                .filter(t -> t.getValue() >= 2)
                .max(byArticles(Function.identity()));
        if (town.isPresent()) {
            Place p = towns.get(town.get().getKey());
            return new Place(p.geonameid(), p.name(), p.kind(), p.country(), p.admin1(), p.lat(), p.lon(), confidence);
        }
        // No town stands out: the state, at the middle of what its articles name there.
        return new Place(0, state.admin1(), "region", state.country(), state.admin1(),
                latSum / inState, lonSum / inState, confidence);
    }
}
