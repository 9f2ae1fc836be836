package org.sitrep.annotate.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.lexicon.Countries;
import org.sitrep.annotate.lexicon.Country;
import org.sitrep.annotate.lexicon.NameClasses;
import org.sitrep.annotate.lexicon.Gazetteer;
import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.NameHeads;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.annotate.lexicon.PlaceWords;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

/**
 * The "geo" stage: finds the article's place names (the entities stage's places, NER locations,
 * gazetteer names NER missed or mistyped, the dateline), resolves each to a gazetteer place and
 * returns the article with {@link Entity#place()} and {@link Entity#country()} filled. Place names
 * that no entity holds yet become new entities; a person-typed entity that is really a place
 * ("Spin Boldak") is re-typed GPE. Unresolvable names keep a null place.
 */
public final class GeoAnnotator implements Annotator {

    private static final Set<String> PLACE_TYPES = Set.of("GPE", "LOCATION", "FACILITY");

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final ActingTowns actingTowns;

    /** Uses the shared gazetteer, loaded on first use so that a pipeline without "geo" never pays for it. */
    public GeoAnnotator() {
        this(null, null);
    }

    GeoAnnotator(Gazetteer gazetteer, Countries countries) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.actingTowns = gazetteer == null ? null : new ActingTowns(gazetteer);
    }

    private Gazetteer gazetteer() {
        return gazetteer != null ? gazetteer : Gazetteer.instance();
    }

    private Countries countries() {
        return countries != null ? countries : Countries.instance();
    }

    @Override
    public String name() {
        return "geo";
    }

    @Override
    public Set<String> requires() {
        return Set.of("entities");
    }

    /** A place name found in the input: input offsets, the text there, and what the words around it hinted. */
    private record Found(TextSpan span, String key, String hint, boolean dateline) {
    }

    @Override
    public Article annotate(Article article, AnnotationContext context) {
        return new GeoAnnotator(gazetteer(), countries()).annotateWith(article, context);
    }

    private Article annotateWith(Article article, AnnotationContext context) {
        String input = context.inputText();
        String body = context.body().text();
        List<Found> found = new ArrayList<>();

        for (PlaceMention m : new ToponymRecognizer(gazetteer, countries).recognize(body, context.nlp())) {
            Span s = context.body().toInput(m.start(), m.end());
            String text = input.substring(s.start(), s.end());
            if (PlaceNames.key(text).equals(PlaceNames.key(m.text()))) {
                found.add(new Found(new TextSpan(s.start(), s.end(), text), keyOf(text), m.kindHint(), false));
            }
        }
        String datelineCountry = datelineMentions(article, input, found);
        for (Entity e : article.entities()) {
            if (PLACE_TYPES.contains(e.type())) {
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
                    found.add(new Found(m, keyOf(m.text()), null, false));
                }
            }
        }
        found.addAll(placesInOrganisationNames(article.entities(), input));
        List<Found> townsAsActors = actingTowns.candidates(article.entities(), input, found.stream().map(Found::key).toList())
                .stream().map(m -> new Found(m, keyOf(m.text()), null, false)).toList();
        found.addAll(townsAsActors);
        found.removeIf(f -> namesADisease(f.span(), input) && countries.byName(f.span().text()).isEmpty());
        found = cityFormsOfTownNames(withoutOverlaps(found));
        List<Entity> peoples = demonyms(context, article.entities(), found);
        if (!peoples.isEmpty()) {
            List<Entity> all = new ArrayList<>(article.entities());
            all.addAll(peoples);
            article = article.withEntities(all);
        }
        if (found.isEmpty()) {
            return article;
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
        for (Found f : found) {
            if (isSite(f) || actorKeys.contains(f.key())) {
                continue; // streets and buildings are below the gazetteer's scale; towns as actors come after
            }
            String old = hints.get(f.key());
            hints.put(f.key(), old != null ? old : f.hint());
        }
        Map<String, EnclosingPlaces.Head> heads = new LinkedHashMap<>();
        Set<String> standalone = Set.copyOf(hints.keySet());
        EnclosingPlaces enclosing = new EnclosingPlaces(gazetteer, standalone);
        for (Found f : found) {
            boolean site = isSite(f);
            EnclosingPlaces.Head head = site ? enclosing.ofSite(f.span().text()) : enclosing.ofCompound(f.span().text());
            if (head != null && (site || hints.containsKey(f.key()))) {
                heads.putIfAbsent(f.key(), head);
                hints.putIfAbsent(head.key(), null);
            }
        }
        Map<String, ToponymResolver.Resolution> resolved = new LinkedHashMap<>(new ToponymResolver(gazetteer).resolve(hints, ctx));
        if (!actorKeys.isEmpty()) {
            Map<String, String> withActors = new LinkedHashMap<>(hints);
            actorKeys.forEach(k -> withActors.putIfAbsent(k, null));
            Map<String, ToponymResolver.Resolution> all = new ToponymResolver(gazetteer).resolve(withActors, ctx);
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
            ToponymResolver.Resolution r = resolved.get(head.key());
            // A direction's part of a place ("West Midlands") only in a country the article names or places another
            // name in, or of a place it names on its own ("Northeast Texas" beside "Texas"): the bare remainder may be
            // another country's region (Midlands, Zimbabwe).
            if (!resolved.containsKey(key) && r != null && r.confidence() >= 0.9
                    && (!head.directional() || ctx.countries().contains(r.entry().country()) || standalone.contains(head.key())
                        || keysByCountry.getOrDefault(r.entry().country(), Set.of()).stream().anyMatch(k -> !k.equals(head.key()) && !heads.containsKey(k)))) {
                resolved.put(key, new ToponymResolver.Resolution(r.entry(), Math.round(r.confidence() * 80) / 100.0));
            }
        });
        // A town named as an actor that the article does not place is left as NER typed it.
        Set<String> actingTowns = this.actingTowns.placed(candidateKeys, resolved, context.sourceHome());
        List<Found> placed = new ArrayList<>(found);
        placed.removeIf(f -> townsAsActors.contains(f) && !actingTowns.contains(f.key()));
        townsAsActors.stream().map(Found::key).filter(k -> !actingTowns.contains(k)
                && placed.stream().noneMatch(f -> f.key().equals(k))).forEach(resolved::remove);
        return SurnamesOfPeople.join(withPlaces(article, placed, resolved, actingTowns));
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
    private boolean isPlaceName(String text) {
        return gazetteer.contains(text) || countries.byName(text).isPresent();
    }

    /**
     * A place mention of an entity; where NER took the admin word into the name ("Hubei province", "Swat
     * Valley") and the gazetteer lacks the whole, the place is the region the name before it names.
     */
    private Found entityMention(TextSpan m) {
        String text = m.text();
        int space = text.lastIndexOf(' ');
        if (space > 0 && PlaceWords.ADMIN.contains(text.substring(space + 1))
                && !gazetteer.contains(text) && gazetteer.lookup(text.substring(0, space)).stream().anyMatch(GazetteerEntry::isRegion)) {
            return new Found(m, keyOf(text.substring(0, space)), ToponymRecognizer.regionHint(text.substring(space + 1)), false);
        }
        return new Found(m, keyOf(text), null, false);
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

    /**
     * Names of peoples ("Afghan forces", "Sudanese", "Sri Lankan") that no entity holds become NORP
     * entities with their country, so that who-belongs-where is known even where no place is named.
     */
    private List<Entity> demonyms(AnnotationContext context, List<Entity> entities, List<Found> places) {
        String input = context.inputText();
        Map<String, List<TextSpan>> byCountry = new LinkedHashMap<>();
        for (org.sitrep.annotate.nlp.Sentence sentence : context.nlp().sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                for (int len = Math.min(2, tokens.size() - i); len >= 1; len--) {
                    Token first = tokens.get(i);
                    Token last = tokens.get(i + len - 1);
                    boolean tagsOk = true;
                    for (int k = i; k < i + len; k++) {
                        Token t = tokens.get(k);
                        tagsOk &= !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0))
                                && ("O".equals(t.ner()) || "MISC".equals(t.ner()));
                    }
                    if (!tagsOk) {
                        continue;
                    }
                    Optional<Country> c = countries.byDemonym(context.body().text().substring(first.start(), last.end()));
                    if (c.isEmpty()) {
                        continue;
                    }
                    Span s = context.body().toInput(first.start(), last.end());
                    TextSpan span = new TextSpan(s.start(), s.end(), input.substring(s.start(), s.end()));
                    if (owner(entities, span) < 0 && places.stream().noneMatch(f -> f.span().start() < span.end() && span.start() < f.span().end())
                            && PlaceNames.key(span.text()).equals(PlaceNames.key(context.body().text().substring(first.start(), last.end())))) {
                        byCountry.computeIfAbsent(c.get().code(), k -> new ArrayList<>()).add(span);
                    }
                    i += len - 1;
                    break;
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        int nextId = nextId(entities);
        for (Map.Entry<String, List<TextSpan>> e : byCountry.entrySet()) {
            List<TextSpan> mentions = e.getValue();
            String name = mentions.get(0).text();
            Set<String> aliases = new LinkedHashSet<>();
            mentions.forEach(m -> aliases.add(m.text()));
            aliases.remove(name);
            out.add(new Entity("e" + nextId++, "NORP", name, List.copyOf(aliases), null, null, e.getKey(), null, mentions));
        }
        return out;
    }

    /** Adds the dateline's place names ("SEOUL, South Korea", "KABUL") and returns the dateline's country code, or null. */
    private String datelineMentions(Article article, String input, List<Found> found) {
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
                found.add(new Found(new TextSpan(s, s + trimmed.length(), input.substring(s, s + trimmed.length())), key, null, true));
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
    private List<Found> placesInOrganisationNames(List<Entity> entities, String input) {
        List<Found> out = new ArrayList<>();
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
                        out.add(new Found(new TextSpan(start, end, part.text()), keyOf(part.text()), null, false));
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
    private List<Found> cityFormsOfTownNames(List<Found> found) {
        Set<String> keys = new HashSet<>();
        found.forEach(f -> keys.add(f.key()));
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            String base = f.key().endsWith(" city") ? f.key().substring(0, f.key().length() - " city".length()) : null;
            if (base != null && keys.contains(base) && gazetteer.lookup(f.key()).stream()
                    .noneMatch(e -> e.isCity() && PlaceNames.key(e.name()).equals(f.key()))) {
                out.add(new Found(f.span(), base, f.hint(), f.dateline()));
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
    private Set<String> articleCountries(AnnotationContext context, List<Found> found, String datelineCountry) {
        Set<String> codes = new HashSet<>();
        if (datelineCountry != null) {
            codes.add(datelineCountry);
        }
        for (Found f : found) {
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
    private Map<String, String> appositions(List<Found> found, String input) {
        Map<String, String> out = new HashMap<>();
        for (int k = 0; k + 1 < found.size(); k++) {
            Found f = found.get(k);
            Found g = found.get(k + 1);
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
    private static boolean joins(Found a, Found b, String input, boolean orList) {
        if (b.span().start() <= a.span().end()) {
            return false;
        }
        String between = input.substring(a.span().end(), b.span().start()).strip();
        return between.equals(",") || orList && Set.of("and", "or", ", and", ", or").contains(between);
    }

    /** Keeps the longer of overlapping mentions (an entity's mention wins a tie), in input order. */
    private static List<Found> withoutOverlaps(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Found f) -> f.span().end() - f.span().start()).reversed());
        List<Found> kept = new ArrayList<>();
        for (Found f : sorted) {
            boolean overlaps = kept.stream().anyMatch(k -> k.span().start() < f.span().end() && f.span().start() < k.span().end());
            if (!overlaps && !f.key().isEmpty()) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(f -> f.span().start()));
        return kept;
    }

    private Article withPlaces(Article article, List<Found> found, Map<String, ToponymResolver.Resolution> resolved,
                               Set<String> actingTowns) {
        List<Entity> entities = new ArrayList<>(article.entities());
        int nextId = nextId(entities);
        // Mentions no entity holds, grouped by the place they resolve to (or by name when unresolved).
        Map<String, List<Found>> newGroups = new LinkedHashMap<>();
        Map<Integer, List<Found>> forExisting = new LinkedHashMap<>();
        for (Found f : found) {
            int owner = owner(entities, f.span());
            if (owner >= 0 && nestedInName(entities.get(owner), f)) {
                owner = -1; // "Alexandria" in "Alexandria Police": a place of its own inside the organisation's name
            }
            if (owner >= 0) {
                forExisting.computeIfAbsent(owner, k -> new ArrayList<>()).add(f);
            } else {
                ToponymResolver.Resolution r = resolved.get(f.key());
                // Mentions of one place are one entity; a building or street in that place is an entity of its own.
                String group = r != null && !isSite(f) ? placeKey(r.entry()) : "name:" + f.key();
                newGroups.computeIfAbsent(group, k -> new ArrayList<>()).add(f);
            }
        }
        for (Map.Entry<Integer, List<Found>> e : forExisting.entrySet()) {
            Entity entity = entities.get(e.getKey());
            ToponymResolver.Resolution r = resolved.get(PlaceNames.key(entity.name()));
            if (r == null) {
                r = e.getValue().stream().map(f -> resolved.get(f.key())).filter(x -> x != null).findFirst().orElse(null);
            }
            String type = entity.type();
            if (!PLACE_TYPES.contains(type)) {
                // Another kind of entity takes a place only when it is wholly this place name: "Spin Boldak" typed
                // as a person is re-typed, "Pyongyang" standing for its government keeps its type and gains the place,
                // but "Jackson" of "Andrew Jackson" or "Kabul" of "Kabul University" changes nothing.
                // A name the entities stage set apart as no place nor actor ("West Nile" of the virus) stays so.
                boolean whole = !"OTHER".equals(type) && e.getValue().stream().anyMatch(f -> f.key().equals(PlaceNames.key(entity.name())));
                // An organisation named like a town is that town only where the article places it ("Delta" the
                // airline is no town in Colorado); a capital's or a country's name stands for its government.
                boolean actingTown = actingTowns.contains(PlaceNames.key(entity.name()));
                boolean unplacedTown = "ORGANIZATION".equals(type) && r != null && r.entry().isCity()
                        && !"PPLC".equals(r.entry().feature()) && !actingTown;
                if (!whole || unplacedTown) {
                    continue;
                }
                if ("PERSON".equals(type) || actingTown) {
                    // A town acting is a geopolitical entity, as OntoNotes types it ("Columbia will have to pay").
                    type = r != null && isArea(r.entry()) ? "GPE" : "LOCATION";
                } else if ("ORGANIZATION".equals(type) && r != null && "ADM1".equals(r.entry().feature())
                        && e.getValue().stream().anyMatch(f -> ToponymResolver.isRegionHint(f.hint()))) {
                    type = "GPE"; // a region's initials NER took for an organisation, written as a place ("in NSW")
                }
            }
            if (r == null) {
                if (!type.equals(entity.type())) {
                    entities.set(e.getKey(), new Entity(entity.id(), type, entity.name(), entity.aliases(), entity.title(),
                            entity.affiliation(), entity.country(), entity.place(), entity.mentions()));
                }
                continue;
            }
            Place place = place(r);
            List<TextSpan> mentions = new ArrayList<>(entity.mentions());
            String name = entity.name();
            for (Found f : e.getValue()) {
                // A mention the place's whole name extends ("Sault" of "Sault Ste. Marie", "Republic of China" of "People's
                // Republic of China") becomes that name.
                for (int k = 0; k < mentions.size(); k++) {
                    TextSpan m = mentions.get(k);
                    if (!m.equals(f.span()) && f.span().span().contains(m.span()) && !isSite(f) && isPlaceName(f.span().text())) {
                        mentions.set(k, f.span());
                        name = name.equals(m.text()) ? f.span().text() : name;
                    }
                }
                if (!mentions.contains(f.span()) && mentions.stream().noneMatch(m -> m.start() < f.span().end() && f.span().start() < m.end())) {
                    mentions.add(f.span());
                }
            }
            mentions.sort(Comparator.comparingInt(TextSpan::start));
            entities.set(e.getKey(), new Entity(entity.id(), type, name, aliases(name, entity.aliases(), mentions, type, r),
                    entity.title(), entity.affiliation(), place.country().isEmpty() ? entity.country() : place.country(),
                    place, mentions));
        }
        for (List<Found> group : newGroups.values()) {
            ToponymResolver.Resolution r = resolved.get(group.get(0).key());
            for (Found f : group) {
                if (r == null) {
                    r = resolved.get(f.key());
                }
            }
            List<TextSpan> mentions = group.stream().map(Found::span).toList();
            int same = sameEntity(entities, group, group.stream().allMatch(GeoAnnotator::isSite) ? null : r);
            if (same >= 0) {
                // The entities stage already has this place (or took it for a person): one entity, all mentions.
                Entity e = entities.get(same);
                List<TextSpan> all = new ArrayList<>(e.mentions());
                for (TextSpan m : mentions) {
                    if (all.stream().noneMatch(x -> x.start() < m.end() && m.start() < x.end())) {
                        all.add(m);
                    }
                }
                all.sort(Comparator.comparingInt(TextSpan::start));
                Place place = e.place() != null ? e.place() : r == null ? null : place(r);
                String type = "PERSON".equals(e.type()) ? (r == null || isArea(r.entry()) ? "GPE" : "LOCATION") : e.type();
                String country = e.country() != null ? e.country() : place == null || place.country().isEmpty() ? null : place.country();
                entities.set(same, new Entity(e.id(), type, e.name(), aliases(e.name(), e.aliases(), all, type, r), e.title(),
                        e.affiliation(), country, place, all));
                continue;
            }
            String name = displayName(group, r);
            String type = r == null ? (countries.byName(name).isPresent() ? "GPE" : "LOCATION")
                    : isArea(r.entry()) ? "GPE" : "LOCATION";
            if (group.stream().allMatch(f -> "facility".equals(f.hint()))) {
                type = "FACILITY";
            }
            Place place = r == null ? null : place(r);
            String country = place != null && !place.country().isEmpty() ? place.country()
                    : countries.byName(name).map(Country::code).orElse(null);
            entities.add(new Entity("e" + nextId++, type, name, aliases(name, List.of(), mentions, type, r), null, null,
                    country, place, mentions));
        }
        return article.withEntities(withoutPiecesOfPlaceNames(entities));
    }

    /**
     * Drops the mentions of people and places that lie inside a longer placed name NER had split ("Marie" of "Sault
     * Ste. Marie", "Nevis" of "St. Kitts and Nevis"), and an entity left with none.
     */
    private static final Set<String> PIECE_TYPES = Set.of("PERSON", "GPE", "LOCATION");

    private static List<Entity> withoutPiecesOfPlaceNames(List<Entity> entities) {
        List<TextSpan> placed = entities.stream().filter(e -> e.place() != null && ("GPE".equals(e.type()) || "LOCATION".equals(e.type())))
                .flatMap(e -> e.mentions().stream()).toList();
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            if (!PIECE_TYPES.contains(e.type())) {
                out.add(e);
                continue;
            }
            List<TextSpan> kept = e.mentions().stream().filter(m -> placed.stream().noneMatch(p -> !p.equals(m)
                    && p.span().contains(m.span()) && !e.mentions().contains(p))).toList();
            if (kept.size() == e.mentions().size()) {
                out.add(e);
            } else if (!kept.isEmpty()) {
                out.add(new Entity(e.id(), e.type(), e.name(), e.aliases(), e.title(), e.affiliation(), e.country(), e.place(), kept));
            }
        }
        return out;
    }

    private static final Pattern SPEECH_AFTER = Pattern.compile("^[\\s,]+(" + ActingTowns.SPEECH_OR_PERSON + "|,? ?the )",
            Pattern.CASE_INSENSITIVE);

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

    /** Whether a place name lies inside (and is not the whole of) an organisation's or facility's name. */
    private static boolean nestedInName(Entity owner, Found f) {
        if (PLACE_TYPES.contains(owner.type()) && !"FACILITY".equals(owner.type()) || "PERSON".equals(owner.type())
                || "facility".equals(f.hint()) || "street".equals(f.hint())) {
            return false;
        }
        return !PlaceNames.key(owner.name()).equals(f.key()) && owner.mentions().stream()
                .anyMatch(m -> m.span().contains(f.span().span()) && m.span().length() > f.span().span().length());
    }

    /**
     * The existing entity a group of new place mentions belongs to: one placed at the same place, or a place-like
     * entity, or a person entity without a title, of the same name. -1 when none.
     */
    private int sameEntity(List<Entity> entities, List<Found> group, ToponymResolver.Resolution r) {
        Set<String> keys = new HashSet<>();
        group.forEach(f -> keys.add(f.key()));
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            // Same place under another name ("U.S." and "United States"); not a building or compound placed in it.
            if (r != null && e.place() != null && e.place().lat() == r.entry().lat() && e.place().lon() == r.entry().lon()
                    && e.place().name().equals(r.entry().name()) && !"FACILITY".equals(e.type()) && gazetteer.contains(e.name())) {
                return i;
            }
            boolean placeLike = PLACE_TYPES.contains(e.type()) || "PERSON".equals(e.type()) && e.title() == null;
            if (placeLike && keys.contains(PlaceNames.key(e.name()))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isSite(Found f) {
        return "facility".equals(f.hint()) || "street".equals(f.hint());
    }

    private static boolean isArea(GazetteerEntry e) {
        return e.isCountry() || e.isRegion() || e.isCity();
    }

    private static String placeKey(GazetteerEntry e) {
        return e.geonameid() + "|" + e.name() + "|" + e.country() + "|" + e.lat() + "|" + e.lon();
    }

    /** The name as the article writes it, in its ordinary case (not the dateline's capitals). */
    private static String displayName(List<Found> group, ToponymResolver.Resolution r) {
        for (Found f : group) {
            if (!f.dateline() && !f.span().text().equals(f.span().text().toUpperCase(Locale.ROOT))) {
                return f.span().text();
            }
        }
        String text = group.get(0).span().text();
        if (r != null && PlaceNames.key(r.entry().name()).equals(PlaceNames.key(text))) {
            return r.entry().name();
        }
        return text;
    }

    /** The names an entity goes by; the place's gazetteer name too, unless the entity is a building or street in it. */
    private static List<String> aliases(String name, List<String> existing, List<TextSpan> mentions, String type,
                                        ToponymResolver.Resolution r) {
        Set<String> out = new LinkedHashSet<>(existing);
        for (TextSpan m : mentions) {
            out.add(m.text());
        }
        if (r != null && !"FACILITY".equals(type)) {
            out.add(r.entry().name());
        }
        out.remove(name);
        out.removeIf(a -> a.equals(a.toUpperCase(Locale.ROOT)) && a.length() > 4 && PlaceNames.key(a).equals(PlaceNames.key(name)));
        return List.copyOf(out);
    }

    private static Place place(ToponymResolver.Resolution r) {
        return r.entry().toPlace(r.confidence());
    }

    /** The index of the entity one of whose mentions overlaps {@code span}, or -1. */
    private static int owner(List<Entity> entities, TextSpan span) {
        int first = -1;
        for (int i = 0; i < entities.size(); i++) {
            for (TextSpan m : entities.get(i).mentions()) {
                if (m.start() < span.end() && span.start() < m.end()) {
                    // A place's mention inside the span owns it before an organisation the span overlaps at its edge:
                    // "People's Republic of China" after NER's "Ministry of Health of the People" | "Republic of China".
                    if (PLACE_TYPES.contains(entities.get(i).type()) && span.span().contains(m.span())) {
                        return i;
                    }
                    first = first < 0 ? i : first;
                }
            }
        }
        return first;
    }

    private static int nextId(List<Entity> entities) {
        int max = 0;
        for (Entity e : entities) {
            String id = e.id();
            if (id != null && id.startsWith("e")) {
                try {
                    max = Math.max(max, Integer.parseInt(id.substring(1)));
                } catch (NumberFormatException ignored) {
                    // ids of another shape cannot collide with "e" + number
                }
            }
        }
        return max + 1;
    }
}
