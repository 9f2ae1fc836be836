package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.InputDocument;

/** The events stage over the whole pipeline, on a story written for this test (invented people, a real place). */
class EventsStageTest {

    private static final String STORY = """
            Troops and rebels clash near Mosul

            MOSUL, Iraq — Government troops clashed with militants near Mosul on Friday, the army said.

            Four soldiers were killed and six were wounded in the fighting, according to army spokesman Ivo Renk.

            Talks between the two sides did not produce any agreement. Critics called the budget row a battle of ideas.

            Asked whether the fighting would resume, Renk said no. An officer and three men from Mosul also were detained.
            """;

    private static List<Event> events;
    private static List<Claim> claims;

    @BeforeAll
    static void read() {
        ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve("events,claims"));
        List<Article> articles = pipeline.run(new InputDocument("story.txt", null, "text", "text", STORY, null,
                "2025-03-08", null));
        assertThat(articles).hasSize(1);
        events = articles.get(0).events();
        claims = articles.get(0).claims();
    }

    @Test
    void theTellingsOfOneClashAreOneEventWithItsCasualtiesPlaceDateAndSource() {
        List<Event> clashes = events.stream().filter(e -> e.type().equals("ASSAULT")).toList();
        assertThat(clashes).singleElement().satisfies(e -> {
            assertThat(e.acled().eventType()).isEqualTo("Battles");
            assertThat(e.acled().subEventType()).isEqualTo("Armed clash");
            assertThat(e.killed()).isEqualTo(4);
            assertThat(e.injured()).isEqualTo(6);
            assertThat(e.place().name()).isEqualTo("Mosul");
            assertThat(e.geoPrecision()).isEqualTo(1);
            assertThat(e.date().value()).isEqualTo("2025-03-07");
            assertThat(e.actors()).anySatisfy(a -> assertThat(a.kind()).isEqualTo("military"));
            assertThat(e.mentions().size()).isGreaterThanOrEqualTo(3);
            assertThat(STORY.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
        });
    }

    @Test
    void aFigureTheArticleAttributesIsAClaimWithItsSource() {
        assertThat(claims).anySatisfy(c -> {
            assertThat(c.value()).isEqualTo(4L);
            assertThat(c.unit()).isEqualTo("soldiers");
            assertThat(c.subject()).isEqualTo("soldiers killed");
            assertThat(c.accordingTo().name()).isEqualTo("Ivo Renk");
            assertThat(c.asOf().value()).isEqualTo("2025-03-08");
        });
    }

    @Test
    void aNegatedAgreementAndAFigureOfSpeechAreNoEvents() {
        assertThat(events).noneMatch(e -> e.type().equals("AGREE"));
        assertThat(events).noneMatch(e -> e.evidence().text().contains("battle of ideas") && e.type().equals("ASSAULT"));
    }

    @Test
    void sentencesTheParserReadsOddlyStillGiveTheirEvents() {
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("COERCE");
            assertThat(e.acled().subEventType()).isEqualTo("Arrests");
        });
    }
}
