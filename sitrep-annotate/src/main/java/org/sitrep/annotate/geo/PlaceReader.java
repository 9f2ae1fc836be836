package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.NameClasses;
import org.sitrep.annotate.lexicon.NameHeads;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.annotate.lexicon.PlaceWords;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

/**
 * Reads one article's places: the place names it writes (NER's locations, gazetteer names NER missed or
 * mistyped, the dateline, the entities' places, places inside organisations' names, towns named as actors), the
 * filters that drop what is no place here (diseases, overlaps), and the gazetteer place each name resolves to
 * in the light of the whole article. What it reads depends on the entities' names, types and mentions, never
 * on their places, so the geo stage and the entity repair read the same.
 */
public final class PlaceReader {

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final ActingTowns actingTowns;

    public PlaceReader(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.actingTowns = new ActingTowns(gazetteer);
    }

    /** A reader over the shared gazetteer, which loads on first use, so that a pipeline without places never pays for it. */
    public static PlaceReader standard() {
        return new PlaceReader(Gazetteer.instance(), Countries.instance());
    }

    /** The places of one article. */
    public PlaceReading read(Article article, AnnotationContext context) {
        String input = context.inputText();
        String body = context.body().text();
        List<Candidate> found = new ArrayList<>();

        for (PlaceMention m : new ToponymRecognizer(gazetteer, countries).recognize(body, context.nlp())) {
            Span s = context.body().toInput(m.start(), m.end());
            String text = input.substring(s.start(), s.end());
            if (PlaceNames.key(text).equals(PlaceNames.key(m.text()))) {
                found.add(new Candidate(new TextSpan(s.start(), s.end(), text), keyOf(text), m.kindHint(), false));
            }
        }
        String datelineCountry = datelineMentions(article, input, found);
        for (Entity e : article.entities()) {
            if (EntityPlaces.PLACE_TYPES.contains(e.type())) {
                for (TextSpan m : e.mentions()) {
                    if (!"FACILITY".equals(e.type()) || gazetteer.contains(m.text())) {
                        found.add(entityMention(withWholeName(m, input)));
                    }
                }
            }
        }
        for (Entity e : article.entities()) {
            if ("PERSON".equals(e.type()) && e.title() == null && standsForAPlace(e, input)) {
                for (TextSpan m : e.mentions()) {
                    found.add(new Candidate(m, keyOf(m.text()), null, false));
                }
            }
        }
        found.addAll(placesInOrganisationNames(article.entities(), input));
        List<Candidate> townsAsActors = actingTowns.candidates(article.entities(), input, found.stream().map(Candidate::key).toList())
                .stream().map(m -> new Candidate(m, keyOf(m.text()), null, false)).toList();
        found.addAll(townsAsActors);
        found.removeIf(f -> namesADisease(f.span(), input) && countries.byName(f.span().text()).isEmpty());
        found = cityFormsOfTownNames(withoutOverlaps(found));
        if (found.isEmpty()) {
            return PlaceReading.none(found);
        }

        Set<String> countryCodes = new HashSet<>(articleCountries(context, found, datelineCountry));
        Set<String> regions = new HashSet<>();
        organisationsPlaces(article.entities(), countryCodes, regions);
        ToponymResolver.Context ctx = new ToponymResolver.Context(countryCodes, regions, datelineCountry == null ? "" : datelineCountry,
                context.sourceHome(), appositions(found, input));
        // Towns named as actors are resolved apart, after the rest: until the article places them they are no
        // evidence for its other names.
        Set<String> candidateKeys = new HashSet<>();
        townsAsActors.forEach(f -> candidateKeys.add(f.key()));
        Set<String> actorKeys = new HashSet<>(candidateKeys);
        found.stream().filter(f -> !townsAsActors.contains(f)).forEach(f -> actorKeys.remove(f.key()));
        Map<String, String> hints = new LinkedHashMap<>();
        for (Candidate f : found) {
            if (f.site() || actorKeys.contains(f.key())) {
                continue; // streets and buildings are below the gazetteer's scale; towns as actors come after
            }
            String old = hints.get(f.key());
            hints.put(f.key(), old != null ? old : f.hint());
        }
        Map<String, EnclosingPlaces.Head> heads = new LinkedHashMap<>();
        Set<String> standalone = Set.copyOf(hints.keySet());
        EnclosingPlaces enclosing = new EnclosingPlaces(gazetteer, standalone);
        for (Candidate f : found) {
            boolean site = f.site();
            EnclosingPlaces.Head head = site ? enclosing.ofSite(f.span().text()) : enclosing.ofCompound(f.span().text());
            if (head != null && (site || hints.containsKey(f.key()))) {
                heads.putIfAbsent(f.key(), head);
                hints.putIfAbsent(head.key(), null);
            }
        }
        Map<String, Resolution> resolved = new LinkedHashMap<>(new ToponymResolver(gazetteer).resolve(hints, ctx));
        if (!actorKeys.isEmpty()) {
            Map<String, String> withActors = new LinkedHashMap<>(hints);
            actorKeys.forEach(k -> withActors.putIfAbsent(k, null));
            Map<String, Resolution> all = new ToponymResolver(gazetteer).resolve(withActors, ctx);
            actorKeys.stream().filter(all::containsKey).forEach(k -> resolved.put(k, all.get(k)));
        }
        // The names placed surely in each country, to tell which country a direction's part of a region lies in.
        Map<String, Set<String>> keysByCountry = new HashMap<>();
        resolved.forEach((k, r) -> {
            if (r.confidence() >= 0.9 && r.entry().country() != null) {
                keysByCountry.computeIfAbsent(r.entry().country(), c -> new HashSet<>()).add(k);
            }
        });
        // A compound the gazetteer lacks lies where its first place lies ("Fargo-Moorhead", "Fargo City"), less surely;
        // only where that place itself is sure.
        heads.forEach((key, head) -> {
            Resolution r = resolved.get(head.key());
            // A direction's part of a place ("West Midlands") only in a country the article names or places another
            // name in, or of a place it names on its own ("Northeast Texas" beside "Texas"): the bare remainder may be
            // another country's region (Midlands, Zimbabwe).
            if (!resolved.containsKey(key) && r != null && r.confidence() >= 0.9
                    && (!head.directional() || ctx.countries().contains(r.entry().country()) || standalone.contains(head.key())
                        || keysByCountry.getOrDefault(r.entry().country(), Set.of()).stream().anyMatch(k -> !k.equals(head.key()) && !heads.containsKey(k)))) {
                resolved.put(key, new Resolution(r.entry(), Math.round(r.confidence() * 80) / 100.0));
            }
        });
        // A town named as an actor that the article does not place is left as NER typed it.
        Set<String> placedTowns = actingTowns.placed(candidateKeys, resolved, context.sourceHome());
        List<Candidate> placed = new ArrayList<>(found);
        placed.removeIf(f -> townsAsActors.contains(f) && !placedTowns.contains(f.key()));
        townsAsActors.stream().map(Candidate::key).filter(k -> !placedTowns.contains(k)
                && placed.stream().noneMatch(f -> f.key().equals(k))).forEach(resolved::remove);
        return new PlaceReading(found, placed, resolved, placedTowns);
    }

    /**
     * Whether a place's name is here the name of a disease or a pathogen ("Reston ebolavirus", "Ebola-Reston virus",
     * "the Reston strain"): the word after it, past a space or hyphen, is a disease word. (A country's name stays a
     * place: "the Sudan strain" is also a story about Sudan.)
     */
    private static boolean namesADisease(TextSpan span, String input) {
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

    /** Whether a word joins the parts of a place's name: one of its particles in lower case ("St. Kitts and Nevis", "Rio Grande do Sul"), or "the". */
    private static boolean nameJoiner(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT)) && (PlaceWords.PARTICLES.contains(word) || "the".equals(word));
    }

    /**
     * NER splits some names at an abbreviation's dot or a joining word ("Sault" | "Ste. Marie", "St. Kitts" | "and
     * Nevis"): a mention that opens a longer name of the gazetteer or of a country, up to three words more, takes it.
     */
    private TextSpan withWholeName(TextSpan m, String input) {
        TextSpan best = withWholeNameBefore(m, input);
        int end = m.end();
        for (int words = 0; words < 3 && end < input.length() && input.charAt(end) == ' '; words++) {
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
            if (!nameJoiner(word) && isPlaceName(longer)) {
                best = new TextSpan(best.start(), close, longer);
            }
        }
        return best;
    }

    /** The mention with the words before it that open a longer place name ("St. Kitts and" of "Nevis"). */
    private TextSpan withWholeNameBefore(TextSpan m, String input) {
        TextSpan best = m;
        int start = m.start();
        for (int words = 0; words < 3 && start > 1 && input.charAt(start - 1) == ' '; words++) {
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
            if (!nameJoiner(word.toLowerCase(Locale.ROOT)) && isPlaceName(longer)
                    && (!isPlaceName(word) || PlaceWords.COMPASS.contains(PlaceNames.key(word)))) {
                best = new TextSpan(start, m.end(), longer);
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

    /** A name of the gazetteer or of a country. */
    public boolean isPlaceName(String text) {
        return gazetteer.contains(text) || countries.byName(text).isPresent();
    }

    /**
     * A place mention of an entity; where NER took the admin word into the name ("Hubei province", "Swat
     * Valley") and the gazetteer lacks the whole, the place is the region the name before it names.
     */
    private Candidate entityMention(TextSpan m) {
        String text = m.text();
        int space = text.lastIndexOf(' ');
        if (space > 0 && PlaceWords.ADMIN.contains(text.substring(space + 1))
                && !gazetteer.contains(text) && gazetteer.lookup(text.substring(0, space)).stream().anyMatch(GazetteerEntry::isRegion)) {
            return new Candidate(m, keyOf(text.substring(0, space)), ToponymRecognizer.regionHint(text.substring(space + 1)), false);
        }
        return new Candidate(m, keyOf(text), null, false);
    }

    /**
     * The name's lookup key; a country's code as news writes it ("U.S.", "UK", "DPRK") is keyed as the
     * country's name, so it resolves to the country (not to Us in France) and joins the country's entity.
     */
    private String keyOf(String text) {
        String spelt = PlaceNames.spellInitials(text);
        if (!spelt.equals(text)) {
            return PlaceNames.key(spelt);
        }
        String compact = text.replace(".", "").replace(" ", "");
        if (compact.length() >= 2 && compact.length() <= 4 && compact.equals(compact.toUpperCase(Locale.ROOT))
                && compact.chars().allMatch(Character::isLetter)) {
            // A dotted abbreviation the gazetteer holds as a first-level region is the region as US news writes it
            // ("Greenville, S.C."), not the country whose ISO code has the same letters (Seychelles).
            boolean region = text.contains(".") && gazetteer.lookup(text).stream().anyMatch(e -> "ADM1".equals(e.feature()));
            Optional<Country> c = region ? Optional.empty() : countries.byName(text);
            if (c.isPresent()) {
                return PlaceNames.key(c.get().name());
            }
        }
        return PlaceNames.key(text);
    }

    /** Adds the dateline's place names ("SEOUL, South Korea", "KABUL") and returns the dateline's country code, or null. */
    private String datelineMentions(Article article, String input, List<Candidate> found) {
        TextSpan span = article.datelineSpan();
        if (span == null || span.end() > input.length() || span.start() < 0) {
            return null;
        }
        String text = input.substring(span.start(), span.end());
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
                found.add(new Candidate(new TextSpan(s, s + trimmed.length(), input.substring(s, s + trimmed.length())), key, null, true));
            }
        }
        if (country == null) {
            // A dateline city alone ("KABUL") fixes the country when the name is a capital or a large city.
            String first = text.split(",")[0];
            country = gazetteer.lookup(first).stream()
                    .filter(e -> e.isCity() && (e.population() >= 100_000 || "PPLC".equals(e.feature())))
                    .max(Comparator.comparingDouble(ToponymResolver::prior))
                    .map(GazetteerEntry::country).orElse(null);
        }
        return country;
    }

    /** Part of an organisation's name at character {@code at}: where a place may stand in it. */
    private record NamePart(int at, String text) {
    }

    /**
     * The parts of an organisation's name that may be a place, in the order to try them: its first three, two or
     * one words ("Georgia Bureau of Investigation"), then its last words after "of", up to three ("State of Ohio").
     * The whole name is never a part.
     */
    private static List<NamePart> placeParts(String name) {
        String[] words = name.split(" ");
        List<NamePart> parts = new ArrayList<>();
        for (int k = Math.min(3, words.length - 1); k >= 1; k--) {
            parts.add(new NamePart(0, String.join(" ", Arrays.copyOfRange(words, 0, k))));
        }
        int of = Arrays.asList(words).lastIndexOf("of");
        if (of > 0 && of < words.length - 1 && words.length - of - 1 <= 3) {
            String closing = String.join(" ", Arrays.copyOfRange(words, of + 1, words.length));
            parts.add(new NamePart(name.length() - closing.length(), closing));
        }
        return parts;
    }

    /**
     * The country or state that opens an organisation's name ("U.S. Food and Drug Administration", "Texas
     * Department of Transportation") or closes it after "of" ("University of Georgia"): a place mention of its
     * own inside the organisation's, as news corpora annotate it; the organisation keeps its whole name.
     */
    private List<Candidate> placesInOrganisationNames(List<Entity> entities, String input) {
        List<Candidate> out = new ArrayList<>();
        for (Entity e : entities) {
            if (!"ORGANIZATION".equals(e.type())) {
                continue;
            }
            for (TextSpan m : e.mentions()) {
                String text = m.text();
                String last = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
                if (NameHeads.NEWSPAPERS.contains(last)) {
                    continue; // the place in a newspaper's name ("New York Times") is not where its story is
                }
                placeParts(text).stream().filter(part -> countryOrState(part.text())).findFirst().ifPresent(part -> {
                    int start = m.start() + part.at();
                    int end = start + part.text().length();
                    if (end <= input.length() && input.substring(start, end).equals(part.text())) {
                        out.add(new Candidate(new TextSpan(start, end, part.text()), keyOf(part.text()), null, false));
                    }
                });
            }
        }
        return out;
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

    /**
     * Countries and states that open or close the names of the article's organisations ("Georgia Bureau of
     * Investigation", "Kenya Red Cross", "State of Ohio"): no place mentions of their own,
     * but where the story is, so "Albany" beside them is the Georgian town.
     */
    private void organisationsPlaces(List<Entity> entities, Set<String> countryCodes, Set<String> regions) {
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

    /** Countries the article names outright or through their people ("Afghan forces"), and the dateline's. */
    private Set<String> articleCountries(AnnotationContext context, List<Candidate> found, String datelineCountry) {
        Set<String> codes = new HashSet<>();
        if (datelineCountry != null) {
            codes.add(datelineCountry);
        }
        for (Candidate f : found) {
            countries.byName(f.span().text()).ifPresent(c -> codes.add(c.code()));
        }
        for (Token t : context.nlp().tokens()) {
            if (!t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0))) {
                countries.byDemonym(t.text()).ifPresent(c -> codes.add(c.code()));
            }
        }
        return codes;
    }

    /**
     * Names written just before another place name after a comma ("Stroud, Ontario", "Greenville, S.C."), or before
     * "in" and a region with its admin word ("Fuyang in Anhui province"): the second may be the country or state the
     * first lies in, which the resolver checks against the gazetteer.
     */
    private Map<String, String> appositions(List<Candidate> found, String input) {
        Map<String, String> out = new HashMap<>();
        for (int k = 0; k + 1 < found.size(); k++) {
            Candidate f = found.get(k);
            Candidate g = found.get(k + 1);
            // Not a list of places ("California, Maryland, Virginia"): nothing listed before or after the pair, but
            // for the country that may close an address ("Stroud, Ontario, Canada").
            boolean listed = k > 0 && joins(found.get(k - 1), f, input, true)
                    || k + 2 < found.size() && joins(g, found.get(k + 2), input, true)
                        && countries.byName(found.get(k + 2).span().text()).isEmpty();
            // "Fuyang in Anhui province": a region named with its admin word after "in" holds the place before it.
            boolean within = g.span().start() > f.span().end() && ToponymResolver.isRegionHint(g.hint())
                    && input.substring(f.span().end(), g.span().start()).strip().equals("in");
            if ((joins(f, g, input, false) && !listed || within) && !f.key().equals(g.key())) {
                out.putIfAbsent(f.key(), g.key());
            }
        }
        return out;
    }

    /** Whether only a comma (or, in a list, also "and" or "or") stands between two place names. */
    private static boolean joins(Candidate a, Candidate b, String input, boolean orList) {
        if (b.span().start() <= a.span().end()) {
            return false;
        }
        String between = input.substring(a.span().end(), b.span().start()).strip();
        return between.equals(",") || orList && Set.of("and", "or", ", and", ", or").contains(between);
    }

    /** Keeps the longer of overlapping mentions (an entity's mention wins a tie), in input order. */
    private static List<Candidate> withoutOverlaps(List<Candidate> found) {
        List<Candidate> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Candidate f) -> f.span().end() - f.span().start()).reversed());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate f : sorted) {
            boolean overlaps = kept.stream().anyMatch(k -> k.span().start() < f.span().end() && f.span().start() < k.span().end());
            if (!overlaps && !f.key().isEmpty()) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.span().start()));
        return kept;
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
        for (TextSpan m : e.mentions()) {
            if (SPEECH_AFTER.matcher(input.substring(m.end(), Math.min(input.length(), m.end() + 40))).find()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern SPEECH_AFTER = Pattern.compile("^[\\s,]+(" + ActingTowns.SPEECH_OR_PERSON + "|,? ?the )",
            Pattern.CASE_INSENSITIVE);
}
