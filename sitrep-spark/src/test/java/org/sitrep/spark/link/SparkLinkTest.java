package org.sitrep.spark.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.AnnotateRun;
import org.sitrep.cli.SitrepRun;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.spark.ArticleSchema;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.RawInput;

/**
 * The link job in local mode ({@code local[2]}) against the store's own linking: the seeds' articles as the
 * pipeline reads them and 300 generated articles (threads of the same people and bodies, events on nearby days,
 * moving figures, syndicated copies) are stored and linked with their document text as {@code sitrep ingest} stores
 * and links them, one at a time in the job's order; the job then reads the stored articles as Parquet, and its entities, linked events,
 * stories and claim series must be the same groups that {@code sitrep entities|events --linked|stories|claims
 * --series --format json} print.
 */
class SparkLinkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STAGES = Set.of("clean", "entities", "time", "geo", "quotes", "events", "claims");

    @TempDir
    static Path dir;

    @BeforeAll
    static void localMaster() {
        System.setProperty("spark.master", "local[2]");
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    }

    @AfterAll
    static void clear() {
        System.clearProperty("spark.master");
    }

    @Test
    void theLinkJobGivesTheStoresGroups() throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("store/sitrep").toAbsolutePath();
        Path seeds = Path.of(System.getProperty("sitrep.shared", "../../shared")).resolve("seeds");
        // the seeds' articles as sitrep ingest reads them (annotate runs the same pipeline), with their document text
        List<GeneratedArticles.Generated> all = new ArrayList<>();
        for (String seed : List.of("000_1a7b68277bc800f8.txt", "002_ef9fdfb182b26397.txt")) {
            Path file = seeds.resolve(seed);
            AnnotateRun.Result r = AnnotateRun.annotate(file.toString());
            assertEquals(0, r.exitCode(), r.stderr());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            r.articles().forEach(json -> all.add(new GeneratedArticles.Generated(ArticleJson.fromJson(json), text)));
        }
        assertTrue(all.size() >= 2, "both seeds give articles");
        all.addAll(GeneratedArticles.of(300, 40, 17));
        // stored and linked one by one as ingest does, in the order the job takes (publication date, undated last, id)
        all.sort(Comparator.comparing(g -> LinkJob.orderKey(g.article())));
        List<Article> stored = new ArrayList<>();
        try (JdbiArticleStore store = JdbiArticleStore.open(db)) {
            for (GeneratedArticles.Generated g : all) {
                Article a = g.article();
                String published = a.published() == null ? null : a.published().value();
                store.save(new RawInput(a.source().path() + "#" + a.id(), "text", a.source().url(), published,
                        a.source().retrievedAt() == null ? null : Instant.parse(a.source().retrievedAt()), g.text().getBytes(StandardCharsets.UTF_8)), STAGES, List.of(a));
                assertTrue(store.links().link(a.id(), g.text()), a.id());
                stored.add(a);
            }
        }

        System.err.println("SparkLinkTest: stored and linked " + stored.size() + " articles at " + Instant.now());
        SparkSession spark = SparkSession.builder().getOrCreate();
        Path parquet = dir.resolve("articles.parquet");
        List<Row> rows = stored.stream().map(a -> ArticleSchema.row(ArticleJson.toJson(a))).toList();
        spark.createDataFrame(rows, ArticleSchema.ARTICLE).repartition(3).write().parquet(parquet.toString());
        Path out = dir.resolve("links");
        LinkJob.Summary summary = new LinkJob(spark).run(parquet.toString(), out.toString(), false);
        assertEquals(stored.size(), summary.articles());
        System.err.println("SparkLinkTest: linked by the job at " + Instant.now());

        assertGroups("entities", entityGroups(cli(db, "entities")), entityGroups(jsonl(out.resolve("entities.jsonl"))));
        assertGroups("linked events", eventGroups(cli(db, "events", "--linked")), eventGroups(jsonl(out.resolve("events.jsonl"))));
        assertGroups("stories", storyGroups(cli(db, "stories")), storyGroups(jsonl(out.resolve("stories.jsonl"))));
        assertGroups("claim series", seriesGroups(cli(db, "claims", "--series")),
                seriesGroups(jsonl(out.resolve("claim_series.jsonl"))));
        assertEquals(summary.entities(), spark.read().parquet(out.resolve("entities").toString()).count());
        assertEquals(summary.events(), spark.read().parquet(out.resolve("events").toString()).count());
    }

    @Test
    void usageErrorsNameTheOption() {
        assertUsageError("give --output DIR and/or --load-postgres JDBC_URL", "--input", dir.toString());
        assertUsageError("--load-postgres must be a jdbc:postgresql: URL", "--input", dir.toString(), "--load-postgres",
                "jdbc:h2:mem:x");
        assertUsageError(dir.resolve("missing.parquet") + ": no such file or folder", "--input",
                dir.resolve("missing.parquet").toString(), "--output", dir.resolve("never").toString());
    }

    private static void assertUsageError(String message, String... args) {
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.PrintWriter w = new java.io.PrintWriter(err, true);
        int code = new picocli.CommandLine(new SparkLink(w)).setErr(w).execute(args);
        assertEquals(2, code, err.toString());
        assertEquals("sitrep-spark link: " + message, err.toString().strip());
    }

    private static void assertGroups(String what, Set<String> expected, Set<String> actual) {
        assertTrue(expected.size() > 3, what + ": the store has groups to compare: " + expected);
        assertEquals(expected, actual, what + " differ");
    }

    /** A linked entity as its name and the articles naming it. */
    private static Set<String> entityGroups(List<JsonNode> entities) {
        Set<String> out = new TreeSet<>();
        for (JsonNode e : entities) {
            Set<String> articles = new TreeSet<>();
            if (e.has("article_ids")) {
                e.get("article_ids").forEach(a -> articles.add(a.asText()));
            } else {
                e.get("members").forEach(m -> articles.add(m.get("article_id").asText()));
            }
            out.add(e.get("name").asText() + " " + articles);
        }
        return out;
    }

    /** A linked event as its reports (article and index), its days and its number of sources. */
    private static Set<String> eventGroups(List<JsonNode> events) {
        Set<String> out = new TreeSet<>();
        for (JsonNode e : events) {
            Set<String> reports = new TreeSet<>();
            for (JsonNode r : e.get("reports")) {
                reports.add(r.has("event") && r.get("event").has("article_id")
                        ? r.get("event").get("article_id").asText() + "#" + r.get("event").get("index").asText()
                        : r.get("article_id").asText() + "#" + r.get("event_index").asText());
            }
            out.add(e.get("type").asText() + " " + e.path("date_from").asText() + ".." + e.path("date_to").asText() + " "
                    + e.get("source_count").asText() + " " + reports);
        }
        return out;
    }

    /** A story as its articles and title. */
    private static Set<String> storyGroups(List<JsonNode> stories) {
        Set<String> out = new TreeSet<>();
        for (JsonNode s : stories) {
            Set<String> articles = new TreeSet<>();
            s.get("articles").forEach(a -> articles.add(a.has("id") ? a.get("id").asText() : a.get("article_id").asText()));
            out.add(s.path("title").asText() + " " + articles);
        }
        return out;
    }

    /** A claim series as its subject and its figures (article and index). */
    private static Set<String> seriesGroups(List<JsonNode> series) {
        Set<String> out = new TreeSet<>();
        for (JsonNode s : series) {
            Set<String> points = new TreeSet<>();
            for (JsonNode p : s.get("points")) {
                points.add(p.get("article_id").asText() + "#" + (p.has("index") ? p.get("index") : p.get("claim_index")).asText());
            }
            out.add(s.get("subject").asText() + " " + points);
        }
        return out;
    }

    private static List<JsonNode> cli(String db, String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--db", db, "--format", "json"));
        SitrepRun.Result r = SitrepRun.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), String.join(" ", command) + ": " + r.stderr());
        String text = r.stdout().strip();
        List<JsonNode> out = new ArrayList<>();
        if (text.startsWith("[")) {
            JSON.readTree(text).forEach(out::add);
        } else {
            for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static List<JsonNode> jsonl(Path folder) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        out.add(JSON.readTree(line));
                    }
                }
            }
        }
        return out;
    }
}
