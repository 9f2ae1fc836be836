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
    /** A reading in a country the article names elsewhere. */
    private static final double NAMED_COUNTRY_WEIGHT = 2.0;
    /** A reading in a country where another of the article's names could lie, for each such name up to three. */
    private static final double COUNTRY_SUPPORT_WEIGHT = 0.8;
    /** A reading in the dateline's country. */
    private static final double DATELINE_WEIGHT = 1.0;
    /** A town in a first-level region the article names ("Chaman" with "Balochistan"). */
    private static final double CONTAINED_WEIGHT = 3.0;
    /** The same, for a town a large capital of the same name overshadows. */
    private static final double OVERSHADOWED_CONTAINED_WEIGHT = 1.5;
    /** A reading in a first-level region where another of the article's names could lie, for each such name up to two. */
    private static final double REGION_SUPPORT_WEIGHT = 1.2;
    /** A region read with its admin word beside it ("Kursk region", "Fulton county"). */
    private static final double ADMIN_WORD_WEIGHT = 4.0;
    /** A town read with a settlement word beside it ("the city of Vladivostok"). */
    private static final double SETTLEMENT_WORD_WEIGHT = 3.0;
    /** A reading within {@link #ANCHOR_KM} of another name's sure place. */
    private static final double ANCHOR_WEIGHT = 1.5;
    private static final double ANCHOR_KM = 150;
    /** Readings farther apart than this are different places (the evaluation's 100 miles), not entries of one place. */
    private static final double RIVAL_KM = 161;
    /** Total scores closer than this, the best reading no better evidenced, are a tie. */
    private static final double TIE_MARGIN = 0.15;
    /** How fast confidence grows with the margin over the rival reading (a logistic curve). */
    private static final double MARGIN_STEEPNESS = 1.5;

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
     * Resolves every distinct name (by key) in {@code namesWithHints}, each with the kind hint the text gave
     * it (null for none).
     */
    Map<String, Resolution> resolve(Map<String, String> namesWithHints, Context context) {
        readSupport(namesWithHints);
        // Pass 1: names with one plausible reading fix countries, regions and anchors for the rest.
        Set<String> countries = new HashSet<>(context.countries());
        Set<String> admin1s = new HashSet<>(context.admin1s());
        Map<String, GazetteerEntry> anchors = new HashMap<>();
        for (Map.Entry<String, String> n : namesWithHints.entrySet()) {
            Optional<Resolution> r = best(n.getKey(), candidates(n.getKey()), n.getValue(), context, Map.of());
            if (r.isPresent() && r.get().confidence() >= Confidence.SURE) {
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
        Map<String, Resolution> out = resolveEach(namesWithHints, wider, anchors);
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
        return resolveEach(namesWithHints, wider, anchors);
    }

    /** The best reading of each name that has one, in the names' order. */
    private Map<String, Resolution> resolveEach(Map<String, String> namesWithHints, Context context, Map<String, GazetteerEntry> anchors) {
        Map<String, Resolution> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> n : namesWithHints.entrySet()) {
            best(n.getKey(), candidates(n.getKey()), n.getValue(), context, anchors).ifPresent(r -> out.put(n.getKey(), r));
        }
        return out;
    }

    /**
     * Support: how many of the article's other names could lie in each country and each admin1 region. Places in
     * one article cluster, so "Alexandria" with "Rapides Parish" and "Pineville" is the one in Louisiana. Only
     * likely readings count (within a factor of about 10 of the name's best prior). Also which names mean a state
     * far more than any town, and which stand in a list of one country's states.
     */
    private void readSupport(Map<String, String> namesWithHints) {
        Map<String, Set<String>> byCountry = new HashMap<>();
        Map<String, Set<String>> byAdmin1 = new HashMap<>();
        Map<String, List<GazetteerEntry>> readings = new HashMap<>();
        Set<String> stateNames = new HashSet<>();
        Map<String, Set<String>> statesByCountry = new HashMap<>();
        Map<String, Set<String>> capitalStatesByCountry = new HashMap<>();
        for (String name : namesWithHints.keySet()) {
            List<GazetteerEntry> candidates = candidates(name);
            double bestPrior = candidates.stream().mapToDouble(Priors::prior).max().orElse(0);
            // A name whose best reading is a country or state far above its namesake towns means that country or
            // state: in a list of states ("California, Oregon, Nevada") the towns named after them are no neighbours.
            Optional<GazetteerEntry> dominantArea = candidates.stream().filter(c -> (c.isCountry() || "ADM1".equals(c.feature()))
                    && Priors.prior(c) == bestPrior && candidates.stream().allMatch(o -> o == c || Priors.prior(o) <= bestPrior - DOMINANT_GAP))
                    .findFirst();
            dominantArea.filter(c -> "ADM1".equals(c.feature())).ifPresent(c -> stateNames.add(name));
            // A capital's name ("Washington") is the capital beside a few states, the state in a long list of them.
            boolean capital = candidates.stream().anyMatch(c -> "PPLC".equals(c.feature()));
            candidates.stream().filter(c -> "ADM1".equals(c.feature()) && Priors.prior(c) >= bestPrior - 1.0)
                    .forEach(c -> (capital ? capitalStatesByCountry : statesByCountry)
                            .computeIfAbsent(c.country(), k -> new HashSet<>()).add(name));
            readings.put(name, dominantArea.isPresent() ? List.of() : candidates.stream()
                    .filter(c -> (c.isCity() || c.isRegion()) && Priors.prior(c) >= bestPrior - PLAUSIBLE_PRIOR_GAP)
                    .sorted(Comparator.comparingDouble(Priors::prior).reversed())
                    .limit(MAX_PLAUSIBLE).toList());
            for (GazetteerEntry c : candidates) {
                if (Priors.prior(c) < bestPrior - 1.0 || c.country().isEmpty()) {
                    continue;
                }
                byCountry.computeIfAbsent(c.country(), k -> new HashSet<>()).add(name);
                String admin1 = c.firstLevel();
                if (!admin1.isEmpty()) {
                    byAdmin1.computeIfAbsent(c.country() + "/" + admin1, k -> new HashSet<>()).add(name);
                }
            }
        }
        this.countrySupport = byCountry;
        this.admin1Support = byAdmin1;
        this.plausible = readings;
        this.listedStates = listedStates(statesByCountry, capitalStatesByCountry, stateNames);
        this.statesNames = stateNames;
    }

    /**
     * A name among two or more other states of its country ("Idaho, Maine, Vermont and Virginia") is a list of
     * states: the state reading is meant, and its namesake towns gain nothing from the list's other names. The
     * names in such lists, with their country; each is added to {@code stateNames}.
     */
    private static Map<String, String> listedStates(Map<String, Set<String>> statesByCountry,
                                                    Map<String, Set<String>> capitalStatesByCountry, Set<String> stateNames) {
        Map<String, String> listed = new HashMap<>();
        capitalStatesByCountry.forEach((country, names) -> {
            if (statesByCountry.getOrDefault(country, Set.of()).size() >= LONG_LIST_OF_STATES) {
                statesByCountry.get(country).addAll(names);
            }
        });
        statesByCountry.forEach((country, names) -> {
            if (names.size() >= 3) {
                names.forEach(name -> {
                    listed.put(name, country);
                    stateNames.add(name);
                });
            }
        });
        return listed;
    }

    private List<GazetteerEntry> candidates(String name) {
        return gazetteer.lookup(name);
    }

    private Optional<Resolution> best(String name, Collection<GazetteerEntry> candidates, String hint, Context context,
                                      Map<String, GazetteerEntry> anchors) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
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
        List<Scored> scored = new ArrayList<>();
        for (GazetteerEntry c : candidates) {
            scored.add(new Scored(c, Priors.localPrior(c, context.home()), evidence(name, c, candidates, hint, context, anchors, container)));
        }
        scored.sort(Comparator.comparingDouble(Scored::total).reversed());
        if (TRACE) {
            System.err.println("TRACE " + name + " hint=" + hint + " " + scored.stream().limit(4).map(x -> x.entry().name() + "/"
                    + x.entry().feature() + "/" + x.entry().country() + "/" + x.entry().admin1() + " p=" + Math.round(x.prior() * 100) / 100.0
                    + " e=" + Math.round(x.evidence() * 100) / 100.0).toList());
        }
        return chosen(name, scored, hint);
    }

    /** What the article says for one reading of a name: its country, region, neighbours, source's home, admin word. */
    private double evidence(String name, GazetteerEntry c, Collection<GazetteerEntry> candidates, String hint, Context context,
                            Map<String, GazetteerEntry> anchors, List<GazetteerEntry> container) {
        double evidence = 0;
        // A town named after a state the name far more often means ("California" in a list of states) gains
        // nothing from the places around it: towns named after states lie among the states' own places.
        boolean namesakeOfAState = statesNames.contains(name) && !"ADM1".equals(c.feature());
        if (!c.country().isEmpty()) {
            evidence += countryEvidence(name, c, context);
            if (!namesakeOfAState) {
                evidence += regionEvidence(name, c, candidates, context);
            }
        }
        if (!namesakeOfAState) {
            evidence += HomeEvidence.of(name, c, context.home());
        }
        if ("ADM1".equals(c.feature()) && c.country().equals(listedStates.get(name))) {
            evidence += LISTED_STATE_WEIGHT;
        }
        if (inContainer(c, container)) {
            evidence += APPOSITION_WEIGHT;
        }
        // "The Kursk region" is the oblast, "Fulton county" the county; "the Houston region" is not Houston County.
        if ("county".equals(hint) && c.isRegion() || "region".equals(hint) && c.isRegion() && !"ADM2".equals(c.feature())) {
            evidence += ADMIN_WORD_WEIGHT;
        } else if ("city".equals(hint) && c.isCity()) {
            evidence += SETTLEMENT_WORD_WEIGHT;
        }
        // Another name's sure place nearby; a name's own reading is no evidence for its other readings.
        boolean anchored = !namesakeOfAState && anchors.entrySet().stream().anyMatch(a -> !a.getKey().equals(name)
                && Geo.km(a.getValue().lat(), a.getValue().lon(), c.lat(), c.lon()) < ANCHOR_KM);
        if (anchored) {
            evidence += ANCHOR_WEIGHT;
        }
        return evidence;
    }

    /**
     * The country: named in the article (or its people), or where the article's other names could lie. A country
     * named only by this very name is no evidence for itself ("Georgia" among Atlanta and Macon).
     */
    private double countryEvidence(String name, GazetteerEntry c, Context context) {
        boolean namedElsewhere = !c.isCountry() || others(countrySupport.get(c.country()), name) > 0
                || c.country().equals(context.datelineCountry());
        double named = namedElsewhere && context.countries().contains(c.country()) ? NAMED_COUNTRY_WEIGHT : 0;
        double supported = COUNTRY_SUPPORT_WEIGHT * Math.min(3, others(countrySupport.get(c.country()), name));
        double evidence = Math.max(named, supported);
        if (c.country().equals(context.datelineCountry())) {
            evidence += DATELINE_WEIGHT;
        }
        return evidence;
    }

    /**
     * The region: a place inside a region the article names ("Chaman" with "Balochistan"; not a region inside its
     * namesake, "Kandahar District" inside "Kandahar"), or where its other names could lie, or its neighbours.
     */
    private double regionEvidence(String name, GazetteerEntry c, Collection<GazetteerEntry> candidates, Context context) {
        String admin1 = c.firstLevel();
        double contained = c.isCity() && !c.admin1().isEmpty()
                && !PlaceNames.key(c.admin1()).equals(PlaceNames.key(c.name()))
                && context.admin1s().contains(c.country() + "/" + c.admin1()) ? (overshadowed(c, candidates, context.countries()) ? OVERSHADOWED_CONTAINED_WEIGHT : CONTAINED_WEIGHT) : 0;
        double near = admin1.isEmpty() ? 0 : REGION_SUPPORT_WEIGHT * Math.min(2, others(admin1Support.get(c.country() + "/" + admin1), name));
        return Math.max(Math.max(contained, near), NEIGHBOUR_WEIGHT * Math.min(2, neighbours(c, name)));
    }

    /**
     * The reading a name resolves to, from its readings best first, and how sure: the only reading; the best where
     * no reading far away comes near it; a capital tied with a namesake far away; none for any other tie.
     */
    private Optional<Resolution> chosen(String name, List<Scored> scored, String hint) {
        // A state in a list of states is the state, not the town it is named after ("Quebec", "São Paulo").
        Scored top = listedStates.containsKey(name) ? scored.get(0) : seat(scored, hint);
        if (scored.size() == 1) {
            // The gazetteer's only reading of a name is likely meant when it is a notable place or the article points to
            // it; a hamlet nothing else in the article is near ("Red" in Maharashtra, "Mill" in Brabant) may be a word NER
            // took for a place, or a place the gazetteer lacks.
            boolean lone = top.evidence() == 0 && top.prior() < Priors.NOTABLE && top.entry().isCity();
            return Optional.of(new Resolution(top.entry(), lone ? Confidence.LONE_HAMLET : Confidence.UNRIVALLED));
        }
        // The runner-up that is really another place (not the same place under a second entry nearby).
        Scored rival = null;
        for (Scored s : scored.subList(1, scored.size())) {
            if (Geo.km(s.entry().lat(), s.entry().lon(), top.entry().lat(), top.entry().lon()) > RIVAL_KM) {
                rival = s;
                break;
            }
        }
        if (rival == null) {
            return Optional.of(new Resolution(top.entry(), Confidence.UNRIVALLED));
        }
        double margin = top.total() - rival.total();
        if (margin < TIE_MARGIN && top.evidence() <= rival.evidence()) {
            // A tie between namesakes far apart stays unresolved, except that a national capital outweighs what
            // shares its name ("Washington" the capital or the state): news names capitals far more often.
            Scored capital = "PPLC".equals(top.entry().feature()) ? top : "PPLC".equals(rival.entry().feature()) ? rival : null;
            return capital == null ? Optional.empty() : Optional.of(new Resolution(capital.entry(), Confidence.CAPITAL_OVER_NAMESAKE));
        }
        double confidence = 1.0 / (1.0 + Math.exp(-MARGIN_STEEPNESS * margin));
        return Optional.of(new Resolution(top.entry(), Confidence.rounded(confidence)));
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

    private record Scored(GazetteerEntry entry, double prior, double evidence) {
        double total() {
            return prior + evidence;
        }
    }
}
