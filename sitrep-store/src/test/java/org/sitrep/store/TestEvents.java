package org.sitrep.store;

import java.util.List;
import org.sitrep.model.AcledType;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.DateValue;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Ref;
import org.sitrep.model.Source;
import org.sitrep.model.Span;

/**
 * An article with hand-built events and a claim, for the store's and the command line's tests (shared through
 * the test jar): a clash at Spin Boldak with an ACLED type, a place, a date and casualties; a consultation with
 * none of these; a claim of casualties.
 */
public final class TestEvents {

    public static final String ARTICLE_ID = "3f9a1c2b7d5e4a60b1c2d3e4f5a6b7c8";

    /** The clash's evidence: commas, double quotes and a line break, as a wrapped input gives them. */
    public static final String CLASH_SENTENCE = "Afghan and Pakistani forces clashed near Spin Boldak on Friday, killing\n"
            + "five and wounding five, \"a clear violation,\" said Hamdullah Fitrat.";
    public static final String TALKS_SENTENCE = "Pakistan's foreign minister spoke with Afghan officials by telephone.";
    public static final String CLAIM_SENTENCE = "The army said about 23 soldiers were killed, a figure Kabul disputes.";

    public static final Place SPIN_BOLDAK = new Place(1127110L, "Spin Boldak", "city", "AF", "Kandahar", 31.0056, 66.3998, 0.9);

    private TestEvents() {
    }

    /** The clash: ASSAULT/armed clash, ACLED Battles/Armed clash, at Spin Boldak on 2025-12-05, 5 killed, 5 injured. */
    public static Event clash() {
        return new Event("ev1", "ASSAULT", "armed clash",
                List.of(new Participant("Afghan forces", "e1", "AF", "military")),
                List.of(new Participant("Pakistani forces", "e2", "PK", "military")),
                SPIN_BOLDAK, 1, new DateValue("2025-12-05", "day"),
                List.of(new Quantity(5, "people", "killed"), new Quantity(5, "people", "injured")), 5, 5, "asserted",
                new Ref("Hamdullah Fitrat", "e3"), new AcledType("Battles", "Armed clash"),
                new Span(100, 100 + CLASH_SENTENCE.length(), CLASH_SENTENCE),
                List.of(new Span(100, 100 + CLASH_SENTENCE.length(), CLASH_SENTENCE)), 0.8);
    }

    /** The talks: CONSULT/telephone call, no ACLED type, no place, no date. */
    public static Event talks() {
        int start = 300;
        return new Event("ev2", "CONSULT", "telephone call",
                List.of(new Participant("Pakistan's foreign minister", "e4", "PK", "government")),
                List.of(new Participant("Afghan officials", "e5", "AF", "government")),
                null, null, null, List.of(), null, null, "asserted", null, null,
                new Span(start, start + TALKS_SENTENCE.length(), TALKS_SENTENCE), List.of(), 0.6);
    }

    public static Claim soldiersKilled() {
        int start = 400;
        return new Claim("Pakistani soldiers killed", 23L, "soldiers", true, new Ref("The army", "e6"),
                new DateValue("2025-12-05", "day"), new Span(start, start + CLAIM_SENTENCE.length(), CLAIM_SENTENCE));
    }

    /** The article, published 2025-12-06, with both events and the claim. */
    public static Article article() {
        return article(ARTICLE_ID, "Afghan and Pakistani forces clash at Spin Boldak", "2025-12-06",
                List.of(clash(), talks()), List.of(soldiersKilled()));
    }

    public static Article article(String id, String title, String published, List<Event> events, List<Claim> claims) {
        String body = CLASH_SENTENCE + " " + TALKS_SENTENCE + " " + CLAIM_SENTENCE;
        return Article.builder()
                .id(id)
                .source(new Source("in/" + id + ".txt", "https://news.example/spin-boldak", null, "text"))
                .span(new Span(0, 600))
                .title(title)
                .titleSpan(new Span(0, title.length(), title))
                .published(published == null ? null : new Published(published, "day", published))
                .language("en")
                .body(body)
                .bodySpan(new Span(100, 100 + body.length()))
                .events(events)
                .claims(claims)
                .build();
    }
}
