package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.sitrep.model.TextSpan;

/**
 * The people and organisations of {@code ../shared/fixtures/seeds-expected.json}, matched as
 * {@code check-seeds.py} matches them, and every entity mention's offsets, on the seed files
 * read through the pipeline's clean and entities stages.
 */
class SeedEntitiesTest {

    private static final Map<String, String> COUNTRY = Map.of("north korea", "KP", "south korea", "KR", "russia", "RU",
            "pakistan", "PK", "afghanistan", "AF", "australia", "AU", "united states", "US", "ukraine", "UA");

    private static JsonNode fixture;
    private static final Map<String, List<Article>> ARTICLES = new LinkedHashMap<>();
    private static final Map<String, String> INPUTS = new LinkedHashMap<>();

    @BeforeAll
    static void readSeeds() throws Exception {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared"));
        Path seeds = shared.resolve("seeds");
        Path expected = shared.resolve("fixtures/seeds-expected.json");
        Assumptions.assumeTrue(Files.isDirectory(seeds) && Files.isRegularFile(expected),
                "the seeds and their fixture are not at " + shared + " (set -Dsitrep.shared)");
        fixture = new ObjectMapper().readTree(expected.toFile());
        ArticlePipeline pipeline = new ArticlePipeline(Set.of("clean", "entities"));
        Readers readers = new Readers();
        var files = fixture.get("files").fields();
        while (files.hasNext()) {
            var file = files.next();
            JsonNode retrieved = file.getValue().get("retrieved_at");
            Instant at = retrieved == null || retrieved.isNull() ? null : Instant.parse(retrieved.asText());
            Path path = seeds.resolve(file.getKey());
            List<Article> articles = new ArrayList<>();
            for (InputDocument doc : readers.read(path, new InputOptions(path.toString(), "auto", null, null, at))) {
                INPUTS.put(file.getKey(), doc.text());
                articles.addAll(pipeline.run(doc));
            }
            ARTICLES.put(file.getKey(), articles);
        }
    }

    @Test
    void everyExpectedPersonWithTitleAffiliationAndAliases() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (var file : iterable(fixture.get("files").fields())) {
            for (JsonNode exp : file.getValue().get("articles")) {
                Article art = article(file.getKey(), exp);
                for (JsonNode p : exp.get("people")) {
                    checked++;
                    String name = p.get("name").asText();
                    Entity e = find(art, name, true);
                    if (e == null) {
                        failures.add(name + ": not found");
                        continue;
                    }
                    if (p.has("title") && !norm(p.get("title").asText()).equals(norm(e.title()))) {
                        failures.add(name + ": title " + e.title());
                    }
                    JsonNode aff = p.has("affiliation") ? p.get("affiliation") : p.get("affiliation_any_of");
                    if (aff != null && !affiliationOk(e, aff)) {
                        failures.add(name + ": affiliation " + e.affiliation() + " country " + e.country());
                    }
                    if (p.has("aliases_seen")) {
                        for (JsonNode a : p.get("aliases_seen")) {
                            if (!names(e).contains(norm(a.asText()))) {
                                failures.add(name + ": alias " + a.asText() + " not linked");
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(18);
        assertThat(failures).isEmpty();
    }

    @Test
    void everyExpectedOrganization() {
        List<String> missing = new ArrayList<>();
        for (var file : iterable(fixture.get("files").fields())) {
            for (JsonNode exp : file.getValue().get("articles")) {
                Article art = article(file.getKey(), exp);
                for (JsonNode o : exp.get("organizations")) {
                    if (find(art, o.asText(), false) == null) {
                        missing.add(o.asText() + " in " + art.title());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void organisationsComeOutAsOrganisations() {
        Article art = ARTICLES.get("002_ef9fdfb182b26397.txt").get(0);
        for (String name : List.of("Korean Central News Agency", "National Intelligence Service")) {
            assertThat(find(art, name, false).type()).as(name).isEqualTo("ORGANIZATION");
        }
    }

    @Test
    void everyMentionPointsAtItsTextInTheInput() {
        int mentions = 0;
        for (var entry : ARTICLES.entrySet()) {
            String input = INPUTS.get(entry.getKey());
            for (Article a : entry.getValue()) {
                for (Entity e : a.entities()) {
                    assertThat(e.mentions()).as(e.name()).isNotEmpty();
                    for (TextSpan m : e.mentions()) {
                        mentions++;
                        assertThat(input.substring(m.start(), m.end())).as("mention of %s", e.name()).isEqualTo(m.text());
                        assertThat(m.start()).isGreaterThanOrEqualTo(a.bodySpan().start());
                        assertThat(m.end()).isLessThanOrEqualTo(a.bodySpan().end());
                    }
                }
            }
        }
        assertThat(mentions).isGreaterThan(100);
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

    private static Article article(String file, JsonNode exp) {
        String title = norm(exp.get("title").asText());
        return ARTICLES.get(file).stream().filter(a -> norm(a.title()).equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no article titled " + exp.get("title").asText() + " in " + file));
    }

    private static Entity find(Article art, String name, boolean person) {
        String n = norm(name);
        for (Entity e : art.entities()) {
            if (person != e.type().equals("PERSON")) {
                continue;
            }
            if (names(e).contains(n)) {
                return e;
            }
        }
        return null;
    }

    private static Set<String> names(Entity e) {
        Set<String> out = new HashSet<>();
        out.add(norm(e.name()));
        e.aliases().forEach(a -> out.add(norm(a)));
        e.mentions().forEach(m -> out.add(norm(m.text())));
        return out;
    }

    private static boolean affiliationOk(Entity e, JsonNode want) {
        List<String> wants = new ArrayList<>();
        if (want.isArray()) {
            want.forEach(w -> wants.add(w.asText()));
        } else {
            wants.add(want.asText());
        }
        String have = norm(e.affiliation() == null ? "" : e.affiliation());
        for (String w : wants) {
            if (norm(w).equals(have) || !have.isEmpty() && have.contains(norm(w))) {
                return true;
            }
            String code = COUNTRY.get(norm(w));
            if (code != null && code.equals(e.country())) {
                return true;
            }
        }
        return false;
    }

    /** As check-seeds.py normalises: NFC, curly apostrophes straight, hyphens unspaced, whitespace single, lower case. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'');
        t = t.replaceAll("\\s*-\\s*", "-");
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }
}
