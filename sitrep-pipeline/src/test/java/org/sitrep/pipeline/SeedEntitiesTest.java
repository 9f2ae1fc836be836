package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * What the entities stage alone (clean + entities, no geo) promises on the seed files, beyond the
 * fixture items {@link SeedsFixtureTest} checks: types, numbering, and mentions inside their article's body.
 */
class SeedEntitiesTest {

    private static final Map<String, List<Article>> ARTICLES = new LinkedHashMap<>();
    private static final Map<String, String> INPUTS = new LinkedHashMap<>();

    @BeforeAll
    static void readSeeds() throws Exception {
        Path seeds = SeedsFixture.sharedFolder().resolve("seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "the seeds are not at " + seeds + " (set -Dsitrep.shared)");
        ArticlePipeline pipeline = new ArticlePipeline(Set.of("clean", "entities"));
        Readers readers = new Readers();
        for (String name : List.of("000_1a7b68277bc800f8.txt", "002_ef9fdfb182b26397.txt")) {
            Path path = seeds.resolve(name);
            Instant at = name.startsWith("000") ? Instant.parse("2025-12-06T10:00:00Z") : null;
            List<Article> articles = new ArrayList<>();
            for (InputDocument doc : readers.read(path, new InputOptions(path.toString(), "auto", null, null, at))) {
                INPUTS.put(name, doc.text());
                articles.addAll(pipeline.run(doc));
            }
            ARTICLES.put(name, articles);
        }
    }

    @Test
    void organisationsComeOutAsOrganisations() {
        Article art = ARTICLES.get("002_ef9fdfb182b26397.txt").get(0);
        for (String name : List.of("Korean Central News Agency", "National Intelligence Service")) {
            assertThat(art.entities()).as(name)
                    .anySatisfy(e -> {
                        assertThat(SeedsFixture.names(e)).contains(SeedsFixture.norm(name));
                        assertThat(e.type()).isEqualTo("ORGANIZATION");
                    });
        }
    }

    @Test
    void everyMentionLiesInItsArticlesBodyOrAnotherOfItsParts() {
        int mentions = 0;
        for (var entry : ARTICLES.entrySet()) {
            String input = INPUTS.get(entry.getKey());
            for (Article a : entry.getValue()) {
                for (Entity e : a.entities()) {
                    assertThat(e.mentions()).as(e.name()).isNotEmpty();
                    for (Span m : e.mentions()) {
                        mentions++;
                        assertThat(input.substring(m.start(), m.end())).as("mention of %s", e.name()).isEqualTo(m.text());
                        assertThat(parts(a)).as("the part holding the mention of %s at %d", e.name(), m.start())
                                .anySatisfy(p -> assertThat(p.contains(m)).isTrue());
                    }
                }
            }
        }
        assertThat(mentions).isGreaterThan(100);
    }

    /** The parts of an article the stages read: body, title, dateline, summary lines and captions. */
    private static List<Span> parts(Article a) {
        List<Span> parts = new java.util.ArrayList<>(List.of(a.bodySpan()));
        java.util.stream.Stream.of(a.titleSpan(), a.datelineSpan()).filter(java.util.Objects::nonNull).forEach(parts::add);
        parts.addAll(a.summarySpans());
        parts.addAll(a.captionSpans());
        return parts;
    }

    @Test
    void entityIdsAreNumberedInOrderAndPlacesLeftToGeo() {
        for (List<Article> articles : ARTICLES.values()) {
            for (Article a : articles) {
                for (int i = 0; i < a.entities().size(); i++) {
                    Entity e = a.entities().get(i);
                    assertThat(e.id()).isEqualTo("e" + (i + 1));
                    assertThat(e.place()).isNull();
                    assertThat(e.aliases()).doesNotContain(e.name());
                }
            }
        }
    }
}
