package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.annotate.lexicon.PlaceWords;
import org.sitrep.model.Place;

/**
 * Chooses, for each place name of one article, the gazetteer entry it means. Each candidate gets a
 * prior (countries first, then large and administratively important places) plus what the article
 * says: countries it names (or whose people it names), its dateline, regions it names (containment:
 * Chaman with Balochistan is the Pakistani Chaman), the admin word beside the name, and nearness to
 * places already fixed without doubt. One sense per article: a name resolves the same everywhere.
 * A name whose best candidates are close in score and far apart on the map, with nothing in the
 * article to choose between them, stays unresolved.
 */
final class ToponymResolver {

    /**
     * What the article says around its place names, and what is known of where its source publishes.
     *
     * @param home       where the article's source publishes, null when unknown
     * @param containers for a name written in apposition to a country or state ("Stroud, Ontario", "Paris, France"),
     *                   that country's or state's name, by the names' keys
     */
    record Context(Set<String> countries, Set<String> admin1s, String datelineCountry, Place home, Map<String, String> containers) {
        Context(Set<String> countries, Set<String> admin1s, String datelineCountry, Place home) {
            this(countries, admin1s, datelineCountry, home, Map.of());
        }
    }

    private static final boolean TRACE = Boolean.getBoolean("sitrep.geo.trace");
    private static final double COUNTRY_PRIOR = 9.0;
    private static final double CONTINENT_PRIOR = 8.5;
    private static final double MACRO_REGION_PRIOR = 7.0;
    private static final double PHYSICAL_FEATURE_PRIOR = 6.5;
    /** A first-level region's prior is log10 of its towns' population, within these bounds. */
    private static final double ADM1_PRIOR_MIN = 5.0;
    private static final double ADM1_PRIOR_MAX = 6.8;
    private static final double ADM2_PRIOR = 2.0;
    /** A town of about 10,000 people. */
    private static final double NOTABLE_PRIOR = 4.0;
    private static final double LONE_HAMLET_CONFIDENCE = 0.6;
    private static final double UNKNOWN_LOCAL_TOWN_PRIOR = 2.5;
    /** Readings of another name this far below its best prior still count as its possible places nearby. */
    private static final double PLAUSIBLE_PRIOR_GAP = 2.5;
    /** At most this many of a name's readings count as its possible places (the likeliest), so a long list of names stays fast. */
    private static final int MAX_PLAUSIBLE = 20;
    static final double NEIGHBOUR_KM = 60;
    /**
     * How far above every other reading a country's or state's reading must be for the name to mean only it: a factor
     * of about 30 ("Florida" the state over Florida, Uruguay, and the hamlet near New York City).
     */
    private static final double DOMINANT_GAP = 1.5;
    private static final double NEIGHBOUR_WEIGHT = 2.5;
    /** A town written beside its country or state: "Stroud, Ontario". */
    private static final double APPOSITION_WEIGHT = 4.0;
    /** A state named in a list of its country's states. */
    private static final double LISTED_STATE_WEIGHT = 3.0;
    /** Other states in a list that make a capital's name there the state ("..., Virginia, Washington, West Virginia"). */
    private static final int LONG_LIST_OF_STATES = 6;
    /** A source's local area: places this near its home town lean its way. */
    private static final double HOME_KM = 150;
    private static final double HOME_WEIGHT = 3.0;
    /** A place in the country a source publishes in, where only the country is known. */
    private static final double HOME_COUNTRY_WEIGHT = 1.5;
    /** The source's own town, named by its own name. */
    private static final double HOME_TOWN_WEIGHT = 4.5;

    private final Gazetteer gazetteer;
    private Map<String, Set<String>> countrySupport = Map.of();
    private Map<String, Set<String>> admin1Support = Map.of();
    /** Each name's readings below country level that are not far-fetched, for nearness between names. */
    private Map<String, List<GazetteerEntry>> plausible = Map.of();
    /** Names that mean a state or province far more than any town: its namesake towns gain nothing from neighbours. */
    private Set<String> statesNames = Set.of();
    /** Names in a list of one country's states, with that country. */
    private Map<String, String> listedStates = Map.of();

    ToponymResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Resolves every distinct name (by key) in {@code names}, each with the kind hint the text gave
     * it (null for none).
     */
    Map<String, Resolution> resolve(Map<String, String> namesWithHints, Context context) {
        Map<String, Resolution> out = new LinkedHashMap<>();
        // Support: how many of the article's other names could lie in each country and each admin1 region.
        // Places in one article cluster, so "Alexandria" with "Rapides Parish" and "Pineville" is the one in
        // Louisiana. Only likely readings count (within a factor of about 10 of the name's best prior).
        Map<String, Set<String>> countrySupport = new HashMap<>();
        Map<String, Set<String>> admin1Support = new HashMap<>();
        Map<String, List<GazetteerEntry>> plausible = new HashMap<>();
        Set<String> statesNames = new HashSet<>();
        Map<String, Set<String>> statesByCountry = new HashMap<>();
        Map<String, Set<String>> capitalStatesByCountry = new HashMap<>();
        for (Map.Entry<String, String> n : namesWithHints.entrySet()) {
            List<GazetteerEntry> candidates = candidates(n.getKey(), n.getValue());
            double bestPrior = candidates.stream().mapToDouble(ToponymResolver::prior).max().orElse(0);
            // A name whose best reading is a country or state far above its namesake towns means that country or
            // state: in a list of states ("California, Oregon, Nevada") the towns named after them are no neighbours.
            Optional<GazetteerEntry> dominantArea = candidates.stream().filter(c -> (c.isCountry() || "ADM1".equals(c.feature()))
                    && prior(c) == bestPrior && candidates.stream().allMatch(o -> o == c || prior(o) <= bestPrior - DOMINANT_GAP))
                    .findFirst();
            dominantArea.filter(c -> "ADM1".equals(c.feature())).ifPresent(c -> statesNames.add(n.getKey()));
            // A capital's name ("Washington") is the capital beside a few states, the state in a long list of them.
            boolean capital = candidates.stream().anyMatch(c -> "PPLC".equals(c.feature()));
            candidates.stream().filter(c -> "ADM1".equals(c.feature()) && prior(c) >= bestPrior - 1.0)
                    .forEach(c -> (capital ? capitalStatesByCountry : statesByCountry)
                            .computeIfAbsent(c.country(), k -> new HashSet<>()).add(n.getKey()));
            plausible.put(n.getKey(), dominantArea.isPresent() ? List.of() : candidates.stream()
                    .filter(c -> (c.isCity() || c.isRegion()) && prior(c) >= bestPrior - PLAUSIBLE_PRIOR_GAP)
                    .sorted(Comparator.comparingDouble(ToponymResolver::prior).reversed())
                    .limit(MAX_PLAUSIBLE).toList());
            for (GazetteerEntry c : candidates) {
                if (prior(c) < bestPrior - 1.0 || c.country().isEmpty()) {
                    continue;
                }
                countrySupport.computeIfAbsent(c.country(), k -> new HashSet<>()).add(n.getKey());
                String admin1 = c.firstLevel();
                if (!admin1.isEmpty()) {
                    admin1Support.computeIfAbsent(c.country() + "/" + admin1, k -> new HashSet<>()).add(n.getKey());
                }
            }
        }
        this.countrySupport = countrySupport;
        this.admin1Support = admin1Support;
        this.plausible = plausible;
        // A name among two or more other states of its country ("Idaho, Maine, Vermont and Virginia") is a list of
        // states: the state reading is meant, and its namesake towns gain nothing from the list's other names.
        Map<String, String> listedStates = new HashMap<>();
        capitalStatesByCountry.forEach((country, names) -> {
            if (statesByCountry.getOrDefault(country, Set.of()).size() >= LONG_LIST_OF_STATES) {
                statesByCountry.get(country).addAll(names);
            }
        });
        statesByCountry.forEach((country, names) -> {
            if (names.size() >= 3) {
                names.forEach(name -> {
                    listedStates.put(name, country);
                    statesNames.add(name);
                });
            }
        });
        this.statesNames = statesNames;
        this.listedStates = listedStates;
        // Pass 1: names with one plausible reading fix countries, regions and anchors for the rest.
        Set<String> countries = new HashSet<>(context.countries());
        Set<String> admin1s = new HashSet<>(context.admin1s());
        Map<String, GazetteerEntry> anchors = new HashMap<>();
        for (Map.Entry<String, String> n : namesWithHints.entrySet()) {
            List<GazetteerEntry> candidates = candidates(n.getKey(), n.getValue());
            Optional<Resolution> r = best(n.getKey(), candidates, n.getValue(), context, Map.of());
            if (r.isPresent() && r.get().confidence() >= 0.9) {
                GazetteerEntry e = r.get().entry();
                if (!e.country().isEmpty()) {
                    countries.add(e.country());
                }
                if (e.isRegion() && "ADM1".equals(e.feature())) {
                    admin1s.add(e.country() + "/" + e.admin1());
                }
                if (!e.isCountry() && !"CONT".equals(e.feature())) {
                    anchors.put(n.getKey(), e);
                }
            }
        }
        Context wider = new Context(countries, admin1s, context.datelineCountry(), context.home(), context.containers());
        for (Map.Entry<String, String> n : namesWithHints.entrySet()) {
            List<GazetteerEntry> candidates = candidates(n.getKey(), n.getValue());
            best(n.getKey(), candidates, n.getValue(), wider, anchors).ifPresent(r -> out.put(n.getKey(), r));
        }
        // Pass 3: nearness again, now to what the other names were resolved to: a small place chosen for its
        // neighbours ("Paris" beside "Henry County" is Paris, Tennessee) in turn picks its county among namesakes.
        Map<String, List<GazetteerEntry>> chosen = new HashMap<>(plausible);
        out.forEach((name, r) -> {
            if ((r.entry().isCity() || r.entry().isRegion()) && !chosen.getOrDefault(name, List.of()).contains(r.entry())) {
                List<GazetteerEntry> readings = new ArrayList<>(chosen.getOrDefault(name, List.of()));
                readings.add(r.entry());
                chosen.put(name, readings);
            }
        });
        this.plausible = chosen;
        Map<String, Resolution> again = new LinkedHashMap<>();
        for (Map.Entry<String, String> n : namesWithHints.entrySet()) {
            List<GazetteerEntry> candidates = candidates(n.getKey(), n.getValue());
            best(n.getKey(), candidates, n.getValue(), wider, anchors).ifPresent(r -> again.put(n.getKey(), r));
        }
        return again;
    }

    private List<GazetteerEntry> candidates(String name, String hint) {
        return gazetteer.lookup(name);
    }

    private Optional<Resolution> best(String name, Collection<GazetteerEntry> candidates, String hint, Context context,
                                      Map<String, GazetteerEntry> anchors) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Scored> scored = new ArrayList<>();
        // The readings of the country or state the text wrote the name beside, looked up once for all candidates.
        String containerName = context.containers().get(name);
        // Not a compass word ("Kansas City, North"): Cameroon's North region is no container of it.
        List<GazetteerEntry> container = containerName == null || PlaceWords.COMPASS.contains(containerName)
                ? List.of() : gazetteer.lookup(containerName);
        if (container.stream().anyMatch(e -> e.isCountry() || "ADM1".equals(e.feature()))
                && candidates.stream().allMatch(c -> c.isCity() || "ADM2".equals(c.feature()))
                && candidates.stream().noneMatch(c -> inContainer(c, container))) {
            // "Stroud, Ontario": a town in Ontario the gazetteer lacks, not England's Stroud. (A country or state beside
            // another is a list: "Iraq, Syria".)
            return Optional.empty();
        }
        for (GazetteerEntry c : candidates) {
            double prior = localPrior(c, context.home());
            double evidence = 0;
            // A town named after a state the name far more often means ("California" in a list of states) gains
            // nothing from the places around it: towns named after states lie among the states' own places.
            boolean namesakeOfAState = statesNames.contains(name) && !"ADM1".equals(c.feature());
            if (!c.country().isEmpty()) {
                // The country: named in the article (or its people), or where the article's other names could lie.
                // A country named only by this very name is no evidence for itself ("Georgia" among Atlanta and Macon).
                boolean namedElsewhere = !c.isCountry() || others(countrySupport.get(c.country()), name) > 0
                        || c.country().equals(context.datelineCountry());
                double named = namedElsewhere && context.countries().contains(c.country()) ? 2.0 : 0;
                double supported = 0.8 * Math.min(3, others(countrySupport.get(c.country()), name));
                evidence += Math.max(named, supported);
                if (c.country().equals(context.datelineCountry())) {
                    evidence += 1.0;
                }
                // The region: a place inside a region the article names ("Chaman" with "Balochistan"; not a region
                // inside its namesake, "Kandahar District" inside "Kandahar"), or where its other names could lie.
                String admin1 = c.firstLevel();
                double contained = c.isCity() && !c.admin1().isEmpty()
                        && !PlaceNames.key(c.admin1()).equals(PlaceNames.key(c.name()))
                        && context.admin1s().contains(c.country() + "/" + c.admin1()) ? (overshadowed(c, candidates, context.countries()) ? 1.5 : 3.0) : 0;
                double near = admin1.isEmpty() ? 0 : 1.2 * Math.min(2, others(admin1Support.get(c.country() + "/" + admin1), name));
                if (!namesakeOfAState) {
                    evidence += Math.max(Math.max(contained, near), NEIGHBOUR_WEIGHT * Math.min(2, neighbours(c, name)));
                }
            }
            if (!namesakeOfAState) {
                evidence += homeEvidence(name, c, context.home());
            }
            if ("ADM1".equals(c.feature()) && c.country().equals(listedStates.get(name))) {
                evidence += LISTED_STATE_WEIGHT;
            }
            if (inContainer(c, container)) {
                evidence += APPOSITION_WEIGHT;
            }
            // "The Kursk region" is the oblast, "Fulton county" the county; "the Houston region" is not Houston County.
            if ("county".equals(hint) && c.isRegion() || "region".equals(hint) && c.isRegion() && !"ADM2".equals(c.feature())) {
                evidence += 4.0;
            } else if ("city".equals(hint) && c.isCity()) {
                evidence += 3.0;
            }
            // Another name's sure place nearby; a name's own reading is no evidence for its other readings.
            boolean anchored = !namesakeOfAState && anchors.entrySet().stream().anyMatch(a -> !a.getKey().equals(name)
                    && Geo.km(a.getValue().lat(), a.getValue().lon(), c.lat(), c.lon()) < 150);
            if (anchored) {
                evidence += 1.5;
            }
            scored.add(new Scored(c, prior, evidence));
        }
        scored.sort(Comparator.comparingDouble(Scored::total).reversed());
        if (TRACE) {
            System.err.println("TRACE " + name + " hint=" + hint + " " + scored.stream().limit(4).map(x -> x.entry().name() + "/"
                    + x.entry().feature() + "/" + x.entry().country() + "/" + x.entry().admin1() + " p=" + Math.round(x.prior() * 100) / 100.0
                    + " e=" + Math.round(x.evidence() * 100) / 100.0).toList());
        }
        // A state in a list of states is the state, not the town it is named after ("Quebec", "São Paulo").
        Scored top = listedStates.containsKey(name) ? scored.get(0) : seat(scored, hint);
        if (scored.size() == 1) {
            // The gazetteer's only reading of a name is likely meant when it is a notable place or the article points to
            // it; a hamlet nothing else in the article is near ("Red" in Maharashtra, "Mill" in Brabant) may be a word NER
            // took for a place, or a place the gazetteer lacks.
            boolean lone = top.evidence() == 0 && top.prior() < NOTABLE_PRIOR && top.entry().isCity();
            return Optional.of(new Resolution(top.entry(), lone ? LONE_HAMLET_CONFIDENCE : 0.95));
        }
        // The runner-up that is really another place (not the same place under a second entry nearby).
        Scored rival = null;
        for (Scored s : scored.subList(1, scored.size())) {
            if (Geo.km(s.entry().lat(), s.entry().lon(), top.entry().lat(), top.entry().lon()) > 161) {
                rival = s;
                break;
            }
        }
        if (rival == null) {
            return Optional.of(new Resolution(top.entry(), 0.95));
        }
        double margin = top.total() - rival.total();
        if (margin < 0.15 && top.evidence() <= rival.evidence()) {
            // A tie between namesakes far apart stays unresolved, except that a national capital outweighs what
            // shares its name ("Washington" the capital or the state): news names capitals far more often.
            Scored capital = "PPLC".equals(top.entry().feature()) ? top : "PPLC".equals(rival.entry().feature()) ? rival : null;
            return capital == null ? Optional.empty() : Optional.of(new Resolution(capital.entry(), 0.55));
        }
        double confidence = 1.0 / (1.0 + Math.exp(-1.5 * margin));
        return Optional.of(new Resolution(top.entry(), Math.round(confidence * 100) / 100.0));
    }

    /**
     * Whether a town has a namesake that is a capital of 100,000 people or more, thirty times its size, in its own
     * country or, a national capital, in a country the article names: "Boston" in a story that names New York State
     * is still Massachusetts' capital, not a village near Buffalo; "Santiago" in a story naming Chile and, in a list,
     * Rio Grande do Sul is Chile's capital.
     */
    private static boolean overshadowed(GazetteerEntry c, Collection<GazetteerEntry> candidates, Set<String> namedCountries) {
        return candidates.stream().anyMatch(o -> o != c && o.isCity() && o.population() >= 100_000
                && o.population() >= 30L * Math.max(1, c.population())
                && (o.country().equals(c.country()) && ("PPLA".equals(o.feature()) || "PPLC".equals(o.feature()))
                    || "PPLC".equals(o.feature()) && namedCountries.contains(o.country())));
    }

    /** Whether the text's hint says a region of either level ("province", "county"). */
    static boolean isRegionHint(String hint) {
        return "region".equals(hint) || "county".equals(hint);
    }

    /**
     * Whether a place lies in the country or state the text wrote it beside ("Stroud, Ontario", "California, United
     * States"), given that name's readings.
     */
    private static boolean inContainer(GazetteerEntry c, List<GazetteerEntry> container) {
        if (!(c.isCity() || c.isRegion())) {
            return false;
        }
        // A state in its country ("California, United States"); a town or county in its country or state.
        return container.stream().anyMatch(e -> e.country().equals(c.country())
                && (e.isCountry() || "ADM1".equals(e.feature()) && !"ADM1".equals(c.feature()) && e.admin1().equals(c.admin1())));
    }

    /**
     * Where the source publishes says which namesake its local names mean: a place near the source's home town,
     * or in its state, over one far away. Weaker than what the article itself says (a named country, a region
     * containing the place, its neighbours).
     */
    private static double homeEvidence(String name, GazetteerEntry c, Place home) {
        if (home == null || c.isCountry() || !(c.isCity() || c.isRegion()) || !c.country().equals(home.country())) {
            return 0;
        }
        if ("country".equals(home.kind())) {
            // Only the country is known (its domain: "independent.ie"): its "Clare" is the Irish county.
            return HOME_COUNTRY_WEIGHT;
        }
        double km = Geo.km(c.lat(), c.lon(), home.lat(), home.lon());
        if (c.isCity() && km <= 25 && name.equals(PlaceNames.key(home.name()))) {
            // The source's own town: the Jordan News's "Jordan" is Jordan, Minnesota, not the country.
            return HOME_TOWN_WEIGHT;
        }
        if (km <= HOME_KM) {
            return HOME_WEIGHT;
        }
        String admin1 = c.firstLevel();
        return home.admin1() != null && !admin1.isEmpty() && admin1.equals(home.admin1()) ? HOME_WEIGHT / 2 : 0;
    }

    /**
     * A country and its namesake region or town; a region and the town it is named after ("Kabul", "Pyongyang", "Spin Boldak"): a bare name means the
     * town unless the text says region, so the best region yields to a namesake town lying in it.
     */
    private static Scored seat(List<Scored> scored, String hint) {
        Scored top = scored.get(0);
        if (hint == null && !top.entry().isCountry()) {
            // A country's name means the country, not a region or town of it named after it ("Mexico", "Luxembourg").
            for (Scored s : scored) {
                if (s.entry().isCountry() && s.entry().country().equals(top.entry().country())) {
                    scored.remove(s);
                    scored.add(0, s);
                    return s;
                }
            }
        }
        if (!top.entry().isRegion() || isRegionHint(hint)) {
            return top;
        }
        for (Scored s : scored) {
            GazetteerEntry c = s.entry();
            if (c.isCity() && c.country().equals(top.entry().country())
                    && (Geo.km(c.lat(), c.lon(), top.entry().lat(), top.entry().lon()) < 100
                        || !c.admin1().isEmpty() && c.admin1().equals(top.entry().admin1()))) {
                scored.remove(s);
                scored.add(0, s);
                return s;
            }
        }
        return top;
    }

    /**
     * How many of the article's other names could be a place within 60 km of this
     * candidate: local news names a town with its county and its neighbours ("Paris" with "Henry County"
     * is the Tennessee county seat, not the French capital).
     */
    private int neighbours(GazetteerEntry c, String name) {
        if (!(c.isCity() || c.isRegion())) {
            return 0;
        }
        // A first-level region's neighbours are the places inside it ("New York" with "Albany" and "Buffalo").
        boolean adm1 = "ADM1".equals(c.feature());
        int n = 0;
        for (Map.Entry<String, List<GazetteerEntry>> other : plausible.entrySet()) {
            if (other.getKey().equals(name)) {
                continue;
            }
            for (GazetteerEntry o : other.getValue()) {
                boolean near = adm1 ? !"ADM1".equals(o.feature()) && o.country().equals(c.country()) && o.admin1().equals(c.admin1())
                        : !"ADM1".equals(o.feature()) && Geo.km(o.lat(), o.lon(), c.lat(), c.lon()) <= NEIGHBOUR_KM;
                if (near) {
                    n++;
                    break;
                }
            }
            if (n == 2) {
                break; // two are as many as count
            }
        }
        return n;
    }

    private static int others(Set<String> names, String name) {
        if (names == null) {
            return 0;
        }
        return names.contains(name) ? names.size() - 1 : names.size();
    }

    /**
     * The prior of a town near the source's home whose population the sources do not give (below GeoNames' 1,000
     * people, or a post town): a village of a few hundred, not an empty place, so that a local paper's neighbour
     * town can win with its home over a larger namesake far away. Elsewhere such a town keeps the least prior.
     */
    private static double localPrior(GazetteerEntry c, Place home) {
        double prior = prior(c);
        if (home != null && c.isCity() && c.population() == 0 && !"country".equals(home.kind())
                && c.country().equals(home.country()) && Geo.km(c.lat(), c.lon(), home.lat(), home.lon()) <= HOME_KM) {
            return Math.max(prior, UNKNOWN_LOCAL_TOWN_PRIOR);
        }
        return prior;
    }

    static double prior(GazetteerEntry c) {
        if (c.isCountry()) {
            return COUNTRY_PRIOR;
        }
        if ("CONT".equals(c.feature())) {
            return CONTINENT_PRIOR;
        }
        if ("RGN".equals(c.feature()) || "OCN".equals(c.feature())) {
            // An ocean as much as a region of countries: "the Pacific" is the ocean beside the towns named after it.
            return MACRO_REGION_PRIOR;
        }
        if ("feature".equals(c.kind())) {
            // Oceans, seas, ranges and large islands: the gazetteer holds only ones news names far more than their
            // namesake hamlets ("North Sea", "Andes", "Sumatra").
            return PHYSICAL_FEATURE_PRIOR;
        }
        if ("ADM1".equals(c.feature())) {
            // A populous state or province is named far more often than a small country's parish ("Portland").
            return c.population() > 0 ? Math.max(ADM1_PRIOR_MIN, Math.min(ADM1_PRIOR_MAX, Math.log10(c.population()))) : ADM1_PRIOR_MIN;
        }
        if ("ADM2".equals(c.feature())) {
            // A county is named less often than the town it shares a name with ("Washington County", "Washington").
            return c.population() > 0 ? Math.log10(c.population() + 1.0) - 1.5 : ADM2_PRIOR;
        }
        double p = Math.log10(c.population() + 1.0);
        switch (c.feature()) {
            case "PPLC" -> p += 1.0;
            case "PPLA" -> p += 0.5;
            case "PPLA2" -> p += 0.2;
            // A city's quarter or suburb is named alone mostly in its own city's papers; elsewhere the town of the
            // name is meant ("Flemington", New Jersey's county seat, over the Melbourne suburb of more people).
            case "PPLX" -> p -= 0.5;
            default -> { }
        }
        return p;
    }

    private record Scored(GazetteerEntry entry, double prior, double evidence) {
        double total() {
            return prior + evidence;
        }
    }
}
