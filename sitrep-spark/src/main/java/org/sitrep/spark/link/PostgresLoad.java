package org.sitrep.spark.link;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.sitrep.model.ArticleJson;
import org.sitrep.spark.ArticleSchema;
import org.sitrep.store.PostgresBulkLoad;
import org.sitrep.store.StoreUrls;

/**
 * {@code --load-postgres}: loads the first job's articles into a PostgreSQL store with COPY, each task its share in
 * batches of {@value #BATCH} articles (one transaction each). The driver creates or upgrades the store's schema
 * first (its Flyway migrations) and numbers the inputs past those the store holds; then {@code sitrep articles},
 * {@code events}, {@code claims} read the articles, {@code sitrep search --rebuild} indexes them and the next
 * {@code sitrep ingest} links them.
 */
final class PostgresLoad {

    static final int BATCH = 1000;

    /** What was loaded, and how fast: the schema's creation apart from the copying. */
    record Summary(PostgresBulkLoad.Counts counts, double schemaSeconds, double seconds, String url) {
        String line() {
            return String.format(java.util.Locale.ROOT, "sitrep-spark link: loaded %d articles (%d entities, %d mentions, "
                    + "%d events, %d claims; %d rows) into %s in %.1f s, %.0f rows/s (and %.1f s for the schema)",
                    counts.articles(), counts.entities(), counts.mentions(), counts.events(), counts.claims(), counts.rows(),
                    url, seconds, counts.rows() / Math.max(seconds, 1e-3), schemaSeconds);
        }
    }

    private final SparkSession spark;

    PostgresLoad(SparkSession spark) {
        this.spark = spark;
    }

    Summary run(String input, String url) {
        long begin = System.nanoTime();
        long firstInput = PostgresBulkLoad.prepare(url) + 1;
        long start = System.nanoTime();
        JavaRDD<String> articles = spark.read().schema(ArticleSchema.ARTICLE).parquet(input).javaRDD().map(ArticleSchema::json);
        PostgresBulkLoad.Counts counts = articles.zipWithIndex()
                .mapPartitions((Iterator<scala.Tuple2<String, Long>> rows) -> {
                    PostgresBulkLoad.Counts done = new PostgresBulkLoad.Counts(0, 0, 0, 0, 0);
                    List<PostgresBulkLoad.Item> batch = new ArrayList<>();
                    while (rows.hasNext()) {
                        scala.Tuple2<String, Long> row = rows.next();
                        batch.add(new PostgresBulkLoad.Item(firstInput + row._2(), ArticleJson.fromJson(row._1())));
                        if (batch.size() == BATCH || !rows.hasNext()) {
                            done = done.plus(PostgresBulkLoad.load(url, batch));
                            batch.clear();
                        }
                    }
                    return List.of(done).iterator();
                })
                .reduce(PostgresBulkLoad.Counts::plus);
        PostgresBulkLoad.finish(url);
        return new Summary(counts, (start - begin) / 1e9, (System.nanoTime() - start) / 1e9, StoreUrls.redact(url));
    }
}
