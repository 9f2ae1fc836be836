package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ArticleJson;

/**
 * The seeds' {@code across_files} expectations (../shared/fixtures/seeds-expected.json), checked as
 * {@code check-seeds.py --sections across} checks them: both seed files ingested into a fresh H2 store, each with
 * the fixture's retrieval time, then {@code sitrep stories|entities|claims --format json}. Pipeline and linking run
 * once for the class.
 */
class SeedsAcrossArticlesTest {

    @TempDir
    static Path folder;

    private static JsonNode across;
    private static String db;
    private static JsonNode stories;
    private static JsonNode entities;
    private static String claims;
    private static JsonNode series;

    static CliRun sitrep(String... args) {
        return CliRun.of(args);
    }

    @BeforeAll
    static void ingestTheSeeds() throws Exception {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        Path fixture = shared.resolve("fixtures/seeds-expected.json");
        Assumptions.assumeTrue(Files.isRegularFile(fixture), "seed fixture not found at " + fixture + "; skipped");
        JsonNode expected = ArticleJson.mapper().readTree(fixture.toFile());
        across = expected.get("across_files");
        db = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath() + "/sitrep";
        for (Iterator<Map.Entry<String, JsonNode>> files = expected.get("files").fields(); files.hasNext(); ) {
            Map.Entry<String, JsonNode> file = files.next();
            List<String> args = new ArrayList<>(List.of("ingest", "--db", db));
            JsonNode retrieved = file.getValue().get("retrieved_at");
            if (retrieved != null && !retrieved.isNull()) {
                args.addAll(List.of("--retrieved-at", retrieved.asText()));
            }
            args.add(shared.resolve("seeds").resolve(file.getKey()).toString());
            CliRun run = sitrep(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("linked across articles");
        }
        stories = json(sitrep("stories", "--db", db, "--format", "json"));
        entities = json(sitrep("entities", "--db", db, "--format", "json"));
        CliRun claimRun = sitrep("claims", "--db", db, "--format", "json");
        assertThat(claimRun.exitCode()).as(claimRun.err()).isZero();
        claims = claimRun.out();
        series = json(sitrep("claims", "--series", "--db", db, "--format", "json"));
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode node = ArticleJson.mapper().readTree(run.out());
        assertThat(node.isArray()).as("one JSON array").isTrue();
        return node;
    }

    /** As check-seeds.py's norm: NFC, plain apostrophes, no spaces around hyphens, one space, lower case. */
    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'');
        n = n.replaceAll("\\s*-\\s*", "-");
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> titles(JsonNode story) {
        Set<String> titles = new HashSet<>();
        story.get("articles").forEach(a -> titles.add(norm(a.get("title").asText())));
        return titles;
    }

    @Test
    void eachExpectedStoryGroupsItsArticlesAndTheStoriesStayApart() {
        List<Long> storyIds = new ArrayList<>();
        for (JsonNode expected : across.get("stories")) {
            JsonNode articles = expected.has("articles") ? expected.get("articles") : expected.get("articles_any_two_of");
            Set<String> want = new HashSet<>();
            articles.forEach(t -> want.add(norm(t.asText())));
            JsonNode found = null;
            for (JsonNode story : stories) {
                Set<String> shared = titles(story);
                shared.retainAll(want);
                if (shared.size() >= 2) {
                    found = story;
                }
            }
            assertThat(found).as("story " + expected.get("about").asText()).isNotNull();
            assertThat(found.get("title").asText()).isNotBlank();
            assertThat(found.get("main_actors")).isNotEmpty();
            storyIds.add(found.get("id").asLong());
        }
        // North Korea's support for Russia and the Taliban's Afghanistan are two threads, not one
        assertThat(storyIds).doesNotHaveDuplicates();
    }

    @Test
    void eachSameEntityGroupIsOneEntity() {
        for (JsonNode group : across.get("same_entity")) {
            Set<String> want = new HashSet<>();
            group.forEach(n -> want.add(norm(n.asText())));
            boolean found = false;
            for (JsonNode e : entities) {
                Set<String> names = new HashSet<>();
                names.add(norm(e.get("name").asText()));
                e.get("aliases").forEach(a -> names.add(norm(a.asText())));
                e.get("mentions").forEach(m -> names.add(norm(m.get("text").asText())));
                found |= names.containsAll(want);
            }
            assertThat(found).as("same entity " + want).isTrue();
        }
    }

    @Test
    void theClaimSeriesShowsHowTheFigureMovedAndWhoMovedIt() {
        for (JsonNode expected : across.get("claim_series")) {
            List<Long> values = new ArrayList<>();
            expected.get("values").forEach(v -> values.add(v.get("value").asLong()));
            for (long v : values) {
                assertThat(Pattern.compile("\\b" + v + "\\b|\\b" + String.format(Locale.ROOT, "%,d", v) + "\\b").matcher(claims).find())
                        .as("claim " + v).isTrue();
            }
            boolean inOneSeries = false;
            for (JsonNode s : series) {
                List<Long> points = new ArrayList<>();
                s.get("points").forEach(p -> points.add(p.get("claim").get("value").asLong()));
                inOneSeries |= points.equals(values);
            }
            assertThat(inOneSeries).as("one series, in time order: " + values).isTrue();
        }
    }
}
