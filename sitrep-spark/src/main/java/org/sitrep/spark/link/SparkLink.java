package org.sitrep.spark.link;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep-spark link}: the second job, linking across the articles the first one wrote as Parquet. */
@Command(name = "sitrep-spark link", sortOptions = false, usageHelpAutoWidth = true,
        description = "Links the articles of the first job's Parquet across one another, as 'sitrep ingest' links them "
                + "(the same entities, the same events, stories, claim series), block by block on the cluster; writes "
                + "DIR/entities, DIR/events, DIR/stories and DIR/claim_series as Parquet, each also as NAME.jsonl.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./sitrep-spark.sh link --input out/parquet --output out/links",
            "  ./sitrep-spark.sh link --input out/parquet --output out/links --load-postgres 'jdbc:postgresql://db/sitrep?user=u&password=p'",
            "  ./sitrep-spark.sh --master spark://head:7077 -- link --input hdfs:///sitrep/out --output hdfs:///sitrep/links",
            "Exit codes: 0 done; 1 the job or the load failed; 2 usage error."})
public final class SparkLink implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "ARTICLES.parquet",
            description = "the Parquet of articles the first job wrote (--parquet DIR)")
    String input;

    @Option(names = "--output", paramLabel = "DIR", description = "write the links here (schema: docs/spark.md)")
    String output;

    @Option(names = "--overwrite", description = "replace output folders that exist (else the job refuses to start)")
    boolean overwrite;

    @Option(names = "--load-postgres", paramLabel = "JDBC_URL",
            description = "bulk-load the articles into this PostgreSQL store (COPY), creating its schema first")
    String loadPostgres;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    private final PrintWriter err;

    public SparkLink(PrintWriter err) {
        this.err = err;
    }

    /** What {@code spark-submit --class org.sitrep.spark.link.SparkLink} runs ({@code ./sitrep-spark.sh link ...}). */
    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new SparkLink(err)).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // the job itself failed (the cluster, the output): one line; Spark's logs have the rest
            String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            err.println("sitrep-spark link: job failed: " + e.getClass().getSimpleName() + ": "
                    + (first.length() > 300 ? first.substring(0, 300) + "..." : first));
            return 1;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() {
        if (output == null && loadPostgres == null) {
            err.println("sitrep-spark link: give --output DIR and/or --load-postgres JDBC_URL");
            return 2;
        }
        if (loadPostgres != null && !loadPostgres.startsWith("jdbc:postgresql:")) {
            err.println("sitrep-spark link: --load-postgres must be a jdbc:postgresql: URL");
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("sitrep-spark link");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            if (!exists(spark, input)) {
                err.println("sitrep-spark link: " + input + ": no such file or folder");
                return 2;
            }
            if (output != null) {
                if (!overwrite && exists(spark, output)) {
                    err.println("sitrep-spark link: " + output + ": already exists (give --overwrite to replace it)");
                    return 2;
                }
                err.println(new LinkJob(spark).run(input, output, overwrite).line());
            }
            if (loadPostgres != null) {
                try {
                    err.println(new PostgresLoad(spark).run(input, loadPostgres).line());
                } catch (Exception e) { // Spark rethrows a task's failure as a SparkException, checked in Java's terms
                    err.println("sitrep-spark link: cannot bulk-load into " + StoreUrls.redact(loadPostgres) + ": " + reason(e));
                    return 1;
                }
            }
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** The store's own words for why a load failed (a task's failure arrives wrapped by Spark), on one line. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreException s) {
                return s.reason();
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }

    private static boolean exists(SparkSession spark, String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
