package org.sitrep.spark.link;

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

/**
 * Made-up articles as the pipeline would read them, for comparing the link job with the store's linking on more
 * articles than the seeds: threads of articles about the same people, bodies (some by acronym only, some people by
 * surname only), places, events on nearby days and figures that move, some syndicated copies, all from a fixed
 * seed. Nothing here is a reading of real text; each article's document text is built so its offsets hold.
 */
final class GeneratedArticles {

    /** An article and the document text its offsets point into. */
    record Generated(Article article, String text) {
    }

    private static final String[] FIRST = {"Amina", "Tomas", "Lena", "Rashid", "Mei", "Jonas", "Farah", "Pavel", "Nadia",
        "Oskar", "Leila", "Victor", "Sana", "Marek", "Irina", "Kofi"};
    private static final String[] LAST = {"Yusuf", "Berg", "Okafor", "Haddad", "Lindqvist", "Moreno", "Karimi", "Novak",
        "Adeyemi", "Sato", "Petrov", "Mensah"};
    private static final String[][] BODIES = {{"National Election Board", "NEB"}, {"Coastal Defence Force", "CDF"},
        {"United Farmers Union", "UFU"}, {"Northern Relief Agency", "NRA"}, {"Free Press Council", "FPC"},
        {"River Basin Authority", "RBA"}, {"Civic Renewal Party", "CRP"}, {"Mountain Brigade", null}};
    private static final Place[] PLACES = {
        new Place(1138958L, "Kabul", "city", "AF", "Kabul", 34.5281, 69.1723, 0.9),
        new Place(703448L, "Kyiv", "city", "UA", "Kyiv City", 50.4547, 30.5238, 0.9),
        new Place(360630L, "Cairo", "city", "EG", "Cairo", 30.0626, 31.2497, 0.9),
        new Place(2332459L, "Lagos", "city", "NG", "Lagos", 6.4541, 3.3947, 0.9),
        new Place(3688689L, "Bogota", "city", "CO", "Bogota D.C.", 4.6097, -74.0817, 0.9),
        new Place(2013348L, "Vladivostok", "city", "RU", "Primorye", 43.1056, 131.8735, 0.9)};
    private static final String[][] TYPES = {{"ASSAULT", "Battles", "Armed clash"}, {"PROTEST", "Protests", "Peaceful protest"},
        {"COERCE", "Strategic developments", "Arrests"}, {"CONSULT", null, null}};
    private static final String[] WORDS = ("river market bridge council harvest winter letter station border village "
            + "school doctor fuel price road convoy water statement budget court ferry clinic grain power").split(" ");

    private GeneratedArticles() {
    }

    /** {@code n} articles in {@code threads} threads, the same for the same arguments. */
    static List<Generated> of(int n, int threads, long seed) {
        Random random = new Random(seed);
        List<int[]> cast = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            cast.add(new int[] {random.nextInt(FIRST.length * LAST.length), random.nextInt(FIRST.length * LAST.length),
                random.nextInt(BODIES.length), random.nextInt(PLACES.length), random.nextInt(TYPES.length), random.nextInt(120)});
        }
        List<Generated> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int thread = random.nextInt(threads);
            if (i > 10 && random.nextInt(20) == 0) {
                out.add(copy(out.get(random.nextInt(out.size())), i, random));
            } else {
                out.add(article(i, cast.get(thread), random));
            }
        }
        return out;
    }

    private static Generated article(int i, int[] c, Random random) {
        LocalDate base = LocalDate.of(2026, 1, 1).plusDays(c[5]);
        LocalDate published = base.plusDays(random.nextInt(6));
        Doc d = new Doc("Talks and clashes: " + word(random) + " " + word(random) + " " + i);
        String person = FIRST[c[0] % FIRST.length] + " " + LAST[c[0] / FIRST.length];
        String other = FIRST[c[1] % FIRST.length] + " " + LAST[c[1] / FIRST.length];
        String[] body = BODIES[c[2]];
        boolean acronymOnly = body[1] != null && random.nextInt(4) == 0;
        Place place = PLACES[c[3]];
        List<Entity> entities = new ArrayList<>();
        d.filler(random, 6);
        Span p1 = d.say(person);
        d.say(" of the ");
        Span b1 = d.say(acronymOnly ? body[1] : body[0]);
        List<Span> bodyMentions = new ArrayList<>(List.of(b1));
        if (!acronymOnly && body[1] != null && random.nextBoolean()) {
            d.say(" (");
            bodyMentions.add(d.say(body[1]));
            d.say(")");
        }
        d.say(" met ");
        Span p2 = d.say(other);
        d.say(" in ");
        Span pl = d.say(place.name());
        d.say(". ");
        d.filler(random, 8);
        entities.add(new Entity("e1", "PERSON", person, List.of(), null, null, null, null, List.of(p1)));
        entities.add(new Entity("e2", "ORGANIZATION", acronymOnly ? body[1] : body[0],
                bodyMentions.size() > 1 ? List.of(body[1]) : List.of(), null, null, null, null, bodyMentions));
        entities.add(new Entity("e3", "PERSON", other, List.of(), null, null, null, null, List.of(p2)));
        entities.add(new Entity("e4", "GPE", place.name(), List.of(), null, null, place.country(), place, List.of(pl)));
        if (random.nextInt(3) == 0) {
            String surname = LAST[c[0] / FIRST.length];
            d.say("Later ");
            Span s = d.say(surname);
            d.say(" spoke again. ");
            entities.add(new Entity("e5", "PERSON", surname, List.of(), null, null, null, null, List.of(s)));
        }
        String[] type = TYPES[c[4]];
        LocalDate day = base.plusDays(random.nextInt(3));
        boolean dated = random.nextInt(4) != 0;
        Span evidence = d.say("The " + word(random) + " clash happened there. ");
        Event event = new Event("v1", type[0], "happened",
                List.of(new Participant(body[0], "e2", null, "organization")),
                random.nextBoolean() ? List.of(new Participant(other, "e3", null, "person")) : List.of(),
                random.nextInt(5) == 0 ? null : place, random.nextInt(2) + 1,
                dated ? new DateValue(day.toString(), "day") : null, List.of(), random.nextInt(10), null, "asserted",
                new Ref(person, "e1"), type[1] == null ? null : new AcledType(type[1], type[2]), evidence, List.of(evidence),
                0.8);
        Span claimAt = d.say("Officials said " + (10 + random.nextInt(40)) + " people were killed. ");
        Claim claim = new Claim("people killed", (long) (10 + random.nextInt(40)), "people", random.nextBoolean(),
                new Ref(person, "e1"), new DateValue(day.toString(), "day"), claimAt);
        d.filler(random, 5);
        Article a = d.article(String.format("gen%05d", i), published, entities, List.of(event), List.of(claim));
        return new Generated(a, d.text());
    }

    /** A syndicated copy: the same body under another headline and id. */
    private static Generated copy(Generated original, int i, Random random) {
        Article o = original.article();
        String title = "Wire: " + word(random) + " " + i;
        int shift = title.length() - o.title().length();
        String text = title + original.text().substring(o.title().length());
        Article a = o.toBuilder().id(String.format("gen%05d", i)).title(title).titleSpan(new Span(0, title.length(), null))
                .source(new Source("generated/" + i + ".txt", "https://wire.example/" + i, null, "text"))
                .span(new Span(0, text.length(), null)).bodySpan(new Span(o.bodySpan().start() + shift, o.bodySpan().end() + shift, null))
                .entities(o.entities().stream().map(e -> new Entity(e.id(), e.type(), e.name(), e.aliases(), e.title(),
                        e.affiliation(), e.country(), e.place(), e.mentions().stream().map(m -> shift(m, shift)).toList())).toList())
                .events(o.events().stream().map(e -> new Event(e.id(), e.type(), e.mode(), e.actors(), e.targets(), e.place(),
                        e.geoPrecision(), e.date(), e.quantities(), e.killed(), e.injured(), e.modality(), e.accordingTo(),
                        e.acled(), shift(e.evidence(), shift), e.mentions().stream().map(m -> shift(m, shift)).toList(),
                        e.confidence())).toList())
                .claims(o.claims().stream().map(c -> new Claim(c.subject(), c.value(), c.unit(), c.approximate(),
                        c.accordingTo(), c.asOf(), shift(c.evidence(), shift))).toList())
                .build();
        return new Generated(a, text);
    }

    private static Span shift(Span s, int by) {
        return s == null ? null : new Span(s.start() + by, s.end() + by, s.text());
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** A document being written: its headline, then the body, each piece's span known as it is added. */
    private static final class Doc {
        final String title;
        final StringBuilder text = new StringBuilder();
        final int bodyStart;

        Doc(String title) {
            this.title = title;
            text.append(title).append("\n\n");
            bodyStart = text.length();
        }

        Span say(String s) {
            int start = text.length();
            text.append(s);
            return new Span(start, text.length(), s);
        }

        void filler(Random random, int words) {
            for (int w = 0; w < words; w++) {
                text.append(word(random)).append(' ').append(random.nextInt(1000)).append(' ');
            }
            text.append(". ");
        }

        String text() {
            return text.toString();
        }

        Article article(String id, LocalDate published, List<Entity> entities, List<Event> events, List<Claim> claims) {
            String all = text.toString();
            return Article.builder().id(id)
                    .source(new Source("generated/" + id + ".txt", "https://news.example/" + id, null, "text"))
                    .span(new Span(0, all.length(), null)).title(title).titleSpan(new Span(0, title.length(), null))
                    .published(new Published(published.toString(), "day", "metadata")).language("en")
                    .body(all.substring(bodyStart)).bodySpan(new Span(bodyStart, all.length(), null))
                    .entities(entities).events(events).claims(claims).build();
        }
    }
}
