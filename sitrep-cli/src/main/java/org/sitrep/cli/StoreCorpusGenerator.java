package org.sitrep.cli;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.DateValue;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Published;
import org.sitrep.model.Ref;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.store.RawInput;

/**
 * Made-up articles for the store's benchmarks: a store of 100,000 articles' worth of entities, events and claims
 * without running the pipeline over that many texts. Articles come in threads (a story told over a few weeks by
 * several articles), which share their parties, place and dates, so linking finds the same entity, event and story
 * across articles as it would in a real store; the rest varies over a year, dozens of places and hundreds of
 * parties, so each benchmark filter selects some and not others. Every article is a function of the seed and its
 * number alone, so any range of them can be made again. Nothing here is a reading of text.
 */
final class StoreCorpusGenerator {

    /** Real towns (GeoNames ids and coordinates), spread over several countries and continents. */
    static final List<Place> PLACES = List.of(
            new Place(1123906L, "Spin Boldak", "city", "AF", "Kandahar", 31.0058, 66.4000, 0.9),
            new Place(1138958L, "Kabul", "city", "AF", "Kabul", 34.5281, 69.1723, 0.9),
            new Place(1138336L, "Kandahar", "city", "AF", "Kandahar", 31.6133, 65.7101, 0.9),
            new Place(1179400L, "Chaman", "city", "PK", "Balochistan", 30.9210, 66.4597, 0.9),
            new Place(1167528L, "Quetta", "city", "PK", "Balochistan", 30.1841, 67.0014, 0.9),
            new Place(1176734L, "Islamabad", "city", "PK", "Islamabad", 33.7215, 73.0433, 0.9),
            new Place(703448L, "Kyiv", "city", "UA", "Kyiv City", 50.4547, 30.5238, 0.9),
            new Place(706483L, "Kharkiv", "city", "UA", "Kharkiv", 49.9808, 36.2527, 0.9),
            new Place(709930L, "Dnipro", "city", "UA", "Dnipropetrovsk", 48.4593, 35.0387, 0.9),
            new Place(524901L, "Moscow", "city", "RU", "Moscow", 55.7522, 37.6156, 0.9),
            new Place(538560L, "Kursk", "city", "RU", "Kursk", 51.7373, 36.1873, 0.9),
            new Place(360630L, "Cairo", "city", "EG", "Cairo", 30.0626, 31.2497, 0.9),
            new Place(2332459L, "Lagos", "city", "NG", "Lagos", 6.4541, 3.3947, 0.9),
            new Place(2352778L, "Abuja", "city", "NG", "FCT", 9.0579, 7.4951, 0.9),
            new Place(184745L, "Nairobi", "city", "KE", "Nairobi", -1.2833, 36.8167, 0.9),
            new Place(379252L, "Khartoum", "city", "SD", "Khartoum", 15.5518, 32.5324, 0.9),
            new Place(3688689L, "Bogota", "city", "CO", "Bogota D.C.", 4.6097, -74.0817, 0.9),
            new Place(3530597L, "Mexico City", "city", "MX", "Mexico City", 19.4285, -99.1277, 0.9),
            new Place(281184L, "Jerusalem", "city", "IL", "Jerusalem", 31.7690, 35.2163, 0.9),
            new Place(281133L, "Gaza", "city", "PS", "Gaza", 31.5017, 34.4668, 0.9),
            new Place(276781L, "Beirut", "city", "LB", "Beirut", 33.8933, 35.5016, 0.9),
            new Place(170654L, "Damascus", "city", "SY", "Damascus", 33.5102, 36.2913, 0.9),
            new Place(98182L, "Baghdad", "city", "IQ", "Baghdad", 33.3406, 44.4009, 0.9),
            new Place(1298824L, "Yangon", "city", "MM", "Yangon", 16.8053, 96.1561, 0.9));
    private static final String[][] KINDS = {
            {"ASSAULT", "armed clash", "Battles", "Armed clash"}, {"ASSAULT", "shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack"},
            {"PROTEST", "demonstrate", "Protests", "Peaceful protest"}, {"CONSULT", "visit", null, null},
            {"COERCE", "arrest", "Strategic developments", "Arrests"}, {"AID", "humanitarian aid", null, null},
            {"ACCUSE", "allege", null, null}, {"THREATEN", "warn", null, null}};
    private static final String[] GIVEN = {"Amir", "Sara", "Yusuf", "Olena", "Ivan", "Grace", "Ahmed", "Maria", "Li", "Tunde",
            "Fatima", "Pavel", "Nadia", "Omar", "Elena", "Kofi", "Aisha", "Diego", "Hana", "Samir"};
    private static final String[] FAMILY = {"Karimi", "Haddad", "Kovalenko", "Petrov", "Okafor", "Mendez", "Rahimi", "Nasser",
            "Chen", "Adeyemi", "Shevchenko", "Volkov", "Mwangi", "Haider", "Duarte", "Tanaka", "Farouk", "Ibrahim", "Novak", "Silva"};
    private static final String[] BODIES = {"army", "police", "interior ministry", "border guard", "militia", "health ministry",
            "opposition party", "rebel front", "red crescent", "election commission"};
    /** Articles per thread (a story), and how many threads run at once. */
    private static final int THREAD_LENGTH = 8;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    private final long seed;

    StoreCorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** One input holding {@code count} articles numbered from {@code from}. */
    RawInput input(int from, int count) {
        return new RawInput("generated/" + seed + "/" + from + ".txt", "text", null, null, null,
                ("generated articles " + from + " to " + (from + count - 1) + ", seed " + seed).getBytes(StandardCharsets.UTF_8));
    }

    List<Article> articles(int from, int count) {
        List<Article> out = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) {
            out.add(article(n));
        }
        return out;
    }

    /** The id of article {@code n}: 32 hex digits, like the pipeline's. */
    static String id(int n) {
        return String.format("%016x%016x", n * 0x9E3779B97F4A7C15L, (long) n);
    }

    /** The thread (story) article {@code n} belongs to: threads interleave, as stories do in a feed. */
    static int thread(int n) {
        int block = n / (THREAD_LENGTH * 64);
        return block * 64 + n % 64;
    }

    /** The place of a thread. */
    Place placeOf(int thread) {
        return PLACES.get(new Random(seed * 31 + thread).nextInt(PLACES.size()));
    }

    /** The day a thread starts, spread over a year. */
    LocalDate startOf(int thread) {
        return FIRST_DAY.plusDays(new Random(seed * 17 + thread).nextInt(350));
    }

    Article article(int n) {
        Random random = new Random(seed * 1_000_003L + n);
        int thread = thread(n);
        Random threadRandom = new Random(seed * 7 + thread);
        Place place = placeOf(thread);
        LocalDate start = startOf(thread);
        LocalDate day = start.plusDays(random.nextInt(14));
        String[] kind = KINDS[threadRandom.nextInt(KINDS.length)];
        // the thread's parties: a person and a body of one country, another body of the next; a few others vary
        String person = GIVEN[threadRandom.nextInt(GIVEN.length)] + " " + FAMILY[threadRandom.nextInt(FAMILY.length)];
        String body1 = country(place) + " " + BODIES[threadRandom.nextInt(BODIES.length)];
        Place other = PLACES.get(threadRandom.nextInt(PLACES.size()));
        String body2 = country(other) + " " + BODIES[threadRandom.nextInt(BODIES.length)];
        String bystander = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];

        Text text = new Text();
        List<Entity> entities = new ArrayList<>();
        Span p1 = text.add(person);
        text.add(", a spokesman for the ");
        Span b1 = text.add(body1);
        text.add(", said fighting near ");
        Span pl = text.add(place.name());
        text.add(" with the ");
        Span b2 = text.add(body2);
        text.add(" " + kind[1] + " went on. ");
        Span sentence1 = new Span(0, text.length(), text.toString());
        int killed = random.nextInt(30);
        int secondStart = text.length();
        text.add("Witness ");
        Span by = text.add(bystander);
        text.add(" said at least " + killed + " people were killed in " + place.name() + " on " + day + ". ");
        Span sentence2 = new Span(secondStart, text.length(), text.substring(secondStart));
        entities.add(new Entity("e1", "PERSON", person, List.of(), "spokesman", body1, place.country(), null, List.of(p1)));
        entities.add(new Entity("e2", "ORGANIZATION", body1, List.of(), null, null, place.country(), null, List.of(b1)));
        entities.add(new Entity("e3", "GPE", place.name(), List.of(), null, null, place.country(), place, List.of(pl)));
        entities.add(new Entity("e4", "ORGANIZATION", body2, List.of(), null, null, other.country(), null, List.of(b2)));
        entities.add(new Entity("e5", "PERSON", bystander, List.of(), null, null, null, null, List.of(by)));

        List<Event> events = new ArrayList<>();
        events.add(new Event("ev1", kind[0], kind[1], List.of(new Participant(body1, "e2", place.country(), "military")),
                List.of(new Participant(body2, "e4", other.country(), "military")), place, 1,
                new DateValue(day.toString(), "day"), List.of(), killed, null, "asserted", new Ref(person, "e1"),
                kind[2] == null ? null : new AcledType(kind[2], kind[3]), sentence1, List.of(sentence1), 0.8));
        if (random.nextBoolean()) {
            String[] second = KINDS[random.nextInt(KINDS.length)];
            Place where = random.nextInt(4) == 0 ? PLACES.get(random.nextInt(PLACES.size())) : place;
            events.add(new Event("ev2", second[0], second[1], List.of(new Participant(body2, "e4", other.country(), null)),
                    List.of(), where, 2, new DateValue(day.minusDays(random.nextInt(3)).toString(), "day"), List.of(), null,
                    null, "asserted", new Ref(bystander, "e5"), second[2] == null ? null : new AcledType(second[2], second[3]),
                    sentence2, List.of(sentence2), 0.6));
        }
        List<Claim> claims = List.of(new Claim("people killed in " + place.name(), (long) killed, "people", true,
                new Ref(bystander, "e5"), new DateValue(day.toString(), "day"), sentence2));
        String title = kind[1].substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind[1].substring(1) + " near "
                + place.name() + ", " + body1 + " says";
        String id = id(n);
        return Article.builder().id(id).source(new Source("generated/" + n + ".txt", null, null, "text"))
                .span(new Span(0, text.length())).title(title).titleSpan(new Span(0, title.length(), title))
                .published(new Published(day.plusDays(1).toString(), "day", day.plusDays(1).toString())).language("en")
                .body(text.toString()).bodySpan(new Span(0, text.length())).entities(entities).events(events)
                .claims(claims).build();
    }

    /** The word a body of this place's country goes by ("AF army"): the country code keeps it short and unique. */
    private static String country(Place p) {
        return p.country();
    }

    /** Text being written, giving the span of each name as it is added. */
    private static final class Text {
        private final StringBuilder text = new StringBuilder();

        Span add(String s) {
            int start = text.length();
            text.append(s);
            return new Span(start, text.length(), s);
        }

        int length() {
            return text.length();
        }

        String substring(int start) {
            return text.substring(start);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
