package org.sitrep.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads what the job wrote back, as sorted lines of Article JSON, for comparing with {@code sitrep annotate}'s. */
final class JobOutput {

    private JobOutput() {
    }

    /** The JSON Lines folder's articles, one string each, sorted. */
    static List<String> jsonl(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                Files.readAllLines(f).stream().filter(l -> !l.isBlank()).forEach(out::add);
            }
        }
        out.sort(null);
        return out;
    }

    /** The Parquet folder's articles turned back into Article JSON, sorted. */
    static List<String> parquet(SparkSession spark, Path folder) {
        List<Row> rows = spark.read().schema(ArticleSchema.ARTICLE).parquet(folder.toString()).collectAsList();
        List<String> out = new ArrayList<>(rows.stream().map(ArticleSchema::json).toList());
        out.sort(null);
        return out;
    }

    static List<String> sorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        out.sort(null);
        return out;
    }
}
