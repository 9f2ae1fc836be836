package org.sitrep.serve;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.TokenStore;
import org.sitrep.store.search.ArticleIndex;
import org.sitrep.store.watch.WatchStore;

/**
 * {@code sitrep serve}: the JSON API over the store (described by {@code /openapi.json}), the exports and the web
 * page, on one port. Reads are open unless the options say otherwise; writes need a bearer token. Every answer
 * that is not a success is JSON, {@code {"error": "..."}}, with no stack trace. No CORS headers are sent, so
 * other sites' pages cannot read the API through a visitor's browser.
 */
public final class ApiServer implements AutoCloseable {

    /** One route the server answers; {@code /openapi.json} describes each (a test holds them together). */
    public record Route(String method, String path) {
    }

    /** Where the page's own files (and, copied in at build time, its libraries) are on the class path. */
    static final String WEB = "/org/sitrep/serve/web";

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    /** How long a kept answer may serve identical reads at most: how late another process's write can show. */
    static final long CACHE_MAX_AGE_NANOS = 5_000_000_000L;

    private final Javalin app;
    private final ResponseCache cache;

    private ApiServer(Javalin app, ResponseCache cache) {
        this.app = app;
        this.cache = cache;
    }

    /**
     * A server over this store, not yet started, without search or watchlists (those routes answer 503).
     *
     * @param ingestion what {@code POST /api/ingest} runs, or null for a server that only reads
     */
    public static ApiServer create(ArticleStore store, TokenStore tokens, Ingestion ingestion, ServeOptions options) {
        return create(store, tokens, null, null, ingestion, options);
    }

    /**
     * A server over this store, not yet started.
     *
     * @param index      the store's search index ({@code /api/search}), or null
     * @param watchlists the watch store's watchlists ({@code /api/watchlists}), or null
     * @param ingestion  what {@code POST /api/ingest} runs, or null for a server that only reads
     */
    public static ApiServer create(ArticleStore store, TokenStore tokens, ArticleIndex index, WatchStore watchlists,
                                   Ingestion ingestion, ServeOptions options) {
        ReadRoutes read = new ReadRoutes(store);
        LinkedRoutes linked = new LinkedRoutes(store.links());
        SearchRoutes search = new SearchRoutes(index, store);
        ExportRoutes exports = new ExportRoutes(store);
        BearerAuth auth = new BearerAuth(tokens);
        IngestRoutes ingest = new IngestRoutes(auth, ingestion, options);
        WatchlistRoutes watch = new WatchlistRoutes(auth, watchlists);
        byte[] openApi = resource("openapi.json");
        ResponseCache cache = new ResponseCache(options.cacheBytes(), CACHE_MAX_AGE_NANOS, store::writesEnded);
        Javalin app = Javalin.create(config -> {
            configure(config, options);
            Handler readGate = ctx -> {
                if (options.readNeedsToken()) {
                    auth.require(ctx);
                }
            };
            config.routes.before("/api/*", readGate);
            config.routes.before("/events.*", readGate);
            config.routes.get("/api/articles", cache.around(read::articles));
            config.routes.get("/api/articles/{id}", cache.around(read::article));
            config.routes.get("/api/articles/{id}/entities", cache.around(read::entities));
            config.routes.get("/api/events", cache.around(read::events));
            config.routes.get("/api/claims", cache.around(read::claims));
            config.routes.get("/api/claims/series", cache.around(linked::claimSeries));
            config.routes.get("/api/entities", cache.around(linked::entities));
            config.routes.get("/api/entities/{id}", cache.around(linked::entity));
            config.routes.get("/api/stories", cache.around(linked::stories));
            config.routes.get("/api/stories/{id}", cache.around(linked::story));
            config.routes.get("/api/search", cache.around(search::search));
            config.routes.get("/api/watchlists", watch::list);
            config.routes.get("/api/watchlists/{id}", watch::one);
            config.routes.post("/api/watchlists", watch::add);
            config.routes.delete("/api/watchlists/{id}", watch::remove);
            config.routes.get("/events.csv", cache.around(exports::csv));
            config.routes.get("/events.acled.csv", cache.around(exports::acled));
            config.routes.get("/events.geojson", cache.around(exports::geojson));
            config.routes.post("/api/ingest", ingest::ingest);
            config.routes.get("/openapi.json", ctx -> Responses.send(ctx, Responses.JSON, openApi));
        });
        return new ApiServer(app, cache);
    }

    private static void configure(JavalinConfig config, ServeOptions options) {
        config.startup.showJavalinBanner = false;
        config.jetty.host = options.bind();
        config.jetty.port = options.port();
        config.http.maxRequestSize = options.maxUploadBytes();
        // a form's files are held in memory up to the upload limit (never written to a temporary folder) and refused past it
        config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE - 8, options.maxUploadBytes()), SizeUnit.BYTES);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.http.compressionStrategy = CompressionStrategy.GZIP;
        config.router.ignoreTrailingSlashes = true;
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = WEB;
            files.location = Location.CLASSPATH;
        });
        config.routes.after(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
        });
        config.routes.exception(ApiError.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(),
                e.getMessage() == null || e.getMessage().isBlank() ? "the request was refused" : Params.clip(e.getMessage())));
        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, Params.clip(e.getMessage())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            // the client learns nothing of the cause; the operator gets one line on stderr
            System.err.println("sitrep serve: " + ctx.method() + " " + Params.clip(ctx.path()) + " failed: "
                    + e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
            fail(ctx, 500, "the server could not answer this request");
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || !ctx.result().startsWith("{")) {
                fail(ctx, 404, "no such route: " + ctx.method() + " " + Params.clip(ctx.path()));
            }
        });
        config.routes.error(405, ctx -> fail(ctx, 405, "method not allowed: " + ctx.method()));
        config.routes.error(413, ctx -> {
            if (ctx.result() == null || !ctx.result().startsWith("{")) {
                fail(ctx, 413, "the body is larger than " + options.maxUploadBytes() + " bytes");
            }
        });
    }

    private static void fail(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.contentType(Responses.JSON);
        ctx.result(Responses.error(message));
    }

    public ApiServer start() {
        app.start();
        return this;
    }

    /** The port it listens on (the one chosen when the options asked for any). */
    public int port() {
        return app.port();
    }

    /** The routes the API answers, as registered (the before-handlers left out): {@code /openapi.json} describes each. */
    public List<Route> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(p -> p.endpoint.method.isHttpMethod())
                .map(p -> new Route(p.endpoint.method.name(), p.endpoint.path))
                .toList();
    }

    ResponseCache cache() {
        return cache;
    }

    /** How the cache of answers has done since the server started: hits, misses, kept and evicted answers. */
    public String cacheStats() {
        ResponseCache.Stats s = cache.stats();
        return s.hits() + " hits, " + s.misses() + " misses, " + s.kept() + " kept, " + s.evicted() + " evicted";
    }

    @Override
    public void close() {
        app.stop();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(WEB.substring(0, WEB.lastIndexOf('/')) + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
