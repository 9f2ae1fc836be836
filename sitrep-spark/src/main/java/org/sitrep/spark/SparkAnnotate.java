package org.sitrep.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.sitrep.annotate.geo.SourceHomes;
import org.sitrep.pipeline.StageRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The job's command line, what {@code spark-submit --class org.sitrep.spark.SparkAnnotate sitrep-spark.jar ...} runs. */
@Command(name = "sitrep-spark", sortOptions = false, usageHelpAutoWidth = true,
        description = "Runs sitrep's per-article pipeline over WARC, JSON Lines or Parquet files on a Spark cluster and writes "
                + "the articles as Parquet and/or JSON Lines (Article JSON, as 'sitrep annotate' prints it).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./sitrep-spark.sh --jsonl out/jsonl --parquet out/parquet CC-NEWS-20250101000000-00000.warc.gz",
            "  ./sitrep-spark.sh --home 'Alexandria, Minnesota' --jsonl out/echo echopress.jsonl",
            "  ./sitrep-spark.sh --master spark://head:7077 --executor-memory 6g -- --parquet hdfs:///sitrep/out hdfs:///cc-news/",
            "  ./sitrep-spark.sh link --input out/parquet --output out/links   (the second job, linking across articles: link --help)",
            "(./sitrep-spark.sh runs spark-submit with the JVM options and jars; docs/spark.md gives the plain spark-submit line.)",
            "Exit codes: 0 done; 1 some records or inputs failed (each logged with its input and offset, the rest written); 2 usage error."})
public final class SparkAnnotate implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "input files or folders (local, hdfs://, s3a://): "
            + ".warc(.gz), .jsonl(.gz)/.ndjson or .parquet")
    List<String> paths = new ArrayList<>();

    @Option(names = "--parquet", paramLabel = "DIR", description = "write the articles as Parquet here (schema: docs/spark.md)")
    String parquet;

    @Option(names = "--jsonl", paramLabel = "DIR", description = "write the articles as JSON Lines (Article JSON) here")
    String jsonl;

    @Option(names = "--overwrite", description = "replace an output folder that exists (else the job refuses to start)")
    boolean overwrite;

    @Option(names = "--format", defaultValue = "auto", description = "auto (by file name), warc, jsonl or parquet (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--stages", defaultValue = "all", description = "comma-separated stages, each with the stages it needs: "
            + "clean, entities, time, geo, quotes, events, claims, or all")
    String stages;

    @Option(names = "--home", paramLabel = "PLACE", description = "where the sources publish ('Alexandria, Minnesota'); "
            + "without it each source's home is learned from its articles, all of a source's read by one task")
    String home;

    @Option(names = "--published", description = "publication date for inputs that give none (ISO-8601)")
    String published;

    @Option(names = "--retrieved-at", description = "when the inputs were fetched, for records that do not say (ISO-8601)")
    String retrievedAt;

    @Option(names = "--partitions", defaultValue = "0", description = "annotating tasks (default: 3 for each core of the cluster)")
    int partitions;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    private final PrintWriter err;

    SparkAnnotate(PrintWriter err) {
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new SparkAnnotate(err)).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // the job itself failed (the cluster, the output), not a record: say what in one line; Spark's logs have the rest
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            err.println("sitrep-spark: job failed: " + e.getClass().getSimpleName() + ": "
                    + (first.length() > 300 ? first.substring(0, 300) + "..." : first));
            return 1;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() {
        JobSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            err.println("sitrep-spark: " + e.getMessage());
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("sitrep-spark");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]"); // run without spark-submit: this machine's cores
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            for (String out : new String[] {parquet, jsonl}) {
                if (out != null && !overwrite && exists(spark, out)) {
                    err.println("sitrep-spark: " + out + ": already exists (give --overwrite to replace it)");
                    return 2;
                }
            }
            InputFiles.Listing listing = InputFiles.list(spark.sparkContext().hadoopConfiguration(), paths, format);
            listing.problems().forEach(p -> err.println("sitrep-spark: " + p));
            JobCounters.Summary summary = new SparkAnnotateJob(spark).run(listing.files(), settings,
                    new SparkAnnotateJob.Outputs(parquet, jsonl, overwrite));
            summary.samples().forEach(err::println);
            if (summary.failed() > summary.samples().size()) {
                err.println("sitrep-spark: " + (summary.failed() - summary.samples().size())
                        + " more failures are in the executors' logs");
            }
            err.println(summary.line());
            return summary.failed() == 0 && listing.problems().isEmpty() ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    private static boolean exists(SparkSession spark, String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (java.io.IOException e) {
            return false; // the write names it if it really cannot
        }
    }

    /** The checked options; an IllegalArgumentException names the bad one. */
    JobSettings settings() {
        if (parquet == null && jsonl == null) {
            throw new IllegalArgumentException("give --parquet DIR and/or --jsonl DIR for the articles");
        }
        if (!List.of("auto", "warc", "jsonl", "parquet").contains(format)) {
            throw new IllegalArgumentException("--format must be one of auto, warc, jsonl, parquet, not '" + format + "'");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 or more, not " + partitions);
        }
        List<String> chosen = List.copyOf(StageRegistry.standard().resolve(stages));
        if (home != null && SourceHomes.place(home).isEmpty()) {
            throw new IllegalArgumentException("--home: no town '" + home + "' in the gazetteer");
        }
        if (published != null) {
            instant(published, "--published");
        }
        String retrieved = retrievedAt == null ? null : instant(retrievedAt, "--retrieved-at").toString();
        return new JobSettings(chosen, home, published, retrieved, partitions);
    }

    /** 2025-12-06T10:00:00Z, 2025-12-06T10:00:00+01:00 or 2025-12-06 (midnight UTC), as {@code sitrep annotate} takes them. */
    private static Instant instant(String value, String option) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(option + " must be an ISO-8601 date or time, not '" + value + "'");
            }
        }
    }
}
