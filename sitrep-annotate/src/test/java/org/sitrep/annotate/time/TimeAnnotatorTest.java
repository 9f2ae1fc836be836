package org.sitrep.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.Published;
import org.sitrep.model.TimeExpression;

/**
 * The time stage on sentences written the way the seed articles write them, with the values the
 * seeds fixture expects, through a body made of several input pieces so offsets are checked too.
 */
class TimeAnnotatorTest {

    private final TimeAnnotator annotator = new TimeAnnotator();

    /** An input with boilerplate lines that the body leaves out, so body and input offsets differ. */
    private static List<TimeExpression> annotate(String published, String... paragraphs) {
        StringBuilder input = new StringBuilder("Short Url\nFollow\n\n");
        BodyText.Builder body = new BodyText.Builder();
        for (String p : paragraphs) {
            if (body.length() > 0) {
                body.appendSeparator("\n\n");
            }
            body.appendInput(p, input.length());
            input.append(p).append("\n\nAdvertisement\n\n");
        }
        BodyText bodyText = body.build();
        String inputText = input.toString();
        Published pub = published == null ? null : new Published(published, "day", "test");
        Article article = Article.builder()
                .id("a1")
                .published(pub)
                .language("en")
                .body(bodyText.text())
                .build();
        AnnotationContext context = new AnnotationContext(bodyText, inputText, text -> {
            throw new AssertionError("the time stage must not need the NLP analysis");
        });
        List<TimeExpression> times = new TimeAnnotator().annotate(article, context).times();
        for (TimeExpression t : times) {
            assertThat(inputText.substring(t.start(), t.end())).as("input text at the offsets of %s", t)
                    .isEqualTo(t.text());
        }
        return times;
    }

    private static TimeExpression find(List<TimeExpression> times, String text) {
        Optional<TimeExpression> hit = times.stream().filter(t -> t.text().equals(text)).findFirst();
        assertThat(hit).as("a time expression '%s' among %s", text, times).isPresent();
        return hit.get();
    }

    @Test
    void northKoreaArticleAnchoredOnTuesday29October2024() {
        List<TimeExpression> times = annotate("2024-10-29",
                "North Korean Foreign Minister Choe Son Hui arrived in Russia Tuesday, a day after South Korea's "
                        + "president called for countermeasures.",
                "South Korean President Yoon Suk Yeol spoke by phone on Monday with NATO Secretary-General Mark Rutte.",
                "The Pentagon said last week that North Korea had sent about 10,000 troops, who would move toward "
                        + "Ukraine in the next several weeks.");
        assertThat(find(times, "Tuesday").value()).isEqualTo("2024-10-29");
        assertThat(find(times, "Tuesday").precision()).isEqualTo("day");
        assertThat(find(times, "Monday").value()).isEqualTo("2024-10-28");
        assertThat(find(times, "last week").value()).isEqualTo("2024-W43");
        TimeExpression weeks = find(times, "the next several weeks");
        assertThat(weeks.type()).isEqualTo("DURATION");
        assertThat(weeks.value()).isEqualTo("PXW");
    }

    @Test
    void borderClashArticleAnchoredOnSaturday6December2025() {
        List<TimeExpression> times = annotate("2025-12-06T10:00:00Z",
                "Overnight border clashes have broken out between Afghan and Pakistani forces, Taliban officials "
                        + "said on Saturday.",
                "The fighting began late on Friday in Spin Boldak, weeks after a truce agreed in October.",
                "Clashes in the past two months have killed dozens.");
        assertThat(find(times, "Saturday").value()).isEqualTo("2025-12-06");
        assertThat(find(times, "late on Friday").value()).isEqualTo("2025-12-05");
        assertThat(find(times, "October").value()).isEqualTo("2025-10");
        assertThat(find(times, "October").precision()).isEqualTo("month");
        assertThat(find(times, "the past two months").value()).isEqualTo("P2M");
        assertThat(find(times, "the past two months").type()).isEqualTo("DURATION");
        assertThat(find(times, "Overnight").type()).isEqualTo("TIME");
    }

    @Test
    void withoutPublicationDateValuesStayRelative() {
        List<TimeExpression> times = annotate(null,
                "Kim Jong Un inspected the launch on Wednesday, state media said Thursday.",
                "North Korea has sent around 15,000 troops to Russia since last fall, after the Taliban took power "
                        + "in August 2021.");
        TimeExpression wednesday = find(times, "Wednesday");
        assertThat(wednesday.value()).isEqualTo("XXXX-WXX-3");
        assertThat(wednesday.precision()).isEqualTo("unknown-anchor");
        assertThat(find(times, "Thursday").value()).isEqualTo("XXXX-WXX-4");
        assertThat(find(times, "last fall").value()).isEqualTo("XXXX-FA");
        assertThat(find(times, "last fall").precision()).isEqualTo("unknown-anchor");
        // an absolute date needs no anchor
        assertThat(find(times, "August 2021").value()).isEqualTo("2021-08");
        assertThat(find(times, "August 2021").precision()).isEqualTo("month");
        assertThat(times).noneMatch(t -> t.value().matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void sinceLastFallIsTheFallBeforeTheCurrentSeason() {
        List<TimeExpression> times = annotate("2024-10-29",
                "North Korea has sent around 15,000 troops to Russia since last fall.");
        TimeExpression fall = find(times, "last fall");
        assertThat(fall.value()).isEqualTo("2023-FA");
        assertThat(fall.precision()).isEqualTo("season");
    }

    @Test
    void futureClauseTakesTheComingWeekday() {
        List<TimeExpression> times = annotate("2024-10-29",
                "The ministers will meet again on Friday in Moscow.");
        assertThat(find(times, "Friday").value()).isEqualTo("2024-11-01");
    }

    @Test
    void pathologicalInputStaysLinear() {
        // long runs of blanks, digits and repeated time words must not make the patterns backtrack
        String text = "Friday " + " ".repeat(50_000) + "1999 ".repeat(5_000) + "the past ".repeat(5_000)
                + "late on ".repeat(5_000) + "morning";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> new TimeTagger().tag(text, "2024-10-29"));
    }

    @Test
    void expressionAcrossABoilerplateGapIsNotCited() {
        // "Tuesday" ends one input piece and "morning" begins the next: no single input span holds both
        List<TimeExpression> times = annotate("2024-10-29", "He arrived Tuesday", "morning talks followed.");
        assertThat(times).allMatch(t -> !t.text().contains("\n"));
        assertThat(find(times, "Tuesday").value()).isEqualTo("2024-10-29");
    }
}
