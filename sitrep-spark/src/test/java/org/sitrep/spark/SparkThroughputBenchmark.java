package org.sitrep.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.AnnotateRun;
import picocli.CommandLine;

/**
 * A benchmark, not a test: articles per second of {@code sitrep annotate} (one JVM, one thread), of the job on
 * {@code local[1]} and on {@code local[2]}, on the same WARC of LGL news articles, all stages, models loaded and warm
 * in every case (one warm-up run first). The job's times include starting Spark and its shuffle. Prints wall-clock and
 * processor seconds: on a shared machine the processor time per article is the steadier figure. Run it alone:
 * {@code mvn -o test -pl sitrep-spark -am -Dtest=SparkThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsitrep.spark.bench=true [-Dsitrep.spark.bench.articles=300]}.
 */
@EnabledIfSystemProperty(named = "sitrep.spark.bench", matches = "true")
class SparkThroughputBenchmark {

    @TempDir
    Path dir;

    @Test
    void articlesPerSecond() throws Exception {
        int n = Integer.getInteger("sitrep.spark.bench.articles", 300);
        List<LglWarc.LglArticle> articles = LglWarc.articles(n);
        Path warc = dir.resolve("lgl.warc.gz");
        LglWarc.write(warc, articles, new byte[0]);
        Path warmUp = dir.resolve("warm-up.warc.gz");
        LglWarc.write(warmUp, articles.subList(0, Math.min(30, articles.size())), new byte[0]);
        AnnotateRun.annotate(warmUp.toString());
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.driver.host", "127.0.0.1");
        System.setProperty("spark.driver.bindAddress", "127.0.0.1");
        System.setProperty("spark.master", "local[1]");
        job(warmUp, dir.resolve("warm-up-out"));

        StringBuilder report = new StringBuilder();
        report.append(String.format("benchmark: %d LGL articles, all stages, %d processors, load average %.1f%n",
                articles.size(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        long[] t = start();
        AnnotateRun.Result annotate = AnnotateRun.annotate(warc.toString());
        report.append(line("sitrep annotate (one JVM)", annotate.articles().size(), t));
        for (String master : List.of("local[1]", "local[2]")) {
            System.setProperty("spark.master", master);
            Path out = dir.resolve("out-" + master.replaceAll("\\W", ""));
            t = start();
            String summary = job(warc, out);
            int written = JobOutput.jsonl(out).size();
            report.append(line("sitrep-spark " + master, written, t));
            if (written != annotate.articles().size()) {
                report.append("  (the job wrote ").append(written).append(" articles: ").append(summary).append(")\n");
            }
        }
        System.clearProperty("spark.master");
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        report.append(String.format("heap: %d MB in use after a full collection (models loaded), peak of the pools' peaks %d MB%n",
                live >> 20, peak >> 20));
        System.out.print(report);
        Files.writeString(Path.of(System.getProperty("user.dir"), "target", "spark-benchmark.txt"), report);
    }

    private static String job(Path input, Path out) {
        StringWriter err = new StringWriter();
        PrintWriter w = new PrintWriter(err, true);
        new CommandLine(new SparkAnnotate(w)).setErr(w).execute("--jsonl", out.toString(), "--overwrite", input.toString());
        return err.toString().strip();
    }

    private static long[] start() {
        return new long[] {System.nanoTime(), cpuNanos()};
    }

    private static String line(String what, int articles, long[] start) {
        double wall = (System.nanoTime() - start[0]) / 1e9;
        double cpu = (cpuNanos() - start[1]) / 1e9;
        return String.format("%-28s %4d articles  %7.1f s wall  %6.2f articles/s  %7.1f s CPU  %6.2f articles per CPU-second%n",
                what, articles, wall, articles / wall, cpu, articles / cpu);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
