package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Entity;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Quote;
import org.sitrep.model.Ref;
import org.sitrep.model.TextSpan;

/**
 * Every {@code quotes} item of the seeds fixture, matched as {@code check-seeds.py} matches it: a quote
 * whose text starts with the expected words, said by the expected speaker (its name, or a name of the
 * entity it links to). Quotes are looked for in every article of the seed file, so that the check is of
 * the quotes stage, whatever the article splitting does.
 */
class SeedQuotesTest {

    private static final Path SHARED = Path.of(System.getProperty("sitrep.shared", "../shared"));
    private static final Map<String, List<Article>> ANNOTATED = new HashMap<>();

    private static synchronized List<Article> annotated(String file, String retrievedAt) throws Exception {
        List<Article> cached = ANNOTATED.get(file);
        if (cached != null) {
            return cached;
        }
        Instant retrieved = retrievedAt == null ? null : Instant.parse(retrievedAt);
        InputOptions options = new InputOptions(file, "auto", null, null, retrieved);
        ArticlePipeline pipeline = new ArticlePipeline(Stages.parse("clean,entities,quotes"));
        List<Article> out = new ArrayList<>();
        for (InputDocument doc : new Readers().read(SHARED.resolve("seeds").resolve(file), options)) {
            out.addAll(pipeline.run(doc));
        }
        ANNOTATED.put(file, out);
        return out;
    }

    private static JsonNode fixture() throws Exception {
        Path fixture = SHARED.resolve("fixtures").resolve("seeds-expected.json");
        assumeTrue(Files.exists(fixture) && Files.isDirectory(SHARED.resolve("seeds")),
                "no seeds fixture under " + SHARED.toAbsolutePath() + ": skipping the seed quotes test");
        return ArticleJson.mapper().readTree(fixture.toFile());
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureQuoteIsFoundWithItsSpeaker() throws Exception {
        JsonNode fixture = fixture();
        List<DynamicTest> tests = new ArrayList<>();
        fixture.get("files").fields().forEachRemaining(file -> {
            String name = file.getKey();
            String retrievedAt = file.getValue().path("retrieved_at").isTextual() ? file.getValue().get("retrieved_at").asText() : null;
            for (JsonNode article : file.getValue().get("articles")) {
                for (JsonNode q : article.path("quotes")) {
                    String startsWith = q.get("starts_with").asText();
                    Set<String> want = new HashSet<>();
                    if (q.has("speaker")) {
                        want.add(norm(q.get("speaker").asText()));
                    } else {
                        q.get("speaker_any_of").forEach(s -> want.add(norm(s.asText())));
                    }
                    tests.add(DynamicTest.dynamicTest(name + ": " + startsWith + " / " + want,
                            () -> assertQuote(annotated(name, retrievedAt), startsWith, want)));
                }
            }
        });
        return tests.stream();
    }

    private static void assertQuote(List<Article> articles, String startsWith, Set<String> want) {
        List<String> seen = new ArrayList<>();
        for (Article a : articles) {
            for (Quote q : a.quotes()) {
                if (stripQuotes(q.text()).startsWith(stripQuotes(startsWith))) {
                    Set<String> names = refNames(a, q.speaker());
                    seen.add(String.valueOf(names));
                    if (names.stream().anyMatch(want::contains)) {
                        return;
                    }
                }
            }
        }
        assertThat(seen).as("speakers of quotes starting '%s' (want one of %s)", startsWith, want).isEmpty();
        throw new AssertionError("no quote starting '" + startsWith + "'");
    }

    @Test
    void everyQuoteOffsetPointsAtItsText() throws Exception {
        JsonNode fixture = fixture();
        int checked = 0;
        for (var it = fixture.get("files").fields(); it.hasNext(); ) {
            var file = it.next();
            String retrievedAt = file.getValue().path("retrieved_at").isTextual() ? file.getValue().get("retrieved_at").asText() : null;
            String input = Files.readString(SHARED.resolve("seeds").resolve(file.getKey()));
            for (Article a : annotated(file.getKey(), retrievedAt)) {
                for (Quote q : a.quotes()) {
                    assertThat(input.substring(q.start(), q.end())).isEqualTo(q.text());
                    assertThat(q.text()).isNotBlank();
                    if (q.direct()) {
                        assertThat(q.text()).doesNotStartWith("\u201C").doesNotEndWith("\u201D");
                    }
                    for (TextSpan s : new TextSpan[] {q.cueSpan(), q.speakerSpan()}) {
                        if (s != null) {
                            assertThat(input.substring(s.start(), s.end())).isEqualTo(s.text());
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    private static Set<String> refNames(Article article, Ref ref) {
        Set<String> out = new HashSet<>();
        if (ref == null) {
            return out;
        }
        out.add(norm(ref.name()));
        for (Entity e : article.entities()) {
            if (ref.entity() != null && ref.entity().equals(e.id())) {
                out.add(norm(e.name()));
                e.aliases().forEach(x -> out.add(norm(x)));
                e.mentions().forEach(m -> out.add(norm(m.text())));
            }
        }
        return out;
    }

    /** As check-seeds.py: NFC, curly apostrophes straightened, spaces around hyphens and runs of space collapsed, lower case. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2019', '\'').replace('\u2018', '\'');
        n = n.replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip();
        return n.toLowerCase(Locale.ROOT);
    }

    private static String stripQuotes(String s) {
        return norm(s).replaceAll("^[\"'\u201C\u201D ]+|[\"'\u201C\u201D ]+$", "");
    }
}
