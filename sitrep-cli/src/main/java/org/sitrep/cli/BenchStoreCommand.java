package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.sitrep.model.Article;
import org.sitrep.model.InputDocument;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.EventQuery;
import org.sitrep.store.H2Compaction;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.RawInput;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.search.LuceneArticleIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-store", description = {
        "Measures the store at scale: fills it with made-up articles (entities, events, claims, in threads that"
                + " linking joins into stories; a fresh H2 file unless --db names an empty database; PostgreSQL is filled"
                + " with COPY, as the Spark job loads it), links them, indexes"
                + " them for search (progress to stderr), then times the common reads one at a time (p50/p95/p99): events by country and"
                + " month, events within 50 km of a point, an entity's timeline, a story's events, full-text search;"
                + " then ingests real articles through the whole pipeline and linking into the full store.",
        "",
        "Examples:",
        "  sitrep bench-store --articles 100000",
        "  sitrep bench-store --articles 100000 --db 'jdbc:postgresql://127.0.0.1/bench?user=u&password=p'",
        "  sitrep bench-store --articles 2000 --sample 10 --sample-file ../shared/data/geo/GeoVirus.xml"})
final class BenchStoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GeneratedStoreOptions generated;

    @Option(names = "--reads", paramLabel = "N", defaultValue = "200", description = "timed reads of each kind (default: ${DEFAULT-VALUE})")
    int reads;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "40", description = "real articles to ingest through the pipeline at the end, 0 for none (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--sample-file", paramLabel = "FILE", defaultValue = "../shared/data/geo/lgl.xml", description = "where the real articles are: LGL or GeoVirus XML (default: ${DEFAULT-VALUE})")
    Path sampleFile;

    @Option(names = "--link", paramLabel = "N", description = "link only the first N of the made-up articles (default: all;"
            + " linking is the slow part of filling: the entity and story reads then run over the linked part)")
    Integer link;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (generated.articles < 1 || reads < 1 || sample < 0 || (link != null && link < 1)) {
            err.println("sitrep bench-store: --articles, --reads and --link must be at least 1, --sample at least 0");
            return ExitCodes.USAGE;
        }
        if (sample > 0 && !Files.isRegularFile(sampleFile)) {
            err.println("sitrep bench-store: --sample-file " + sampleFile + ": no such file (LGL's lgl.xml or GeoVirus.xml;"
                    + " or --sample 0)");
            return ExitCodes.USAGE;
        }
        if (generated.problem() != null) {
            err.println("sitrep bench-store: " + generated.problem());
            return ExitCodes.USAGE;
        }
        Path temporary = Files.createTempDirectory("sitrep-bench-store");
        String url = generated.db != null ? generated.db : "jdbc:h2:file:" + temporary.resolve("sitrep").toAbsolutePath();
        try {
            int code = measure(url, temporary, out, err);
            if (code == ExitCodes.OK && !generated.reuse) {
                compact(url, out);
            }
            return code;
        } finally {
            try (var files = Files.walk(temporary)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private int measure(String url, Path temporary, PrintWriter out, PrintWriter err) throws Exception {
        StoreCorpusGenerator generator = new StoreCorpusGenerator(generated.seed);
        try (ArticleStore store = JdbiArticleStore.open(url);
                ArticleIndex index = LuceneArticleIndex.open(temporary.resolve("index"))) {
            out.printf(Locale.ROOT, "store: %s; %d cores, load average %.2f, max heap %d MiB%n",
                    StoreUrls.redact(url).replaceAll("\\?.*", ""), Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().maxMemory() >> 20);
            out.flush();
            if (!generated.reuse) {
                if (store.countInputs() > 0) {
                    err.println("sitrep bench-store: " + GeneratedStoreOptions.notEmpty(url));
                    return ExitCodes.USAGE;
                }
                fill(store, url, generator, out, err);
            }
            if (index.size() == 0) {
                long start = System.nanoTime();
                long indexed = org.sitrep.store.search.SearchIndexes.rebuild(store, index, done -> {
                    if (done % 20_000 == 0) {
                        err.printf(Locale.ROOT, "indexed %d%n", done);
                        err.flush();
                    }
                });
                out.printf(Locale.ROOT, "search index: %d articles in %.1f s%n", indexed, (System.nanoTime() - start) / 1e9);
                out.flush();
            }
            new StoreReadsBench(store, index, new Random(generated.seed)).run(reads, out);
            if (sample > 0) {
                ingestSample(store, index, out, err);
            }
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("sitrep bench-store: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    /**
     * An H2 file grows far past its data while it is written (the MVStore keeps writing new chunks and reclaims the
     * old ones' space slowly): after the run, the file is compacted (SHUTDOWN COMPACT, with the store closed) to
     * say how much of it is data and how long compaction takes.
     */
    private void compact(String url, PrintWriter out) {
        if (StoreUrls.h2File(url).filter(Files::isRegularFile).isEmpty()) {
            return;
        }
        try {
            H2Compaction.Result r = H2Compaction.compact(url);
            out.printf(Locale.ROOT, "store file: %.0f MiB before, %.0f MiB (%.1f KiB per article) after SHUTDOWN COMPACT in %.1f s%n",
                    r.bytesBefore() / 1048576.0, r.bytesAfter() / 1048576.0, r.bytesAfter() / 1024.0 / generated.articles, r.seconds());
        } catch (StoreException e) {
            out.println("store file: not compacted: " + e.getMessage());
        }
        out.flush();
    }

    /** Stores the made-up articles in batches, then links them one by one as an ingest would. */
    private void fill(ArticleStore store, String url, StoreCorpusGenerator generator, PrintWriter out, PrintWriter err) {
        long fillStart = System.nanoTime();
        boolean bulk = GeneratedFill.isBulk(url);
        GeneratedFill.fill(store, url, generator, generated.articles, done -> {
            if (done % 10_000 == 0) {
                err.printf(Locale.ROOT, "stored %d, %.0f articles/s%n", done, done / ((System.nanoTime() - fillStart) / 1e9));
                err.flush();
            }
        });
        double stored = (System.nanoTime() - fillStart) / 1e9;
        out.printf(Locale.ROOT, "stored %d articles (%d events, %d claims) in %.1f s: %.0f articles/s%s%n", generated.articles,
                store.countEvents(EventQuery.all()), store.countClaims(org.sitrep.store.ClaimQuery.all()), stored,
                generated.articles / stored, bulk ? " (COPY, as the Spark job loads PostgreSQL; one input per article)" : "");
        StoreUrls.h2File(url).filter(Files::isRegularFile).ifPresent(file -> out.printf(Locale.ROOT,
                "store file: %.0f MiB, %.1f KiB per article%n", size(file) / 1048576.0, size(file) / 1024.0 / generated.articles));
        out.flush();
        long start = System.nanoTime();
        int linking = link == null ? generated.articles : Math.min(link, generated.articles);
        for (int n = 0; n < linking; n++) {
            Article a = generator.article(n);
            store.links().link(a.id(), a.body());
            if ((n + 1) % 10_000 == 0) {
                err.printf(Locale.ROOT, "linked %d, %.0f articles/s%n", n + 1, (n + 1) / ((System.nanoTime() - start) / 1e9));
                err.flush();
            }
        }
        double linked = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "linked %d articles in %.1f s: %.1f articles/s (linking only, one thread)%n", linking, linked,
                linking / linked);
        out.flush();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Real articles through the whole pipeline, stored, indexed and linked into the full store: ingest throughput. */
    private void ingestSample(ArticleStore store, ArticleIndex index, PrintWriter out, PrintWriter err) throws Exception {
        List<InputDocument> documents = LglSample.read(sampleFile, sample);
        if (documents.isEmpty()) {
            err.println("sitrep bench-store: no articles in " + sampleFile);
            return;
        }
        ArticlePipeline pipeline = new ArticlePipeline(org.sitrep.pipeline.StageRegistry.standard().resolve("all"));
        pipeline.run(documents.get(0)); // loads the models: not counted
        long pipelineNanos = 0;
        long storeNanos = 0;
        long linkNanos = 0;
        int stored = 0;
        for (InputDocument d : documents) {
            long t0 = System.nanoTime();
            List<Article> read = pipeline.run(d);
            long t1 = System.nanoTime();
            RawInput input = new RawInput(d.path(), "text", d.url(), null, null,
                    d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            store.save(input, pipeline.stages(), read);
            index.put(read);
            long t2 = System.nanoTime();
            for (Article a : read) {
                store.links().link(a.id(), d.text());
            }
            long t3 = System.nanoTime();
            pipelineNanos += t1 - t0;
            storeNanos += t2 - t1;
            linkNanos += t3 - t2;
            stored += read.size();
        }
        double total = (pipelineNanos + storeNanos + linkNanos) / 1e9;
        out.printf(Locale.ROOT, "ingest of %d real articles (%s) into the full store: %.2f articles/s in all;"
                        + " per article %.0f ms pipeline, %.1f ms store and index, %.1f ms linking (%.0f articles/s linking only)%n",
                stored, sampleFile.getFileName(), stored / total, pipelineNanos / 1e6 / stored, storeNanos / 1e6 / stored,
                linkNanos / 1e6 / stored, stored / (linkNanos / 1e9));
        out.flush();
    }
}
