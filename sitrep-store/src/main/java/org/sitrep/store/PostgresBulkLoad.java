package org.sitrep.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

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
            copy(copy, "articles (id, input_id, position_in_input, title, published, published_key, published_precision, url,"
                    + " source_path, language, stages, stored_at, article_json)", t.articles);
            copy(copy, "article_inputs (article_id, input_id)", t.articleInputs);
            copy(copy, "entities (article_id, entity_id, entity_type, name, title, affiliation, country, geonameid)", t.entities);
            copy(copy, "mentions (article_id, entity_id, start_offset, end_offset, mention_text)", t.mentions);
            copy(copy, "events (article_id, event_index, event_id, event_type, event_mode, acled_event_type,"
                    + " acled_sub_event_type, actor1_name, actor1_country, actor1_kind, actor2_name, actor2_country,"
                    + " actor2_kind, place_name, place_geonameid, place_country, place_admin1, place_lat, place_lon,"
                    + " geo_precision, event_date, event_date_precision, date_key, killed, injured, modality,"
                    + " according_to, evidence_start, evidence_end, evidence_text, confidence, event_json)", t.events);
            copy(copy, "event_countries (article_id, event_index, country)", t.eventCountries);
            copy(copy, "claims (article_id, claim_index, subject, claim_value, unit, approximate, according_to,"
                    + " according_to_entity, as_of, as_of_precision, date_key, evidence_start, evidence_end, evidence_text)",
                    t.claims);
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

    /** The rows of each table, as the store's {@code save} makes them. */
    private static final class Tables {
        final Csv inputs = new Csv();
        final Csv articles = new Csv();
        final Csv articleInputs = new Csv();
        final Csv entities = new Csv();
        final Csv mentions = new Csv();
        final Csv events = new Csv();
        final Csv eventCountries = new Csv();
        final Csv claims = new Csv();
        Counts counts = new Counts(0, 0, 0, 0, 0);

        void add(long inputId, Article a, String stages, Instant now) {
            String json = ArticleJson.toJson(a);
            byte[] raw = json.getBytes(StandardCharsets.UTF_8);
            RawInput input = new RawInput(a.source() != null && a.source().path() != null ? a.source().path() : a.id(),
                    "article", a.source() == null ? null : a.source().url(), null, null, raw);
            String retrieved = a.source() == null ? null : a.source().retrievedAt();
            inputs.row(inputId, input.contentHash(), input.path(), "article", input.url(), null, retrieved,
                    now.atOffset(ZoneOffset.UTC), stages, (long) raw.length, raw);
            String published = a.published() == null ? null : a.published().value();
            articles.row(a.id(), inputId, 0, a.title(), ArticleWrites.clip(published, 64), DateKeys.key(published),
                    a.published() == null ? null : ArticleWrites.clip(a.published().precision(), 32),
                    a.source() == null ? null : a.source().url(), a.source() == null ? null : a.source().path(),
                    ArticleWrites.clip(a.language(), 16), stages, now.atOffset(ZoneOffset.UTC), json);
            articleInputs.row(a.id(), inputId);
            long entityRows = 0;
            long mentionRows = 0;
            Set<String> seen = new HashSet<>();
            for (Entity e : a.entities()) {
                if (e.id() == null || !seen.add(e.id())) {
                    continue;
                }
                entityRows++;
                entities.row(a.id(), ArticleWrites.clip(e.id(), 32), ArticleWrites.clip(e.type(), 32), e.name(),
                        e.title(), e.affiliation(), ArticleWrites.clip(e.country(), 8),
                        e.place() == null ? null : e.place().geonameid());
                for (Span m : e.mentions()) {
                    mentionRows++;
                    mentions.row(a.id(), ArticleWrites.clip(e.id(), 32), m.start(), m.end(), m.text());
                }
            }
            addEvents(a);
            addClaims(a);
            counts = counts.plus(new Counts(1, entityRows, mentionRows, a.events().size(), a.claims().size()));
        }

        private void addEvents(Article a) {
            String publishedKey = a.published() == null ? null : DateKeys.key(a.published().value());
            Set<String> ids = new HashSet<>();
            int index = 0;
            for (Event e : a.events()) {
                String base = e.id() == null || e.id().isBlank() ? "ev" + (index + 1) : ArticleWrites.clip(e.id().strip(), 28);
                String eventId = base;
                for (int n = 2; !ids.add(eventId); n++) {
                    eventId = base + "-" + n;
                }
                Participant actor = e.actors().isEmpty() ? null : e.actors().get(0);
                Participant target = e.targets().isEmpty() ? null : e.targets().get(0);
                Place p = e.place();
                String dateKey = e.date() == null ? null : DateKeys.ofTimex(e.date().value());
                events.row(a.id(), index, eventId, clipUpper(e.type(), 32), e.mode(),
                        e.acled() == null ? null : ArticleWrites.clip(e.acled().eventType(), 64),
                        e.acled() == null ? null : ArticleWrites.clip(e.acled().subEventType(), 64),
                        actor == null ? null : actor.name(), actor == null ? null : clipUpper(actor.country(), 8),
                        actor == null ? null : ArticleWrites.clip(actor.kind(), 64),
                        target == null ? null : target.name(), target == null ? null : clipUpper(target.country(), 8),
                        target == null ? null : ArticleWrites.clip(target.kind(), 64),
                        p == null ? null : p.name(), p == null ? null : p.geonameid(), p == null ? null : clipUpper(p.country(), 8),
                        p == null ? null : p.admin1(), p == null ? null : p.lat(), p == null ? null : p.lon(), e.geoPrecision(),
                        e.date() == null ? null : ArticleWrites.clip(e.date().value(), 64),
                        e.date() == null ? null : ArticleWrites.clip(e.date().precision(), 32),
                        ArticleWrites.clip(dateKey != null ? dateKey : publishedKey, 32), e.killed(), e.injured(),
                        ArticleWrites.clip(e.modality() == null ? null : e.modality().toLowerCase(Locale.ROOT), 32),
                        e.accordingTo() == null ? null : e.accordingTo().name(),
                        e.evidence() == null ? null : e.evidence().start(), e.evidence() == null ? null : e.evidence().end(),
                        e.evidence() == null ? null : e.evidence().text(), e.confidence(), ArticleJson.toJson(e));
                Set<String> countries = new LinkedHashSet<>();
                if (p != null) {
                    countries.add(ArticleWrites.upper(p.country()));
                }
                e.actors().forEach(x -> countries.add(ArticleWrites.upper(x.country())));
                e.targets().forEach(x -> countries.add(ArticleWrites.upper(x.country())));
                for (String country : countries) {
                    if (country != null && !country.isBlank() && country.length() <= 8) {
                        eventCountries.row(a.id(), index, country);
                    }
                }
                index++;
            }
        }

        private void addClaims(Article a) {
            String publishedKey = a.published() == null ? null : DateKeys.key(a.published().value());
            int index = 0;
            for (Claim c : a.claims()) {
                String asOfKey = c.asOf() == null ? null : DateKeys.ofTimex(c.asOf().value());
                claims.row(a.id(), index, c.subject(), c.value(), c.unit(), c.approximate(),
                        c.accordingTo() == null ? null : c.accordingTo().name(),
                        c.accordingTo() == null ? null : ArticleWrites.clip(c.accordingTo().entity(), 32),
                        c.asOf() == null ? null : ArticleWrites.clip(c.asOf().value(), 64),
                        c.asOf() == null ? null : ArticleWrites.clip(c.asOf().precision(), 32),
                        ArticleWrites.clip(asOfKey != null ? asOfKey : publishedKey, 32),
                        c.evidence() == null ? null : c.evidence().start(), c.evidence() == null ? null : c.evidence().end(),
                        c.evidence() == null ? null : c.evidence().text());
                index++;
            }
        }

        private static String clipUpper(String s, int max) {
            return ArticleWrites.clip(ArticleWrites.upper(s), max);
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
