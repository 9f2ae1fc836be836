package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The Spark job: reads the input files' documents (WARC record by record, JSON Lines line by line, Parquet row by
 * row) in tasks, moves them to the annotating tasks (all of one source's in one task, in input order), runs the
 * per-article pipeline there with {@link AnnotatePartition}, and writes the articles as Parquet ({@link ArticleSchema})
 * and/or JSON Lines (the Article JSON, one object a line, as {@code sitrep annotate} prints it). No article ever
 * reaches the driver: it lists file names and reads the counters.
 */
final class SparkAnnotateJob {

    /**
     * Where the articles go.
     *
     * @param parquet   a folder for Parquet files, or null
     * @param jsonl     a folder for JSON Lines files, or null
     * @param overwrite whether an existing folder is replaced (else the job refuses to start)
     */
    record Outputs(String parquet, String jsonl, boolean overwrite) {
    }

    private final SparkSession spark;

    SparkAnnotateJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs the job over {@code files}; returns its counters once the output is written. */
    JobCounters.Summary run(List<InputFile> files, JobSettings settings, Outputs outputs) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JobCounters counters = new JobCounters(spark.sparkContext());
        JavaPairRDD<RecordKey, SourceRecord> records = read(jsc, files, settings, counters);
        int partitions = settings.partitions() > 0 ? settings.partitions() : 3 * jsc.defaultParallelism();
        JavaRDD<String> articles = records
                .repartitionAndSortWithinPartitions(new SourcePartitioner(partitions, settings.home() == null), RecordKey.INPUT_ORDER)
                .mapPartitions(new AnnotatePartition(settings, counters));
        boolean both = outputs.parquet() != null && outputs.jsonl() != null;
        if (both) {
            articles = articles.persist(StorageLevel.MEMORY_AND_DISK_SER()); // the pipeline runs once for both outputs
        }
        SaveMode mode = outputs.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (outputs.jsonl() != null) {
            spark.createDataset(articles.rdd(), Encoders.STRING()).write().mode(mode).text(outputs.jsonl());
        }
        if (outputs.parquet() != null) {
            spark.createDataFrame(articles.map(ArticleSchema::row), ArticleSchema.ARTICLE).write().mode(mode).parquet(outputs.parquet());
        }
        if (both) {
            articles.unpersist(false);
        }
        return counters.summary();
    }

    private JavaPairRDD<RecordKey, SourceRecord> read(JavaSparkContext jsc, List<InputFile> files, JobSettings settings,
                                                      JobCounters counters) {
        List<InputFile> streamed = files.stream().filter(f -> !f.format().equals("parquet")).toList();
        List<InputFile> parquet = files.stream().filter(f -> f.format().equals("parquet")).toList();
        List<JavaPairRDD<RecordKey, SourceRecord>> parts = new ArrayList<>();
        if (!streamed.isEmpty()) {
            Map<String, InputFile> byPath = byPath(streamed);
            String uris = streamed.stream().map(InputFile::uri).collect(Collectors.joining(","));
            parts.add(jsc.binaryFiles(uris, streamed.size())
                    .flatMapToPair(file -> records(byPath.get(pathOf(file._1())), file._2(), settings, counters)));
        }
        if (!parquet.isEmpty()) {
            parts.add(parquetRecords(parquet, settings, counters));
        }
        if (parts.isEmpty()) {
            return JavaPairRDD.fromJavaRDD(jsc.emptyRDD());
        }
        JavaPairRDD<RecordKey, SourceRecord> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    /** The documents of one WARC or JSON Lines file, read as the task iterates; an unreadable file is counted and logged. */
    private static Iterator<Tuple2<RecordKey, SourceRecord>> records(InputFile file, PortableDataStream data,
                                                                     JobSettings settings, JobCounters counters) {
        FailureLog failures = new FailureLog(counters);
        try {
            InputStream in = data.open();
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> close(in));
            }
            return file.format().equals("warc")
                    ? new WarcFileRecords(file, in, settings.inputOptions("warc"), counters, failures)
                    : new JsonLinesFileRecords(file, in, settings.inputOptions("jsonl"), counters, failures);
        } catch (IOException | RuntimeException e) {
            failures.fail(file.display(), "cannot read: " + FailureLog.reasonOf(e));
            return Collections.emptyIterator();
        }
    }

    /**
     * The documents of Parquet files whose rows have the JSON Lines input's fields as columns: {@code text} or
     * {@code html}, and optionally {@code url}, {@code title}, {@code published}, {@code retrieved_at}; each row is
     * named by its file and row id ({@code file#row17}).
     */
    private JavaPairRDD<RecordKey, SourceRecord> parquetRecords(List<InputFile> files, JobSettings settings, JobCounters counters) {
        Map<String, InputFile> byPath = byPath(files);
        Dataset<Row> rows = spark.read().parquet(files.stream().map(InputFile::uri).toArray(String[]::new));
        List<String> have = List.of(rows.columns());
        List<Column> columns = new ArrayList<>();
        for (String name : List.of("text", "html", "url", "title", "published", "retrieved_at")) {
            columns.add(have.contains(name) ? rows.col(name).cast("string").as(name) : functions.lit(null).cast("string").as(name));
        }
        columns.add(functions.input_file_name().as("file"));
        columns.add(functions.monotonically_increasing_id().as("row"));
        ParquetRows reader = new ParquetRows(byPath, settings.inputOptions("jsonl"), counters);
        return rows.select(columns.toArray(Column[]::new)).javaRDD().flatMapToPair(reader::records);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the task is over; nothing more is read from it
        }
    }

    private static Map<String, InputFile> byPath(List<InputFile> files) {
        Map<String, InputFile> out = new HashMap<>();
        files.forEach(f -> out.put(pathOf(f.uri()), f));
        return out;
    }

    /** A file's path without its scheme and authority, the same however Spark and Hadoop spell its URI. */
    static String pathOf(String uri) {
        return new org.apache.hadoop.fs.Path(uri).toUri().getPath();
    }
}
