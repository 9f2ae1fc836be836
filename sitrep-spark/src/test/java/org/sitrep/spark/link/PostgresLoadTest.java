package org.sitrep.spark.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.SitrepRun;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.spark.ArticleSchema;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.PostgresBulkLoad;
import org.sitrep.store.PostgresTestDatabase;
import org.sitrep.store.RawInput;
import picocli.CommandLine;

/**
 * {@code sitrep-spark link --load-postgres} against the PostgreSQL test server (skipped without
 * {@code SITREP_TEST_PG_URL}, as the store's own PostgreSQL tests are): the articles of a Parquet are COPYed into a
 * fresh schema, and {@code sitrep articles}, {@code articles show}, {@code events} and {@code claims} read back what
 * the store's ordinary writes give for the same articles (an H2 store they are saved into one by one), article for
 * article; {@code sitrep search --rebuild} then indexes them all.
 */
class PostgresLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    void sitrepReadsBackTheLoadedArticles() throws Exception {
        PostgresTestDatabase pg = PostgresTestDatabase.create();
        try {
            List<Article> articles = GeneratedArticles.of(150, 20, 5).stream().map(GeneratedArticles.Generated::article).toList();
            Path parquet = dir.resolve("articles.parquet");
            SparkSession spark = SparkSession.builder().getOrCreate();
            List<Row> rows = articles.stream().map(a -> ArticleSchema.row(ArticleJson.toJson(a))).toList();
            spark.createDataFrame(rows, ArticleSchema.ARTICLE).repartition(3).write().parquet(parquet.toString());

            StringWriter err = new StringWriter();
            PrintWriter w = new PrintWriter(err, true);
            int code = new CommandLine(new SparkLink(w)).setErr(w).execute("--input", parquet.toString(),
                    "--load-postgres", pg.url());
            assertEquals(0, code, err.toString());
            assertTrue(err.toString().contains("loaded 150 articles"), err.toString());

            // the same articles written by the store's own save, one input each, for reference
            String h2 = "jdbc:h2:file:" + dir.resolve("reference/sitrep").toAbsolutePath();
            try (JdbiArticleStore store = JdbiArticleStore.open(h2)) {
                for (Article a : articles) {
                    store.save(new RawInput(a.source().path(), "article", a.source().url(), null, null,
                            ArticleJson.toJson(a).getBytes(StandardCharsets.UTF_8)), PostgresBulkLoad.ALL_STAGES, List.of(a));
                }
            }
            Set<String> ids = new TreeSet<>();
            articles.forEach(a -> ids.add(a.id()));
            Set<String> listed = new TreeSet<>();
            for (JsonNode a : jsonLines(sitrep("articles", "--db", pg.url(), "--format", "json", "--limit", "0"))) {
                listed.add(a.get("id").asText());
            }
            assertEquals(ids, listed, "sitrep articles lists every loaded article");
            for (String command : List.of("articles", "events", "claims")) {
                assertEquals(lines(sitrep(command, "--db", h2, "--format", "json", "--limit", "0")),
                        lines(sitrep(command, "--db", pg.url(), "--format", "json", "--limit", "0")),
                        command + " reads back the same rows");
            }
            for (Article a : articles.subList(0, 10)) {
                assertEquals(sitrep("articles", "show", a.id(), "--db", h2, "--format", "json"),
                        sitrep("articles", "show", a.id(), "--db", pg.url(), "--format", "json"), a.id());
            }

            Path index = dir.resolve("index");
            sitrep("search", "--rebuild", "--db", pg.url(), "--index", index.toString());
            List<JsonNode> hits = jsonLines(sitrep("search", "clash happened", "--db", pg.url(), "--index", index.toString(),
                    "--format", "json", "--limit", "500"));
            assertEquals(150, hits.size(), "every loaded article is found by words of its body");

            // a second load into the same store refuses the articles it already holds, and says so
            StringWriter again = new StringWriter();
            PrintWriter w2 = new PrintWriter(again, true);
            int second = new CommandLine(new SparkLink(w2)).setErr(w2).execute("--input", parquet.toString(),
                    "--load-postgres", pg.url());
            assertEquals(1, second, again.toString());
            assertTrue(again.toString().startsWith("sitrep-spark link: cannot bulk-load"), again.toString());
            assertEquals(1, again.toString().strip().lines().count(), "one line, no stack trace: " + again);
        } finally {
            pg.drop();
        }
    }

    private static String sitrep(String... args) {
        SitrepRun.Result r = SitrepRun.run(args);
        assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.stderr());
        return r.stdout();
    }

    private static Set<String> lines(String out) {
        return new TreeSet<>(out.lines().filter(l -> !l.isBlank()).toList());
    }

    private static List<JsonNode> jsonLines(String out) throws java.io.IOException {
        List<JsonNode> nodes = new ArrayList<>();
        String text = out.strip();
        if (text.startsWith("[")) {
            JSON.readTree(text).forEach(nodes::add);
            return nodes;
        }
        for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
