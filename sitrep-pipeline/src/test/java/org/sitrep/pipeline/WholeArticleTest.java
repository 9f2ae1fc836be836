package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Span;

/**
 * The title, dateline, summary and captions are read like the body: their names become entities' mentions,
 * cited to the characters of those parts in the input.
 */
class WholeArticleTest {

    private static final List<Article> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void readTheSeed() throws Exception {
        Path seed = SeedsFixture.sharedFolder().resolve("seeds/002_ef9fdfb182b26397.txt");
        Assumptions.assumeTrue(Files.exists(seed), seed + " is absent: whole-article reading is not checked");
        ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve("all"));
        for (InputDocument doc : new Readers().read(seed, new InputOptions(seed.toString(), "auto", null, null, null))) {
            ARTICLES.addAll(pipeline.run(doc));
        }
    }

    @Test
    void namesInTheHeadlineAreMentionsCitedThere() {
        Article a = titled("Australia hits Afghan Taliban officials");
        assertThat(mentionsWithin(entity(a, "Taliban"), a.titleSpan())).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Taliban"));
        assertThat(mentionsWithin(entity(a, "Australia"), a.titleSpan())).hasSize(1);
        Article b = titled("North Korean and Russian military officials discuss");
        assertThat(mentionsWithin(entity(b, "Pyongyang"), b.titleSpan())).hasSize(1);
    }

    @Test
    void namesInTheSummaryJoinTheirEntities() {
        Article a = titled("Australia hits Afghan Taliban officials");
        Entity wong = entity(a, "Penny Wong");
        assertThat(a.summarySpans()).anySatisfy(s -> assertThat(mentionsWithin(wong, s)).isNotEmpty());
    }

    @Test
    void aDatelineInCapitalsNamesThePlaceAsRunningTextWritesIt() {
        Article a = titled("Australia hits Afghan Taliban officials");
        Entity sydney = entity(a, "Sydney");
        assertThat(mentionsWithin(sydney, a.datelineSpan())).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("SYDNEY"));
        assertThat(sydney.place()).isNotNull();
        assertThat(sydney.place().country()).isEqualTo("AU");
    }

    @Test
    void theBodyIsStillReadAsBefore() {
        Article a = titled("Australia hits Afghan Taliban officials");
        assertThat(mentionsWithin(entity(a, "Penny Wong"), a.bodySpan()))
                .isNotEmpty();
    }

    private static Article titled(String start) {
        return ARTICLES.stream().filter(a -> a.title() != null && a.title().startsWith(start)).findFirst().orElseThrow();
    }

    private static Entity entity(Article a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities().stream().map(Entity::name).toList()));
    }

    private static List<Span> mentionsWithin(Entity e, Span part) {
        return e.mentions().stream().filter(m -> part.start() <= m.start() && m.end() <= part.end()).toList();
    }
}
