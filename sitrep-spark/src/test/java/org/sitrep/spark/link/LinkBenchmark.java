package org.sitrep.spark.link;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.spark.ArticleSchema;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.PostgresBulkLoad;
import org.sitrep.store.PostgresTestDatabase;
import org.sitrep.store.RawInput;

/**
 * Not a test: the figures of docs/spark.md, run on demand ({@code -Dsitrep.spark.bench=true}, with
 * {@code -Dsitrep.spark.bench.articles=N}, default 1000): the link job's articles per second in {@code local[1]} and
 * {@code local[2]} on the same generated articles, and rows per second written to PostgreSQL by the bulk load (COPY)
 * and by the store's ordinary {@code save} (what {@code sitrep ingest} writes, before linking), on the same articles
 * ({@code -Dsitrep.spark.bench.link=false} measures the load only).
 */
class LinkBenchmark {

    @TempDir
    Path dir;

    @Test
    void linkJobAndBulkLoad() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("sitrep.spark.bench"), "a benchmark: -Dsitrep.spark.bench=true runs it");
        int n = Integer.getInteger("sitrep.spark.bench.articles", 1000);
        List<Article> articles = GeneratedArticles.of(n, Math.max(1, n / 8), 23).stream()
                .map(GeneratedArticles.Generated::article).toList();
        Path parquet = dir.resolve("articles.parquet");
        SparkSession spark = session("local[2]");
        List<Row> rows = articles.stream().map(a -> ArticleSchema.row(ArticleJson.toJson(a))).toList();
        spark.createDataFrame(rows, ArticleSchema.ARTICLE).repartition(4).write().parquet(parquet.toString());
        for (String master : Boolean.parseBoolean(System.getProperty("sitrep.spark.bench.link", "true"))
                ? List.of("local[1]", "local[2]") : List.<String>of()) {
            spark.stop();
            spark = session(master);
            long start = System.nanoTime();
            LinkJob.Summary s = new LinkJob(spark).run(parquet.toString(), dir.resolve("links-" + System.nanoTime()).toString(), false);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf(Locale.ROOT, "LinkBenchmark: link job %s: %d articles in %.1f s, %.1f articles/s (%s)%n", master,
                    s.articles(), seconds, s.articles() / seconds, s.line());
        }
        if (System.getenv(PostgresTestDatabase.VARIABLE) == null) {
            spark.stop();
            return;
        }
        PostgresTestDatabase copy = PostgresTestDatabase.create();
        PostgresTestDatabase save = PostgresTestDatabase.create();
        try {
            PostgresLoad.Summary loaded = new PostgresLoad(spark).run(parquet.toString(), copy.url());
            System.err.println("LinkBenchmark: COPY: " + loaded.line());
            JdbiArticleStore.open(save.url()).close();
            long start = System.nanoTime();
            try (JdbiArticleStore store = JdbiArticleStore.open(save.url())) {
                for (Article a : articles) {
                    store.save(new RawInput(a.source().path(), "article", a.source().url(), null, null,
                            ArticleJson.toJson(a).getBytes(StandardCharsets.UTF_8)), PostgresBulkLoad.ALL_STAGES, List.of(a));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long rowCount = loaded.counts().rows();
            System.err.printf(Locale.ROOT, "LinkBenchmark: save: %d articles, %d rows in %.1f s, %.0f rows/s%n", n, rowCount,
                    seconds, rowCount / seconds);
        } finally {
            copy.drop();
            save.drop();
            spark.stop();
        }
    }

    private static SparkSession session(String master) {
        return SparkSession.builder().master(master).config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    }
}
