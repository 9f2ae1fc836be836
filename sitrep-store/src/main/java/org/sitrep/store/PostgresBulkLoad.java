package org.sitrep.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;

/**
 * Loads articles read elsewhere (the Spark job's Parquet) into a PostgreSQL store with COPY, the rows the store's own
 * {@code save} writes (the article, its entities and mentions, events and their countries, claims), in one
 * transaction per batch: many rows per round trip instead of one statement per row. Each article's input is the
 * Article JSON itself (format {@code article}): the page it was read from is not in the Parquet. The store must hold
 * none of the articles yet; {@link #prepare} creates or upgrades its schema first. Articles are not linked across
 * one another here: the next {@code sitrep ingest} links them (or the Spark link job's output holds the links).
 */
public final class PostgresBulkLoad {

    /** The stages an article read with the whole pipeline has, recorded as the store records them. */
    public static final Set<String> ALL_STAGES = new LinkedHashSet<>(List.of("clean", "entities", "time", "geo",
            "quotes", "events", "claims"));

    /** How many rows went into each table. */
    public record Counts(long articles, long entities, long mentions, long events, long claims) implements java.io.Serializable {
        public long rows() {
            return 3 * articles + entities + mentions + events + claims; // an input, an article and their link each
        }

        public Counts plus(Counts o) {
            return new Counts(articles + o.articles, entities + o.entities, mentions + o.mentions, events + o.events,
                    claims + o.claims);
        }
    }

    /** One article to load, with the id its input row takes. */
    public record Item(long inputId, Article article) {
    }

    /** The link of an article to its input, which the store's save writes apart from the article's rows. */
    private static final ArticleRows.Table ARTICLE_INPUTS = new ArticleRows.Table("article_inputs", "article_id", "input_id");

    private PostgresBulkLoad() {
    }

    /** Creates or upgrades the store's schema (its Flyway migrations); returns the highest input id it holds. */
    public static long prepare(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("a bulk load needs a jdbc:postgresql: URL");
        }
        JdbiArticleStore.open(url).close();
        try (Connection c = DriverManager.getConnection(url);
             var rs = c.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM inputs")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read the inputs of " + StoreUrls.redact(url), e.getMessage(), e);
        }
    }

    /**
     * After every batch: the next input id the store gives is past the loaded ones, and the planner's statistics
     * count the loaded rows (until autovacuum gets to them, a store loaded from empty is planned as an empty one).
     */
    public static void finish(String url) {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("SELECT setval(pg_get_serial_sequence('inputs', 'id'),"
                    + " (SELECT GREATEST(COALESCE(MAX(id), 0), 1) FROM inputs))");
            c.createStatement().execute("ANALYZE inputs, articles, article_inputs, entities, mentions, events,"
                    + " event_countries, claims");
        } catch (SQLException e) {
            throw new StoreException("cannot finish the load into " + StoreUrls.redact(url), e.getMessage(), e);
        }
    }

    /** Loads one batch in one transaction; nothing of it is written if any row is refused. */
    public static Counts load(String url, Iterable<Item> items) {
        Tables t = new Tables();
        Instant now = Instant.now();
        String stages = String.join(",", ALL_STAGES);
        for (Item item : items) {
            t.add(item.inputId(), item.article(), stages, now);
        }
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy(copy, "inputs (id, content_hash, path, format, url, published, retrieved_at, ingested_at, stages, byte_count, raw)",
                    t.inputs);
            for (ArticleRows.Table table : List.of(ArticleRows.ARTICLES, ARTICLE_INPUTS, ArticleRows.ENTITIES, ArticleRows.MENTIONS,
                    ArticleRows.EVENTS, ArticleRows.EVENT_COUNTRIES, ArticleRows.CLAIMS)) {
                copy(copy, table.named(), t.rows(table));
            }
            c.commit();
            return t.counts;
        } catch (SQLException e) {
            String reason = "23505".equals(e.getSQLState())
                    ? "it already holds some of these articles (a bulk load adds articles a store does not have)"
                    : JdbiArticleStore.reason(e);
            throw new StoreException("cannot bulk-load into " + StoreUrls.redact(url), reason, e);
        } catch (IOException e) {
            throw new StoreException("cannot bulk-load into " + StoreUrls.redact(url), JdbiArticleStore.reason(e), e);
        }
    }

    private static void copy(CopyManager copy, String table, Csv rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        copy.copyIn("COPY " + table + " FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
    }

    /** The rows of each table, as the store's {@code save} makes them ({@link ArticleRows}), and the input's. */
    private static final class Tables {
        final Csv inputs = new Csv();
        private final Map<ArticleRows.Table, Csv> rows = new HashMap<>();
        Counts counts = new Counts(0, 0, 0, 0, 0);

        Csv rows(ArticleRows.Table table) {
            return rows.computeIfAbsent(table, x -> new Csv());
        }

        void add(long inputId, Article a, String stages, Instant now) {
            String json = ArticleJson.toJson(a);
            byte[] raw = json.getBytes(StandardCharsets.UTF_8);
            RawInput input = new RawInput(a.source() != null && a.source().path() != null ? a.source().path() : a.id(),
                    "article", a.source() == null ? null : a.source().url(), null, null, raw);
            String retrieved = a.source() == null ? null : a.source().retrievedAt();
            inputs.row(inputId, input.contentHash(), input.path(), "article", input.url(), null, retrieved,
                    now.atOffset(ZoneOffset.UTC), stages, (long) raw.length, raw);
            rows(ArticleRows.ARTICLES).row(ArticleRows.article(a, inputId, 0, stages, now.atOffset(ZoneOffset.UTC)));
            rows(ARTICLE_INPUTS).row(a.id(), inputId);
            Map<ArticleRows.Table, Long> added = new HashMap<>();
            ArticleRows.parts(a, (table, values) -> {
                rows(table).row(values);
                added.merge(table, 1L, Long::sum);
            });
            counts = counts.plus(new Counts(1, added.getOrDefault(ArticleRows.ENTITIES, 0L),
                    added.getOrDefault(ArticleRows.MENTIONS, 0L), a.events().size(), a.claims().size()));
        }
    }

    /** Rows in PostgreSQL's CSV form: NULL unquoted and empty, every text quoted, bytes as hex. */
    private static final class Csv {
        private final StringBuilder out = new StringBuilder();

        boolean isEmpty() {
            return out.length() == 0;
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                if (v instanceof byte[] bytes) {
                    out.append("\"\\x").append(java.util.HexFormat.of().formatHex(bytes)).append('"');
                } else if (v instanceof Number || v instanceof Boolean) {
                    out.append(v);
                } else {
                    out.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
                }
            }
            out.append('\n');
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
