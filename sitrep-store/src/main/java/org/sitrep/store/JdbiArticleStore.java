package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * The store on any JDBC database the migrations run on: H2 (embedded, the default) and PostgreSQL.
 * Holds one connection for its lifetime (an embedded H2 database stays open while a connection
 * does); the methods take turns on it, so one store may be shared between threads.
 */
public final class JdbiArticleStore implements ArticleStore {

    private static final Pattern ISO_PREFIX = Pattern.compile(
            "^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");

    private static final String ARTICLE_COLUMNS = "a.id, a.title, a.published, a.url, a.source_path, i.content_hash,"
            + " a.position_in_input, a.stages, a.stored_at, a.article_json"
            + " FROM articles a JOIN inputs i ON i.id = a.input_id";

    /** Where the migrations are; {@link #SCHEMA_VERSION} is the newest of them (a test holds the two together). */
    static final String MIGRATIONS = "classpath:org/sitrep/store/migration";
    static final String SCHEMA_VERSION = "1";

    private final String url;
    private final Handle handle;

    private JdbiArticleStore(String url, Handle handle) {
        this.url = url;
        this.handle = handle;
    }

    /**
     * Opens the database at this JDBC URL, creating or migrating its schema first.
     *
     * @throws StoreException naming the (password-free) URL and the reason, in one line
     */
    public static JdbiArticleStore open(String givenUrl) {
        String url = StoreUrls.durable(givenUrl);
        Handle handle;
        try {
            handle = Jdbi.create(url).open();
        } catch (JdbiException e) {
            throw new StoreException("cannot open database " + StoreUrls.redact(givenUrl), reason(e), e);
        }
        try {
            if (!isCurrent(handle)) {
                Flyway.configure()
                        .dataSource(url, null, null)
                        .locations(MIGRATIONS)
                        .loggers("slf4j")
                        .load()
                        .migrate();
            }
            return new JdbiArticleStore(url, handle);
        } catch (FlywayException | JdbiException e) {
            handle.close();
            throw new StoreException("cannot open database " + StoreUrls.redact(givenUrl), reason(e), e);
        }
    }

    /**
     * Whether the schema is already at {@link #SCHEMA_VERSION}, so Flyway (whose start costs about a
     * second, on every command) need not run. Anything else, a new database included, goes to Flyway.
     */
    private static boolean isCurrent(Handle handle) {
        try {
            // quoted: Flyway names its table and columns in lower case, which H2 folds unquoted names away from
            return handle.inTransaction(h -> h.createQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                            + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL").mapTo(String.class).list())
                    .stream().anyMatch(SCHEMA_VERSION::equals);
        } catch (JdbiException e) {
            return false; // no history table yet
        }
    }

    /** Whether this store's schema is at {@link #SCHEMA_VERSION} (so the next open skips Flyway). */
    synchronized boolean schemaIsCurrent() {
        return isCurrent(handle);
    }

    @Override
    public synchronized SaveResult save(RawInput input, Set<String> stages, List<Article> articles) {
        String hash = input.contentHash();
        try {
            return handle.inTransaction(h -> saveIn(h, hash, input, stages, articles));
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("cannot store " + input.path(), reason(e), e);
        }
    }

    private SaveResult saveIn(Handle h, String hash, RawInput input, Set<String> stages, List<Article> articles) {
        Instant now = Instant.now();
        Optional<String> storedStages = h.createQuery("SELECT stages FROM inputs WHERE content_hash = :hash")
                .bind("hash", hash).mapTo(String.class).findOne();
        boolean inputNew = storedStages.isEmpty();
        if (inputNew) {
            h.createUpdate("INSERT INTO inputs (content_hash, path, format, url, published, retrieved_at, ingested_at,"
                            + " stages, byte_count, raw) VALUES (:hash, :path, :format, :url, :published, :retrievedAt,"
                            + " :ingestedAt, :stages, :byteCount, :raw)")
                    .bind("hash", hash)
                    .bind("path", input.path())
                    .bind("format", clip(input.format(), 16))
                    .bind("url", input.url())
                    .bind("published", clip(input.published(), 64))
                    .bind("retrievedAt", utc(input.retrievedAt()))
                    .bind("ingestedAt", utc(now))
                    .bind("stages", joinStages(stages))
                    .bind("byteCount", (long) input.bytes().length)
                    .bind("raw", input.bytes())
                    .execute();
        } else {
            Set<String> union = new LinkedHashSet<>(splitStages(storedStages.get()));
            if (union.addAll(stages)) {
                h.createUpdate("UPDATE inputs SET stages = :stages WHERE content_hash = :hash")
                        .bind("stages", joinStages(union)).bind("hash", hash).execute();
            }
        }
        long inputId = h.createQuery("SELECT id FROM inputs WHERE content_hash = :hash")
                .bind("hash", hash).mapTo(Long.class).one();

        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int position = 0;
        for (Article article : articles) {
            if (article.id() == null || article.id().isBlank()) {
                throw new IllegalStateException("article " + position + " has no id");
            }
            Optional<String> before = h.createQuery("SELECT stages FROM articles WHERE id = :id")
                    .bind("id", article.id()).mapTo(String.class).findOne();
            if (before.isEmpty()) {
                insertArticle(h, article, inputId, position, stages, now);
                added++;
            } else if (isFuller(stages, splitStages(before.get()))) {
                replaceArticle(h, article, inputId, position, stages, now);
                updated++;
            } else {
                unchanged++;
            }
            link(h, article.id(), inputId);
            position++;
        }
        return new SaveResult(hash, inputNew, added, updated, unchanged);
    }

    /** A reading replaces a stored one when it has every stage the stored one had, and more. */
    private static boolean isFuller(Set<String> now, List<String> before) {
        return now.containsAll(before) && !new HashSet<>(before).containsAll(now);
    }

    private static void insertArticle(Handle h, Article a, long inputId, int position, Set<String> stages, Instant now) {
        bindArticle(h.createUpdate("INSERT INTO articles (id, input_id, position_in_input, title, published, published_key,"
                        + " published_precision, url, source_path, language, stages, stored_at, article_json)"
                        + " VALUES (:id, :inputId, :position, :title, :published, :publishedKey, :precision, :url,"
                        + " :sourcePath, :language, :stages, :storedAt, :json)"), a, inputId, position, stages, now)
                .execute();
        insertEntities(h, a);
    }

    /** Replaces a stored article, its entities and mentions in place; its links to inputs stay. */
    private static void replaceArticle(Handle h, Article a, long inputId, int position, Set<String> stages, Instant now) {
        deleteEntities(h, a.id());
        bindArticle(h.createUpdate("UPDATE articles SET input_id = :inputId, position_in_input = :position, title = :title,"
                        + " published = :published, published_key = :publishedKey, published_precision = :precision,"
                        + " url = :url, source_path = :sourcePath, language = :language, stages = :stages,"
                        + " stored_at = :storedAt, article_json = :json WHERE id = :id"), a, inputId, position, stages, now)
                .execute();
        insertEntities(h, a);
    }

    private static Update bindArticle(Update update, Article a, long inputId, int position, Set<String> stages, Instant now) {
        String published = a.published() == null ? null : a.published().value();
        return update
                .bind("id", a.id())
                .bind("inputId", inputId)
                .bind("position", position)
                .bind("title", a.title())
                .bind("published", clip(published, 64))
                .bind("publishedKey", publishedKey(published))
                .bind("precision", a.published() == null ? null : clip(a.published().precision(), 32))
                .bind("url", a.source() == null ? null : a.source().url())
                .bind("sourcePath", a.source() == null ? null : a.source().path())
                .bind("language", clip(a.language(), 16))
                .bind("stages", joinStages(stages))
                .bind("storedAt", utc(now))
                .bind("json", ArticleJson.toJson(a));
    }

    private static void insertEntities(Handle h, Article a) {
        Set<String> seen = new HashSet<>();
        for (Entity e : a.entities()) {
            if (e.id() == null || !seen.add(e.id())) {
                continue; // an entity without an id cannot be referred to; a repeated id is the same entity
            }
            h.createUpdate("INSERT INTO entities (article_id, entity_id, entity_type, name, title, affiliation, country,"
                            + " geonameid) VALUES (:article, :entity, :type, :name, :title, :affiliation, :country, :geonameid)")
                    .bind("article", a.id())
                    .bind("entity", clip(e.id(), 32))
                    .bind("type", clip(e.type(), 32))
                    .bind("name", e.name())
                    .bind("title", e.title())
                    .bind("affiliation", e.affiliation())
                    .bind("country", clip(e.country(), 8))
                    .bind("geonameid", e.place() == null ? null : e.place().geonameid())
                    .execute();
            for (Span m : e.mentions()) {
                h.createUpdate("INSERT INTO mentions (article_id, entity_id, start_offset, end_offset, mention_text)"
                                + " VALUES (:article, :entity, :start, :end, :text)")
                        .bind("article", a.id())
                        .bind("entity", clip(e.id(), 32))
                        .bind("start", m.start())
                        .bind("end", m.end())
                        .bind("text", m.text())
                        .execute();
            }
        }
    }

    private static void deleteEntities(Handle h, String articleId) {
        h.createUpdate("DELETE FROM mentions WHERE article_id = :id").bind("id", articleId).execute();
        h.createUpdate("DELETE FROM entities WHERE article_id = :id").bind("id", articleId).execute();
    }

    private static void link(Handle h, String articleId, long inputId) {
        int linked = h.createQuery("SELECT COUNT(*) FROM article_inputs WHERE article_id = :article AND input_id = :input")
                .bind("article", articleId).bind("input", inputId).mapTo(Integer.class).one();
        if (linked == 0) {
            h.createUpdate("INSERT INTO article_inputs (article_id, input_id) VALUES (:article, :input)")
                    .bind("article", articleId).bind("input", inputId).execute();
        }
    }

    @Override
    public synchronized Optional<StoredInput> findInput(String contentHash) {
        try {
            return handle.inTransaction(h -> h.createQuery("SELECT id, content_hash, path, format, url, published,"
                            + " retrieved_at, ingested_at, stages, byte_count FROM inputs WHERE content_hash = :hash")
                    .bind("hash", contentHash)
                    .map((rs, ctx) -> new StoredInput(rs.getLong("id"), rs.getString("content_hash"), rs.getString("path"),
                            rs.getString("format"), rs.getString("url"), rs.getString("published"),
                            instant(rs, "retrieved_at"), instant(rs, "ingested_at"), splitStages(rs.getString("stages")),
                            rs.getLong("byte_count"), List.of()))
                    .findOne()
                    .map(in -> new StoredInput(in.id(), in.contentHash(), in.path(), in.format(), in.url(), in.published(),
                            in.retrievedAt(), in.ingestedAt(), in.stages(), in.byteCount(), articleIdsOf(h, in.id()))));
        } catch (JdbiException e) {
            throw failure("cannot read input " + contentHash, e);
        }
    }

    /** The articles found in an input, in the order it gave them (first the ones stored from it). */
    private static List<String> articleIdsOf(Handle h, long inputId) {
        return h.createQuery("SELECT ai.article_id FROM article_inputs ai JOIN articles a ON a.id = ai.article_id"
                        + " WHERE ai.input_id = :input ORDER BY CASE WHEN a.input_id = :input THEN 0 ELSE 1 END,"
                        + " a.position_in_input, a.id")
                .bind("input", inputId).mapTo(String.class).list();
    }

    @Override
    public synchronized Optional<byte[]> rawInput(String contentHash) {
        try {
            return handle.createQuery("SELECT raw FROM inputs WHERE content_hash = :hash")
                    .bind("hash", contentHash).map((rs, ctx) -> rs.getBytes(1)).findOne();
        } catch (JdbiException e) {
            throw failure("cannot read input " + contentHash, e);
        }
    }

    @Override
    public synchronized Optional<StoredArticle> find(String articleId) {
        try {
            return handle.createQuery("SELECT " + ARTICLE_COLUMNS + " WHERE a.id = :id")
                    .bind("id", articleId).map((rs, ctx) -> storedArticle(rs)).findOne();
        } catch (JdbiException e) {
            throw failure("cannot read article " + articleId, e);
        }
    }

    @Override
    public synchronized List<StoredArticle> list(ArticleQuery query) {
        StringBuilder sql = new StringBuilder("SELECT ").append(ARTICLE_COLUMNS).append(where(query))
                .append(" ORDER BY a.published_key DESC NULLS LAST, a.id");
        if (query.limit() > 0) {
            sql.append(" LIMIT :limit");
        }
        if (query.offset() > 0) {
            sql.append(" OFFSET :offset");
        }
        try {
            Query q = bindFilters(handle.createQuery(sql.toString()), query);
            if (query.limit() > 0) {
                q.bind("limit", query.limit());
            }
            if (query.offset() > 0) {
                q.bind("offset", query.offset());
            }
            return q.map((rs, ctx) -> storedArticle(rs)).list();
        } catch (JdbiException e) {
            throw failure("cannot list articles", e);
        }
    }

    @Override
    public synchronized long count(ArticleQuery query) {
        try {
            return bindFilters(handle.createQuery("SELECT COUNT(*) FROM articles a" + where(query)), query)
                    .mapTo(Long.class).one();
        } catch (JdbiException e) {
            throw failure("cannot count articles", e);
        }
    }

    @Override
    public synchronized long countInputs() {
        try {
            return handle.createQuery("SELECT COUNT(*) FROM inputs").mapTo(Long.class).one();
        } catch (JdbiException e) {
            throw failure("cannot count inputs", e);
        }
    }

    @Override
    public synchronized void close() {
        handle.close();
    }

    /** The WHERE clause of a query; every value is a bound parameter. */
    private static String where(ArticleQuery q) {
        List<String> conditions = new ArrayList<>();
        if (q.idPrefix() != null) {
            conditions.add("a.id LIKE :idPrefix ESCAPE '\\'");
        }
        if (q.titleContains() != null) {
            conditions.add("LOWER(a.title) LIKE :title ESCAPE '\\'");
        }
        if (q.publishedFrom() != null) {
            conditions.add("a.published_key >= :from");
        }
        if (q.publishedTo() != null) {
            conditions.add("a.published_key <= :to");
        }
        if (q.inputHash() != null) {
            conditions.add("EXISTS (SELECT 1 FROM article_inputs ai JOIN inputs qi ON qi.id = ai.input_id"
                    + " WHERE ai.article_id = a.id AND qi.content_hash = :inputHash)");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Query bindFilters(Query query, ArticleQuery q) {
        if (q.idPrefix() != null) {
            query.bind("idPrefix", likeEscape(q.idPrefix()) + "%");
        }
        if (q.titleContains() != null) {
            query.bind("title", "%" + likeEscape(q.titleContains().toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.publishedFrom() != null) {
            query.bind("from", requireKey(q.publishedFrom()));
        }
        if (q.publishedTo() != null) {
            // a bare day (or month) includes all of it: pad with the largest digits
            query.bind("to", (requireKey(q.publishedTo()) + "99999999999999").substring(0, 14));
        }
        if (q.inputHash() != null) {
            query.bind("inputHash", q.inputHash());
        }
        return query;
    }

    private static String requireKey(String isoDate) {
        String key = publishedKey(isoDate);
        if (key == null) {
            throw new IllegalArgumentException("not an ISO-8601 date: '" + isoDate + "'");
        }
        return key;
    }

    /**
     * The digits of an ISO-8601 date or time, year first, without its zone: "2024-10-29T10:05Z" is
     * "202410291005". Digit strings compare the same under every database collation, and a
     * shorter one (a day) sorts before the longer ones it starts (the times of that day).
     */
    static String publishedKey(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = ISO_PREFIX.matcher(iso.strip());
        if (!m.find()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int g = 1; g <= m.groupCount() && m.group(g) != null; g++) {
            key.append(m.group(g));
        }
        return key.toString();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static StoredArticle storedArticle(ResultSet rs) throws SQLException {
        return new StoredArticle(rs.getString("id"), rs.getString("title"), rs.getString("published"),
                rs.getString("url"), rs.getString("source_path"), rs.getString("content_hash"),
                rs.getInt("position_in_input"), splitStages(rs.getString("stages")), instant(rs, "stored_at"),
                rs.getString("article_json"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static String joinStages(Set<String> stages) {
        return String.join(",", stages);
    }

    private static List<String> splitStages(String stages) {
        return stages == null || stages.isBlank() ? List.of() : Arrays.asList(stages.split(","));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
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
