package org.sitrep.cli;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.DateValue;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Published;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.store.RawInput;

/**
 * Made-up articles with events, for the server's load benchmark only: a store of a given size without running the
 * pipeline over that many real articles. Each has three events of varied types, places, dates and parties, so the
 * benchmark's filters select some and not others as they would on a real store. Nothing here is a reading of text.
 */
final class SyntheticArticles {

    /** A few places, real points, spread over several countries. */
    private static final List<Place> PLACES = List.of(
            new Place(1123906L, "Spin Boldak", "city", "AF", "Kandahar", 31.0058, 66.4000, 0.9),
            new Place(1138958L, "Kabul", "city", "AF", "Kabul", 34.5281, 69.1723, 0.9),
            new Place(1179400L, "Chaman", "city", "PK", "Balochistan", 30.9210, 66.4597, 0.9),
            new Place(703448L, "Kyiv", "city", "UA", "Kyiv City", 50.4547, 30.5238, 0.9),
            new Place(2013348L, "Vladivostok", "city", "RU", "Primorye", 43.1056, 131.8735, 0.9),
            new Place(360630L, "Cairo", "city", "EG", "Cairo", 30.0626, 31.2497, 0.9),
            new Place(2332459L, "Lagos", "city", "NG", "Lagos", 6.4541, 3.3947, 0.9),
            new Place(3688689L, "Bogota", "city", "CO", "Bogota D.C.", 4.6097, -74.0817, 0.9));
    private static final String[][] KINDS = {
            {"ASSAULT", "armed clash", "Battles", "Armed clash"}, {"PROTEST", "demonstrate", "Protests", "Peaceful protest"},
            {"CONSULT", "visit", null, null}, {"COERCE", "arrest", "Strategic developments", "Arrests"},
            {"AID", "humanitarian", null, null}, {"ACCUSE", "allege", null, null}};

    private final Random random;
    private final LocalDate first = LocalDate.of(2024, 1, 1);

    SyntheticArticles(long seed) {
        this.random = new Random(seed);
    }

    /** One input holding {@code count} articles numbered from {@code from}. */
    RawInput input(int from, int count) {
        return new RawInput("synthetic/" + from + ".txt", "text", null, null, null,
                ("synthetic articles " + from + " to " + (from + count - 1)).getBytes(StandardCharsets.UTF_8));
    }

    List<Article> articles(int from, int count) {
        List<Article> out = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            out.add(article(i));
        }
        return out;
    }

    private Article article(int n) {
        LocalDate day = first.plusDays(random.nextInt(700));
        List<Event> events = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int e = 0; e < 3; e++) {
            String[] kind = KINDS[random.nextInt(KINDS.length)];
            Place place = PLACES.get(random.nextInt(PLACES.size()));
            String sentence = "Forces of side " + random.nextInt(50) + " and group " + random.nextInt(50) + " met in "
                    + place.name() + " (" + kind[1] + ", item " + n + "." + e + ").";
            int start = body.length();
            body.append(sentence).append(' ');
            events.add(new Event("ev" + (e + 1), kind[0], kind[1],
                    List.of(new Participant("group " + random.nextInt(50), null, place.country(), "military")),
                    List.of(new Participant("side " + random.nextInt(50), null, PLACES.get(random.nextInt(PLACES.size())).country(), "civilians")),
                    place, 1, new DateValue(day.minusDays(random.nextInt(3)).toString(), "day"), List.of(),
                    random.nextInt(4), null, "asserted", null, kind[2] == null ? null : new AcledType(kind[2], kind[3]),
                    new Span(start, start + sentence.length(), sentence), List.of(), 0.7));
        }
        String id = String.format("%032x", (long) n * 2654435761L + 1L);
        String title = "Synthetic article " + n;
        return Article.builder().id(id).source(new Source("synthetic/" + n + ".txt", null, null, "text"))
                .span(new Span(0, body.length())).title(title).titleSpan(new Span(0, title.length(), title))
                .published(new Published(day.toString(), "day", day.toString())).language("en")
                .body(body.toString()).bodySpan(new Span(0, body.length())).events(events).build();
    }
}
