package org.sitrep.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.model.Article;
import org.sitrep.serve.ApiServer;
import org.sitrep.serve.ServeOptions;
import org.sitrep.store.ArticleQuery;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.EventQuery;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.JdbiTokenStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import org.sitrep.store.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-serve", description = {
        "Measures the server under load: fills a store with made-up articles (those of bench-store; a fresh H2 file"
                + " unless --db names an empty database, or one --reuse measures as it is), serves it on 127.0.0.1 and"
                + " sends an analysts' mix of reads with varied values at a fixed rate, then the same while articles are"
                + " stored and linked. Prints p50/p99 latency, errors, and the process's CPU time per request.",
        "",
        "Examples:",
        "  sitrep bench-serve --articles 100000",
        "  sitrep bench-serve --articles 10000 --rate 200 --seconds 20 --db 'jdbc:postgresql://localhost/bench?user=u&password=p'",
        "  sitrep bench-serve --reuse --db 'jdbc:h2:file:/data/bench100k'"})
final class BenchServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GeneratedStoreOptions generated;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "200", description = "requests per second (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "30", description = "seconds of load per phase (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--cache-mb", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_CACHE / (1024 * 1024),
            description = "the server's cache of answers in MiB, as sitrep serve takes it; 0 for none (default: ${DEFAULT-VALUE})")
    long cacheMb;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (generated.articles < 1 || rate < 1 || seconds < 1 || cacheMb < 0) {
            err.println("sitrep bench-serve: --articles, --rate and --seconds must be at least 1, --cache-mb at least 0");
            return ExitCodes.USAGE;
        }
        if (generated.problem() != null) {
            err.println("sitrep bench-serve: " + generated.problem());
            return ExitCodes.USAGE;
        }
        Path temporary = generated.db == null ? Files.createTempDirectory("sitrep-bench-serve") : null;
        String url = StoreUrls.interruptSafe(generated.db != null ? generated.db : "jdbc:h2:file:" + temporary.resolve("sitrep").toAbsolutePath());
        try (ArticleStore store = JdbiArticleStore.open(url); TokenStore tokens = JdbiTokenStore.open(url)) {
            StoreCorpusGenerator made = new StoreCorpusGenerator(generated.seed);
            long fillStart = System.nanoTime();
            if (!generated.reuse) {
                if (store.countInputs() > 0) {
                    err.println("sitrep bench-serve: " + GeneratedStoreOptions.notEmpty(url));
                    return ExitCodes.USAGE;
                }
                GeneratedFill.fill(store, url, made, generated.articles);
            }
            int stored = (int) store.count(ArticleQuery.all());
            out.printf(Locale.ROOT, "store: %s, %d articles, %d events, %s%n", StoreUrls.redact(url).replaceAll("\\?.*", ""),
                    stored, store.countEvents(EventQuery.all()),
                    generated.reuse ? "reused" : String.format(Locale.ROOT, "filled in %.1f s", (System.nanoTime() - fillStart) / 1e9));
            out.flush();
            try (ApiServer server = ApiServer.create(store, tokens, null, ServeOptions.defaults().withPort(0).withCacheBytes(cacheMb * 1024 * 1024)).start()) {
                String base = "http://127.0.0.1:" + server.port();
                LoadGenerator load = new LoadGenerator(256);
                ServeReadMix mix = new ServeReadMix(generated.seed, stored);
                load.sequential(base, mix.paths(ServeReadMix.KINDS.size() * 10), ServeReadMix.KINDS.size() * 10); // warm-up
                for (int kind = 0; kind < ServeReadMix.KINDS.size(); kind++) { // each kind alone, one at a time: its own cost
                    List<String> reads = new java.util.ArrayList<>();
                    for (int i = 0; i < 30; i++) {
                        reads.add(mix.path(kind));
                    }
                    out.println(measured(() -> load.sequential(base, reads, reads.size()), ServeReadMix.KINDS.get(kind)));
                    out.flush();
                }
                out.println(measured(() -> load.run(base, mix.paths(rate * seconds), rate, seconds), "mix at " + rate + "/s"));
                out.println("  cache: " + server.cacheStats());
                out.flush();
                AtomicBoolean writing = new AtomicBoolean(true);
                AtomicInteger written = new AtomicInteger();
                Thread writer = new Thread(() -> {
                    int from = stored;
                    try {
                        while (writing.get()) {
                            List<Article> batch = made.articles(from, 20);
                            store.save(made.input(from, 20), Set.of("generated"), batch);
                            for (Article a : batch) {
                                store.links().link(a.id(), a.body());
                            }
                            from += 20;
                            written.addAndGet(20);
                        }
                    } catch (StoreException e) {
                        err.println("sitrep bench-serve: the ingest beside the reads stopped: " + e.getMessage());
                    }
                }, "bench-ingest");
                writer.start();
                String during = measured(() -> load.run(base, mix.paths(rate * seconds), rate, seconds), "mix while ingesting");
                writing.set(false);
                writer.join();
                out.println(during + String.format(Locale.ROOT, "  (%d articles stored and linked, %.1f/s)",
                        written.get(), written.get() / (double) seconds));
                out.println("  cache: " + server.cacheStats());
            }
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("sitrep bench-serve: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        } finally {
            if (temporary != null) {
                try (var files = Files.walk(temporary)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** A load phase's line, with the CPU time this process (server and load generator) spent per request in it. */
    private static String measured(LoadPhase phase, String label) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        LoadGenerator.Result result = phase.run();
        double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6 / Math.max(1, result.requests());
        return result.line(label) + String.format(Locale.ROOT, "  cpu %.1f ms/request", cpuMs);
    }

    private interface LoadPhase {
        LoadGenerator.Result run() throws InterruptedException;
    }
}
