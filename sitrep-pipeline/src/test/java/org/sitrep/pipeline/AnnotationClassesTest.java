package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.InputDocument;
import org.sitrep.model.TimeExpression;

/** Issue 16, section 6: classes of annotation errors a new user met, each checked on text that shows it. */
class AnnotationClassesTest {

    private static List<Article> read(String text, String published, String stages) {
        ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve(stages));
        return pipeline.run(new InputDocument("in.txt", null, "text", "text", text, null, published, null));
    }

    @Test
    void aNameBeforeADescribedAdminWordIsTheRegion() throws Exception {
        // the seed says "heading for the Kursk border region": the oblast, as "Russia's Kursk region" is
        Path seed = SeedsFixture.sharedFolder().resolve("seeds/000_1a7b68277bc800f8.txt");
        Assumptions.assumeTrue(Files.exists(seed), seed + " is absent");
        List<Article> articles = new ArrayList<>();
        ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve("geo"));
        for (InputDocument doc : new Readers().read(seed, new InputOptions(seed.toString(), "auto", null, null, null))) {
            articles.addAll(pipeline.run(doc));
        }
        Entity kursk = articles.stream().flatMap(a -> a.entities().stream()).filter(e -> e.name().equals("Kursk"))
                .findFirst().orElseThrow();
        assertThat(kursk.place()).isNotNull();
        assertThat(kursk.place().kind()).isEqualTo("region");
        assertThat(kursk.place().name()).isEqualTo("Kursk Oblast");
        // a town before a describing word and no admin word stays a town
        List<Article> town = read("MOSCOW (AP) — Shelling hit the Kursk border crossing and the city of Vladivostok on Monday, "
                + "officials said.\n", "2025-12-05", "geo");
        assertThat(town.get(0).entities()).noneSatisfy(e -> assertThat(e.place() != null && e.name().equals("Kursk")
                && e.place().kind().equals("region")).isTrue());
    }

    @Test
    void aClockTimeTakesTheDayItsSentenceNamed() {
        String text = "KABUL, Afghanistan (AP) — Gunmen attacked a checkpoint late on Thursday, police said. The attack began "
                + "shortly after 11 p.m. and lasted an hour, officials said.\n";
        List<TimeExpression> times = read(text, "2025-12-05T08:30:00Z", "time").get(0).times();
        assertThat(times).anySatisfy(t -> {
            assertThat(t.span().text()).isEqualTo("11 p.m.");
            assertThat(t.value()).isEqualTo("2025-12-04T23:00"); // Thursday, not Friday after publication
        });
        // with no day in sight, the clock time stays on the day of publication
        List<TimeExpression> bare = read("KABUL (AP) — The attack began at 7 a.m., officials said.\n", "2025-12-05", "time")
                .get(0).times();
        assertThat(bare).anySatisfy(t -> assertThat(t.value()).isEqualTo("2025-12-05T07:00"));
    }

    @Test
    void portfolioWordsStayInTheTitleWithTheAffiliation() {
        String text = "BRUSSELS (AP) — The European Union's foreign policy chief Kaja Kallas said the bloc would help. "
                + "\"Food is running out,\" said Jane Smith, WFP country director.\n";
        List<Entity> people = read(text, "2025-12-05", "quotes").get(0).entities().stream()
                .filter(e -> e.type().equals("PERSON")).toList();
        assertThat(people).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Kaja Kallas");
            assertThat(e.title()).isEqualTo("foreign policy chief");
            assertThat(e.affiliation()).isEqualTo("European Union");
        });
        assertThat(people).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Jane Smith");
            assertThat(e.title()).isEqualTo("country director");
            assertThat(e.affiliation()).isEqualTo("WFP");
        });
    }
}
