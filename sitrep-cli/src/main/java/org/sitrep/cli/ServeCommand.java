package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.serve.ApiServer;
import org.sitrep.serve.ServeOptions;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.JdbiTokenStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreUrls;
import org.sitrep.store.TokenStore;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.search.SearchIndexException;
import org.sitrep.store.search.SearchIndexes;
import org.sitrep.store.watch.JdbiWatchStore;
import org.sitrep.store.watch.WatchStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {
        "Serves the store: a JSON API (described at /openapi.json: articles, events, claims and their series, linked"
                + " entities, stories, full-text search, watchlists), the exports /events.csv, /events.acled.csv and"
                + " /events.geojson, and the web page (map, timeline, stories, entities, search, articles) at /. Reads are"
                + " open unless --read-token; POST /api/ingest (a body, a form's files, or JSON {\"url\": ...}) and"
                + " watchlist changes need a token from 'sitrep token create'. Runs until stopped (Ctrl-C).",
        "",
        "Examples:",
        "  sitrep serve                                  # http://127.0.0.1:8080/ over ./sitrep-data/",
        "  sitrep serve --port 9000 --db jdbc:postgresql://localhost/sitrep?user=u&password=p",
        "  curl 'http://127.0.0.1:8080/api/events?country=AF&type=ASSAULT&near=31.0,66.4,50'",
        "  curl 'http://127.0.0.1:8080/api/search?q=Spin+Boldak'",
        "  curl -H \"Authorization: Bearer $TOKEN\" -F file=@report.html http://127.0.0.1:8080/api/ingest"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption database;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port to listen on (default: ${DEFAULT-VALUE}; 0: any free one)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0: every interface)")
    String bind;

    @Option(names = "--read-token", description = "reads need a bearer token too (writes always do)")
    boolean readToken;

    @Option(names = "--allow-private-fetch", description = "let URL ingest fetch private, loopback and link-local addresses")
    boolean allowPrivateFetch;

    @Option(names = "--index", paramLabel = "DIR", description = "the search index's folder, as sitrep search takes it (default:"
            + " $SITREP_INDEX, else beside an H2 file database, else sitrep-data/search-index-HOST-PORT-DATABASE)")
    Path indexFolder;

    @Option(names = "--max-upload", paramLabel = "BYTES", defaultValue = "" + ServeOptions.DEFAULT_MAX_UPLOAD,
            description = "the largest body a request may send (default: ${DEFAULT-VALUE})")
    long maxUpload;

    @Option(names = "--cache-mb", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_CACHE / (1024 * 1024),
            description = "room for answers kept for identical reads until the store changes, in MiB; 0 keeps none. A write"
                    + " by another process shows within 5 seconds (default: ${DEFAULT-VALUE})")
    long cacheMb;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ServeOptions options;
        try {
            if (cacheMb < 0 || cacheMb > 1024 * 1024) {
                throw new IllegalArgumentException("--cache-mb must be between 0 and 1048576");
            }
            options = new ServeOptions(bind, port, readToken, allowPrivateFetch, maxUpload, cacheMb * 1024 * 1024);
        } catch (IllegalArgumentException e) {
            err.println("sitrep serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        String url = StoreUrls.choose(database.db);
        try (ArticleStore store = Databases.open(StoreUrls.interruptSafe(url));
             TokenStore tokens = JdbiTokenStore.open(StoreUrls.interruptSafe(url));
             WatchStore watchlists = JdbiWatchStore.open(StoreUrls.interruptSafe(url));
             ArticleIndex index = SearchIndexes.open(url, indexFolder);
             ApiServer server = ApiServer.create(store, tokens, index, watchlists, new ServerIngestion(store, index), options)) {
            try {
                server.start();
            } catch (RuntimeException e) {
                err.println("sitrep serve: cannot listen on " + bind + ":" + port + ": " + firstLine(e));
                return ExitCodes.SOME_FAILED;
            }
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            err.println("sitrep serve: http://" + host + ":" + server.port() + "/ over " + StoreUrls.redact(url)
                    + " (Ctrl-C stops it)");
            err.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            stopped.await();
            return ExitCodes.OK;
        } catch (StoreException | SearchIndexException e) {
            err.println("sitrep serve: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        }
    }

    private static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
