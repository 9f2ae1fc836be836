package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.AnnotateRun;

/**
 * The job on a real Spark standalone cluster on this machine (a master and two workers of one core, each its own JVM,
 * executors in JVMs of their own), submitted with spark-submit in client mode over a gzipped WARC of 120 LGL news
 * articles with a truncated record at its end, with the stages {@link #STAGES}. Its JSON Lines and its Parquet must hold exactly
 * {@code sitrep annotate}'s articles on the same file, and the broken record must be counted, logged with its byte
 * offset on an executor, and make the job exit 1 as it makes {@code annotate} exit 1.
 */
class StandaloneClusterTest {

    static final int ARTICLES = 120;

    /**
     * The stages the cluster runs: all but events and claims, whose dependency parses made the full pipeline take over
     * ten minutes on this project's shared two-core machines; {@link SparkAnnotateLocalTest} runs all stages.
     */
    static final String STAGES = "entities,time,geo,quotes";

    @TempDir
    Path dir;

    @Test
    void theClusterWritesWhatAnnotateWritesArticleForArticle() throws Exception {
        Path warc = dir.resolve("lgl-news.warc.gz");
        List<LglWarc.LglArticle> articles = LglWarc.articles(ARTICLES);
        long lastOffset = LglWarc.write(warc, articles, SparkAnnotateLocalTest.BROKEN_TAIL);

        Path classes = Path.of(SparkAnnotate.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path module = classes.getParent(); // target/
        Path appJar = StandaloneCluster.jar(classes, dir.resolve("sitrep-spark-app.jar"));
        Path outJsonl = dir.resolve("out-jsonl");
        Path outParquet = dir.resolve("out-parquet");
        int exitCode;
        String driverLog;
        String executorLogs;
        try (StandaloneCluster cluster = new StandaloneCluster(Files.createDirectories(dir.resolve("spark")),
                List.of(module.resolve("classes").toString(), module.resolve("test-classes").toString()))) {
            cluster.start(2, "2g");
            exitCode = cluster.submit("spark-submit", List.of("--master", cluster.masterUrl(), "--deploy-mode", "client",
                    "--class", SparkAnnotate.class.getName(),
                    "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                    "--conf", "spark.ui.enabled=false",
                    "--conf", "spark.executor.memory=1500m", "--conf", "spark.executor.cores=1", "--conf", "spark.cores.max=2",
                    "--conf", "spark.executor.extraJavaOptions=-Xss8m",
                    "--conf", "spark.executor.extraClassPath=" + cluster.executorExtraClassPath(),
                    appJar.toString(),
                    "--stages", STAGES, "--jsonl", outJsonl.toString(), "--parquet", outParquet.toString(), warc.toString()),
                    Duration.ofMinutes(20));
            driverLog = cluster.log("spark-submit");
            executorLogs = cluster.executorLogs();
            assertThat(driverLog).as(cluster.logTails()).contains("sitrep-spark: documents " + ARTICLES);
        }
        String offsetLine = LglWarc.brokenTailPattern(warc, ARTICLES, lastOffset);
        AnnotateRun.Result annotate = AnnotateRun.annotate("--stages", STAGES, warc.toString());
        List<String> expected = JobOutput.sorted(annotate.articles());
        List<String> parquet;
        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            parquet = JobOutput.parquet(spark, outParquet);
        } finally {
            spark.stop();
        }
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(annotate.exitCode()).isEqualTo(1);
        soft.assertThat(annotate.articles()).hasSize(ARTICLES);
        soft.assertThat(JobOutput.jsonl(outJsonl)).as("the JSON Lines").containsExactlyElementsOf(expected);
        soft.assertThat(parquet).as("the Parquet").containsExactlyElementsOf(expected);
        soft.assertThat(exitCode).as(driverLog).isEqualTo(1);
        soft.assertThat(driverLog).containsPattern(offsetLine)
                .contains("sitrep-spark: documents " + ARTICLES + " (WARC records " + ARTICLES + ", 0 without an HTML page), articles "
                        + ARTICLES + ", tokens ")
                .contains("failed 1: malformed WARC 1");
        soft.assertThat(executorLogs).as("the executor that read the file logs the broken record").containsPattern(offsetLine);
        soft.assertAll();
    }
}
