package org.sitrep.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/**
 * The store on any JDBC database the migrations run on: H2 (embedded, the default) and PostgreSQL.
 * Holds a pool of connections for its lifetime (an embedded H2 database stays open while one of them is): reads
 * each take one and run side by side; writes (storing an input, linking an article) take turns on one lock, each
 * in its own transaction, so the linking decisions, which read what the articles before wrote, see every one of
 * them. One store may be shared between threads.
 */
public final class JdbiArticleStore implements ArticleStore {

    /** Where the migrations are; {@link #SCHEMA_VERSION} is the newest of them (a test holds the two together). */
    static final String MIGRATIONS = "classpath:org/sitrep/store/migration";
    static final String SCHEMA_VERSION = "11";

    /**
     * Connections in the pool: more than the cores of a small server, since a read waits on the database as
     * much as it computes, and few enough that PostgreSQL's default of 100 connections serves several stores.
     */
    static final int POOL_SIZE = 8;

    private final String url;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final WriteTurns writes = new WriteTurns();
    private final ArticleReads reads;
    private final LinkStore links;

    private JdbiArticleStore(String url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.reads = new ArticleReads(jdbi);
        this.links = new JdbiLinkStore(this, jdbi, writes, url);
    }

    /**
     * Opens the database at this JDBC URL, creating or migrating its schema first.
     *
     * @throws StoreException naming the (password-free) URL and the reason, in one line
     */
    public static JdbiArticleStore open(String givenUrl) {
        String url = StoreUrls.opened(givenUrl);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(url));
        } catch (RuntimeException e) { // Hikari's own, or the driver's refusal wrapped in it
            throw new StoreException("cannot open database " + StoreUrls.redact(givenUrl), reason(e), e);
        }
        try {
            if (!isCurrent(Jdbi.create(pool))) {
                Flyway.configure().dataSource(pool).locations(MIGRATIONS).loggers("slf4j").load().migrate();
            }
            return new JdbiArticleStore(url, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot open database " + StoreUrls.redact(givenUrl), reason(e), e);
        }
    }

    private static HikariConfig poolConfig(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("sitrep-store");
        config.setMaximumPoolSize(POOL_SIZE);
        // a fixed pool: an embedded database closes with its last connection, and a new one costs a login
        config.setMinimumIdle(POOL_SIZE);
        config.setIdleTimeout(0);
        if (url.startsWith("jdbc:h2:")) {
            config.setMaxLifetime(0); // an embedded connection never goes stale, and retiring it could close the database
        }
        config.setConnectionTimeout(30_000); // a read waits this long for a free connection before it is refused
        config.setInitializationFailTimeout(1); // a database that cannot be reached is said so now, not at first use
        return config;
    }

    /**
     * Whether the schema is already at {@link #SCHEMA_VERSION}, so Flyway (whose start costs about a
     * second, on every command) need not run. Anything else, a new database included, goes to Flyway.
     */
    private static boolean isCurrent(Jdbi jdbi) {
        try {
            // quoted: Flyway names its table and columns in lower case, which H2 folds unquoted names away from
            return jdbi.inTransaction(h -> h.createQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                            + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL").mapTo(String.class).list())
                    .stream().anyMatch(SCHEMA_VERSION::equals);
        } catch (JdbiException e) {
            return false; // no history table yet
        }
    }

    /** Whether this store's schema is at {@link #SCHEMA_VERSION} (so the next open skips Flyway). */
    boolean schemaIsCurrent() {
        return isCurrent(jdbi);
    }

    @Override
    public SaveResult save(RawInput input, Set<String> stages, List<Article> articles) {
        writes.begin();
        try {
            return jdbi.inTransaction(h -> ArticleWrites.save(h, input, stages, articles));
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("cannot store " + input.path(), reason(e), e);
        } finally {
            writes.end();
        }
    }

    @Override
    public Optional<StoredInput> findInput(String contentHash) {
        return read("cannot read input " + contentHash, () -> reads.findInput(contentHash));
    }

    @Override
    public Optional<byte[]> rawInput(String contentHash) {
        return read("cannot read input " + contentHash, () -> reads.rawInput(contentHash));
    }

    @Override
    public Optional<StoredArticle> find(String articleId) {
        return read("cannot read article " + articleId, () -> reads.find(articleId));
    }

    @Override
    public List<StoredArticle> list(ArticleQuery query) {
        return read("cannot list articles", () -> reads.list(query));
    }

    @Override
    public long writesEnded() {
        return writes.ended();
    }

    @Override
    public List<ArticleSummary> summaries(ArticleQuery query) {
        return read("cannot list articles", () -> reads.summaries(query));
    }

    @Override
    public long count(ArticleQuery query) {
        return read("cannot count articles", () -> reads.count(query));
    }

    @Override
    public long countInputs() {
        return read("cannot count inputs", reads::countInputs);
    }

    @Override
    public List<StoredEvent> events(EventQuery query) {
        return events(query, EventFilter.NONE);
    }

    @Override
    public List<StoredEvent> events(EventQuery query, EventFilter filter) {
        return read("cannot list events", () -> reads.events(query, filter));
    }

    @Override
    public long countEvents(EventQuery query) {
        return countEvents(query, EventFilter.NONE);
    }

    @Override
    public long countEvents(EventQuery query, EventFilter filter) {
        return read("cannot count events", () -> reads.countEvents(query, filter));
    }

    @Override
    public List<StoredClaim> claims(ClaimQuery query) {
        return read("cannot list claims", () -> reads.claims(query));
    }

    @Override
    public long countClaims(ClaimQuery query) {
        return read("cannot count claims", () -> reads.countClaims(query));
    }

    private <T> T read(String what, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (JdbiException e) {
            throw failure(what, e);
        }
    }

    static Event event(String json) {
        return ArticleReads.event(json);
    }

    @Override
    public LinkStore links() {
        return links;
    }

    @Override
    public void close() {
        pool.close();
    }

    /**
     * The digits of an ISO-8601 date or time, year first, without its zone: "2024-10-29T10:05Z" is
     * "202410291005". Digit strings compare the same under every database collation, and a
     * shorter one (a day) sorts before the longer ones it starts (the times of that day).
     */
    static String publishedKey(String iso) {
        return DateKeys.key(iso);
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(what + " in " + StoreUrls.redact(url), reason(e), e);
    }

    /** The innermost message of a failure, on one line and without passwords. */
    static String reason(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
            t = t.getCause();
        }
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        String line = StoreUrls.redact(message.replaceAll("\\s+", " ").strip());
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
