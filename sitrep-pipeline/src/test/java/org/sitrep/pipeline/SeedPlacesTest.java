package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.geo.Geo;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Place;

/**
 * Every {@code places} item of {@code ../shared/fixtures/seeds-expected.json}: the named place is an
 * entity of the article with a resolved place of the expected country, kind and coordinates (25 km).
 *
 * <p>{@link #everyExpectedPlaceIsInItsArticle()} is the fixture's own check: it needs the cleaner to split
 * the seed files into their articles (titles) and is skipped, saying so, until it does.
 * {@link #everyExpectedPlaceIsFoundInItsFile()} checks the same items against all of a file's articles,
 * which is what the geo stage alone can be held to on a branch without article segmentation.
 */
class SeedPlacesTest {

    private static JsonNode expected;
    private static Path seeds;
    private static final Map<String, List<Article>> OUTPUT = new HashMap<>();

    @BeforeAll
    static void annotateSeeds() throws Exception {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        seeds = shared.resolve("seeds");
        Path fixture = shared.resolve("fixtures/seeds-expected.json");
        Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(fixture),
                "skipped: " + seeds + " or " + fixture + " is absent (set -Dsitrep.shared)");
        expected = new ObjectMapper().readTree(fixture.toFile());
        ArticlePipeline pipeline = new ArticlePipeline(Stages.parse("geo"));
        var files = expected.get("files").fields();
        while (files.hasNext()) {
            var file = files.next();
            JsonNode retrieved = file.getValue().get("retrieved_at");
            Instant at = retrieved == null || retrieved.isNull() ? null : Instant.parse(retrieved.asText());
            Path path = seeds.resolve(file.getKey());
            List<Article> articles = new ArrayList<>();
            for (InputDocument doc : new Readers().read(path, new InputOptions(path.toString(), "auto", null, null, at))) {
                articles.addAll(pipeline.run(doc));
            }
            OUTPUT.put(file.getKey(), articles);
        }
    }

    @Test
    void everyExpectedPlaceIsFoundInItsFile() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        var files = expected.get("files").fields();
        while (files.hasNext()) {
            var file = files.next();
            List<Entity> all = OUTPUT.get(file.getKey()).stream().flatMap(a -> a.entities().stream()).toList();
            for (JsonNode art : file.getValue().get("articles")) {
                for (JsonNode place : art.path("places")) {
                    checked++;
                    check(place, all).ifPresent(why -> failures.add(file.getKey() + ": " + why));
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(14);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyExpectedPlaceIsInItsArticle() {
        List<String> failures = new ArrayList<>();
        var files = expected.get("files").fields();
        while (files.hasNext()) {
            var file = files.next();
            for (JsonNode art : file.getValue().get("articles")) {
                String title = norm(art.get("title").asText());
                Optional<Article> article = OUTPUT.get(file.getKey()).stream()
                        .filter(a -> a.title() != null && norm(a.title()).equals(title)).findFirst();
                Assumptions.assumeTrue(article.isPresent(),
                        "skipped: the cleaner does not yet split " + file.getKey() + " into its articles (no article titled '"
                                + art.get("title").asText() + "'); everyExpectedPlaceIsFoundInItsFile checks the places meanwhile");
                for (JsonNode place : art.path("places")) {
                    check(place, article.get().entities()).ifPresent(why -> failures.add(file.getKey() + ": " + why));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Why the expected place is not among the entities, or empty when it is. */
    private static Optional<String> check(JsonNode expectedPlace, List<Entity> entities) {
        String name = expectedPlace.get("name").asText();
        Optional<Entity> entity = entities.stream()
                .filter(e -> e.place() != null)
                .filter(e -> norm(e.name()).equals(norm(name)) || e.aliases().stream().anyMatch(a -> norm(a).equals(norm(name))))
                .findFirst();
        if (entity.isEmpty()) {
            return Optional.of("place " + name + ": not found or not resolved");
        }
        Place p = entity.get().place();
        if (!expectedPlace.get("country").asText().equals(p.country())) {
            return Optional.of("place " + name + ": country " + p.country());
        }
        List<String> kinds = new ArrayList<>();
        expectedPlace.path("any_of_kind").forEach(k -> kinds.add(k.asText()));
        if (expectedPlace.has("kind")) {
            kinds.add(expectedPlace.get("kind").asText());
        }
        if (!kinds.isEmpty() && !kinds.contains(p.kind())) {
            return Optional.of("place " + name + ": kind " + p.kind());
        }
        if (expectedPlace.has("lat")) {
            double km = Geo.km(expectedPlace.get("lat").asDouble(), expectedPlace.get("lon").asDouble(), p.lat(), p.lon());
            if (km > 25) {
                return Optional.of("place " + name + ": " + Math.round(km) + " km off");
            }
        }
        return Optional.empty();
    }

    private static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'');
        return n.replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
