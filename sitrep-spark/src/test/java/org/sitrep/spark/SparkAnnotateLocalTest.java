package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.AnnotateRun;
import picocli.CommandLine;

/**
 * The job in local mode ({@code local[2]}, in this JVM) on real news: LGL articles in a gzipped WARC with a broken
 * record at its end, and in JSON Lines with bad lines. Its articles, in both outputs, must be {@code sitrep annotate}'s
 * on the same files, article for article; the bad records are counted and named with their offsets, and the rest
 * written.
 */
class SparkAnnotateLocalTest {

    /** Bytes that start a gzip member and then break off: a truncated record, as a crawl cut short leaves one. */
    static final byte[] BROKEN_TAIL = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x0b, 0x77};

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

    private record Run(int exitCode, String stderr) {
    }

    private static Run job(String... args) {
        StringWriter err = new StringWriter();
        PrintWriter w = new PrintWriter(err, true);
        int code = new CommandLine(new SparkAnnotate(w)).setErr(w).execute(args);
        return new Run(code, err.toString());
    }

    @Test
    void warcAndJsonLinesGiveAnnotatesArticlesAndCountTheBadRecords() throws Exception {
        List<LglWarc.LglArticle> articles = LglWarc.articles(40);
        Path warc = dir.resolve("lgl.warc.gz");
        long lastOffset = LglWarc.write(warc, articles.subList(0, 30), BROKEN_TAIL);
        Path jsonl = dir.resolve("lgl.jsonl");
        StringBuilder lines = new StringBuilder();
        for (LglWarc.LglArticle a : articles.subList(30, 40)) {
            lines.append(org.sitrep.model.ArticleJson.toJson(java.util.Map.of("text", a.text(), "url", a.url(),
                    "title", a.title(), "retrieved_at", a.downloaded().toString()))).append('\n');
        }
        lines.append("{not json\n").append("{\"url\": \"http://example.com/empty\"}\n");
        Files.writeString(jsonl, lines, StandardCharsets.UTF_8);

        Path outJsonl = dir.resolve("out-jsonl");
        Path outParquet = dir.resolve("out-parquet");
        Run run = job("--jsonl", outJsonl.toString(), "--parquet", outParquet.toString(), warc.toString(), jsonl.toString());

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).containsPattern(LglWarc.brokenTailPattern(warc, 30, lastOffset));
        assertThat(run.stderr())
                .contains("sitrep-spark: " + jsonl + " line 11: bad JSON Lines record: not valid JSON")
                .contains("sitrep-spark: " + jsonl + " line 12: bad JSON Lines record: no \"text\" or \"html\" field with text in it")
                .contains("documents 40 (WARC records 30, 0 without an HTML page)")
                .contains("failed 3: bad JSON Lines record 2; malformed WARC 1")
                .doesNotContain("Exception");

        AnnotateRun.Result warcAnnotate = AnnotateRun.annotate(warc.toString());
        AnnotateRun.Result jsonlAnnotate = AnnotateRun.annotate(jsonl.toString());
        assertThat(warcAnnotate.exitCode()).isEqualTo(1); // annotate, too, names the broken record and keeps the rest
        List<String> expected = new java.util.ArrayList<>(warcAnnotate.articles());
        expected.addAll(jsonlAnnotate.articles());
        assertThat(expected).hasSize(40);
        assertThat(run.stderr()).contains("articles 40,");

        assertThat(JobOutput.jsonl(outJsonl)).containsExactlyElementsOf(JobOutput.sorted(expected));
        SparkSession spark = SparkSession.builder().getOrCreate();
        try {
            // Spark reads every Parquet column back as nullable: the names, types and nesting must be the schema's
            assertThat(typesOf(spark.read().parquet(outParquet.toString()).schema())).isEqualTo(typesOf(ArticleSchema.ARTICLE));
            assertThat(JobOutput.parquet(spark, outParquet)).containsExactlyElementsOf(JobOutput.sorted(expected));
        } finally {
            spark.stop();
        }
    }

    private static String typesOf(org.apache.spark.sql.types.StructType schema) {
        return schema.treeString().replaceAll(" \\((nullable|containsNull) = (true|false)\\)", "");
    }

    @Test
    void usageErrorsExitTwoWithOneLine() throws Exception {
        Path input = dir.resolve("one.jsonl");
        Files.writeString(input, "{\"text\": \"Flooding closed roads in Alexandria on Monday.\"}\n");
        Run noOutput = job(input.toString());
        assertThat(noOutput.exitCode()).isEqualTo(2);
        assertThat(noOutput.stderr().strip()).isEqualTo("sitrep-spark: give --parquet DIR and/or --jsonl DIR for the articles");

        Run badStage = job("--jsonl", dir.resolve("x").toString(), "--stages", "entities,telepathy", input.toString());
        assertThat(badStage.exitCode()).isEqualTo(2);
        assertThat(badStage.stderr()).contains("telepathy").hasLineCount(1);

        Path existing = Files.createDirectories(dir.resolve("existing"));
        Run exists = job("--jsonl", existing.toString(), input.toString());
        assertThat(exists.exitCode()).isEqualTo(2);
        assertThat(exists.stderr()).contains(existing + ": already exists (give --overwrite to replace it)");
    }

    @Test
    void theSchemaPageShowsTheSchemaTheJobWrites() throws Exception {
        Path page = Path.of(System.getProperty("user.dir")).getParent().resolve("docs").resolve("spark.md");
        assertThat(Files.readString(page)).as("docs/spark.md must show ArticleSchema.ARTICLE.treeString()")
                .contains(ArticleSchema.ARTICLE.treeString().strip());
    }
}
