package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.serve.ApiServer;
import org.sitrep.serve.ServeOptions;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.EventQuery;
import org.sitrep.store.JdbiArticleStore;
import org.sitrep.store.JdbiTokenStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import org.sitrep.store.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-serve", description = {
        "Measures the server under load: fills a store with made-up articles (three events each; a fresh H2 file unless"
                + " --db names an empty database), serves it on 127.0.0.1 and sends the common reads at a fixed rate,"
                + " then the same while articles are written into the store. Prints p50/p99 latency and errors.",
        "",
        "Examples:",
        "  sitrep bench-serve --articles 100000",
        "  sitrep bench-serve --articles 10000 --rate 200 --seconds 20 --db 'jdbc:postgresql://localhost/bench?user=u&password=p'"})
final class BenchServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL", description = "an empty database to fill (default: a fresh H2 file in a temporary folder)")
    String db;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "articles to store (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "200", description = "requests per second (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "30", description = "seconds of load per phase (default: ${DEFAULT-VALUE})")
    int seconds;

    /** Articles per input while filling: one transaction each. */
    private static final int BATCH = 500;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (articles < 1 || rate < 1 || seconds < 1) {
            err.println("sitrep bench-serve: --articles, --rate and --seconds must be at least 1");
            return ExitCodes.USAGE;
        }
        Path temporary = db == null ? Files.createTempDirectory("sitrep-bench-serve") : null;
        String url = StoreUrls.interruptSafe(db != null ? db : "jdbc:h2:file:" + temporary.resolve("sitrep").toAbsolutePath());
        try (ArticleStore store = JdbiArticleStore.open(url); TokenStore tokens = JdbiTokenStore.open(url)) {
            if (store.countInputs() > 0) {
                err.println("sitrep bench-serve: " + StoreUrls.redact(url) + " is not empty; name an empty database");
                return ExitCodes.USAGE;
            }
            SyntheticArticles made = new SyntheticArticles(42);
            long fillStart = System.nanoTime();
            for (int from = 0; from < articles; from += BATCH) {
                int count = Math.min(BATCH, articles - from);
                store.save(made.input(from, count), Set.of("synthetic"), made.articles(from, count));
            }
            out.flush();
            out.printf("store: %s, %d articles, %d events, filled in %.1f s%n", StoreUrls.redact(url).replaceAll("\\?.*", ""),
                    articles, store.countEvents(EventQuery.all()), (System.nanoTime() - fillStart) / 1e9);
            out.flush();
            String someId = store.list(org.sitrep.store.ArticleQuery.all().page(1, 0)).get(0).id();
            List<String> reads = List.of("/api/events?limit=50", "/api/events?country=AF&limit=50",
                    "/api/events?type=ASSAULT&since=2025-01-01&limit=50", "/api/events?near=31.0,66.4,50&limit=50",
                    "/api/events?bbox=60,29,75,38&since=2025-06-01&until=2025-06-30&limit=100",
                    "/api/articles?limit=20", "/api/articles/" + someId, "/api/claims?limit=20",
                    "/events.geojson?country=UA&since=2025-11-01");
            // a substring of a party's name has no index to use: timed alone, left out of the common reads' mix
            List<String> alone = new java.util.ArrayList<>(reads);
            alone.add("/api/events?actor=group%207&limit=20");
            try (ApiServer server = ApiServer.create(store, tokens, null, ServeOptions.defaults().withPort(0)).start()) {
                String base = "http://127.0.0.1:" + server.port();
                LoadGenerator load = new LoadGenerator(256);
                load.sequential(base, reads, 100); // warm-up, not reported
                for (String read : alone) { // each read alone, one at a time: the server's own time for it
                    out.println(load.sequential(base, List.of(read), 20).line(read.length() > 28 ? read.substring(0, 28) : read));
                    out.flush();
                }
                out.println(load.run(base, reads, rate, seconds).line("reads at " + rate + "/s"));
                out.flush();
                AtomicBoolean writing = new AtomicBoolean(true);
                AtomicInteger written = new AtomicInteger();
                Thread writer = new Thread(() -> {
                    int from = articles;
                    while (writing.get()) {
                        store.save(made.input(from, 20), Set.of("synthetic"), made.articles(from, 20));
                        from += 20;
                        written.addAndGet(20);
                    }
                }, "bench-ingest");
                writer.start();
                LoadGenerator.Result during = load.run(base, reads, rate, seconds);
                writing.set(false);
                writer.join();
                out.println(during.line("reads while ingesting") + String.format("  (%d articles written, %.0f/s)",
                        written.get(), written.get() / (double) seconds));
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
}
