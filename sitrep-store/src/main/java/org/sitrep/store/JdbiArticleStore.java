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
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Claim;
import org.sitrep.model.DateValue;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Ref;
import org.sitrep.model.Span;

/**
 * The store on any JDBC database the migrations run on: H2 (embedded, the default) and PostgreSQL.
 * Holds one connection for its lifetime (an embedded H2 database stays open while a connection
 * does); the methods take turns on it, so one store may be shared between threads.
 */
public final class JdbiArticleStore implements ArticleStore {

    /** Modalities of events that did not happen as told: an ACLED export leaves them out. */
    private static final List<String> NOT_HAPPENED = List.of("denied", "planned", "threatened", "hypothetical");

    private static final String ARTICLE_COLUMNS = "a.id, a.title, a.published, a.url, a.source_path, i.content_hash,"
            + " a.position_in_input, a.stages, a.stored_at, a.article_json"
            + " FROM articles a JOIN inputs i ON i.id = a.input_id";

    /** Where the migrations are; {@link #SCHEMA_VERSION} is the newest of them (a test holds the two together). */
    static final String MIGRATIONS = "classpath:org/sitrep/store/migration";
    static final String SCHEMA_VERSION = "5";

    private final String url;
    private final Handle handle;
    private final LinkStore links;

    private JdbiArticleStore(String url, Handle handle) {
        this.url = url;
        this.handle = handle;
        this.links = new JdbiLinkStore(this, handle, url);
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
        insertEvents(h, a);
        insertClaims(h, a);
    }

    /** Replaces a stored article, its entities, mentions, events and claims in place; its links to inputs stay. */
    private static void replaceArticle(Handle h, Article a, long inputId, int position, Set<String> stages, Instant now) {
        JdbiLinkStore.forget(h, a.id()); // linked again from the fuller reading
        deleteEvents(h, a.id());
        deleteClaims(h, a.id());
        deleteEntities(h, a.id());
        bindArticle(h.createUpdate("UPDATE articles SET input_id = :inputId, position_in_input = :position, title = :title,"
                        + " published = :published, published_key = :publishedKey, published_precision = :precision,"
                        + " url = :url, source_path = :sourcePath, language = :language, stages = :stages,"
                        + " stored_at = :storedAt, article_json = :json WHERE id = :id"), a, inputId, position, stages, now)
                .execute();
        insertEntities(h, a);
        insertEvents(h, a);
        insertClaims(h, a);
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

    private static void insertEvents(Handle h, Article a) {
        String publishedKey = a.published() == null ? null : DateKeys.key(a.published().value());
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (Event e : a.events()) {
            String base = e.id() == null || e.id().isBlank() ? "ev" + (index + 1) : clip(e.id().strip(), 28);
            String eventId = base;
            for (int n = 2; !ids.add(eventId); n++) {
                eventId = base + "-" + n; // ids name events in exports, so a repeated one is told apart
            }
            Participant actor = e.actors().isEmpty() ? null : e.actors().get(0);
            Participant target = e.targets().isEmpty() ? null : e.targets().get(0);
            Place p = e.place();
            String dateKey = e.date() == null ? null : DateKeys.ofTimex(e.date().value());
            h.createUpdate("INSERT INTO events (article_id, event_index, event_id, event_type, event_mode, acled_event_type,"
                            + " acled_sub_event_type, actor1_name, actor1_country, actor1_kind, actor2_name, actor2_country,"
                            + " actor2_kind, place_name, place_geonameid, place_country, place_admin1, place_lat, place_lon,"
                            + " geo_precision, event_date, event_date_precision, date_key, killed, injured, modality,"
                            + " according_to, evidence_start, evidence_end, evidence_text, confidence, event_json)"
                            + " VALUES (:article, :index, :eventId, :type, :mode, :acledType, :acledSubType, :actor1, :actor1Country,"
                            + " :actor1Kind, :actor2, :actor2Country, :actor2Kind, :place, :geonameid, :placeCountry, :admin1,"
                            + " :lat, :lon, :geoPrecision, :date, :datePrecision, :dateKey, :killed, :injured, :modality,"
                            + " :accordingTo, :evidenceStart, :evidenceEnd, :evidenceText, :confidence, :json)")
                    .bind("article", a.id())
                    .bind("index", index)
                    .bind("eventId", eventId)
                    .bind("type", clip(upper(e.type()), 32))
                    .bind("mode", e.mode())
                    .bind("acledType", e.acled() == null ? null : clip(e.acled().eventType(), 64))
                    .bind("acledSubType", e.acled() == null ? null : clip(e.acled().subEventType(), 64))
                    .bind("actor1", actor == null ? null : actor.name())
                    .bind("actor1Country", actor == null ? null : clip(upper(actor.country()), 8))
                    .bind("actor1Kind", actor == null ? null : clip(actor.kind(), 64))
                    .bind("actor2", target == null ? null : target.name())
                    .bind("actor2Country", target == null ? null : clip(upper(target.country()), 8))
                    .bind("actor2Kind", target == null ? null : clip(target.kind(), 64))
                    .bind("place", p == null ? null : p.name())
                    .bind("geonameid", p == null ? null : (Long) p.geonameid())
                    .bind("placeCountry", p == null ? null : clip(upper(p.country()), 8))
                    .bind("admin1", p == null ? null : p.admin1())
                    .bind("lat", p == null ? null : (Double) p.lat())
                    .bind("lon", p == null ? null : (Double) p.lon())
                    .bind("geoPrecision", e.geoPrecision())
                    .bind("date", e.date() == null ? null : clip(e.date().value(), 64))
                    .bind("datePrecision", e.date() == null ? null : clip(e.date().precision(), 32))
                    .bind("dateKey", clip(dateKey != null ? dateKey : publishedKey, 32))
                    .bind("killed", e.killed())
                    .bind("injured", e.injured())
                    .bind("modality", clip(e.modality() == null ? null : e.modality().toLowerCase(Locale.ROOT), 32))
                    .bind("accordingTo", e.accordingTo() == null ? null : e.accordingTo().name())
                    .bind("evidenceStart", e.evidence() == null ? null : (Integer) e.evidence().start())
                    .bind("evidenceEnd", e.evidence() == null ? null : (Integer) e.evidence().end())
                    .bind("evidenceText", e.evidence() == null ? null : e.evidence().text())
                    .bind("confidence", e.confidence())
                    .bind("json", ArticleJson.toJson(e))
                    .execute();
            Set<String> countries = new LinkedHashSet<>();
            if (p != null) {
                countries.add(upper(p.country()));
            }
            e.actors().forEach(actorOrTarget -> countries.add(upper(actorOrTarget.country())));
            e.targets().forEach(actorOrTarget -> countries.add(upper(actorOrTarget.country())));
            for (String country : countries) {
                if (country != null && !country.isBlank() && country.length() <= 8) {
                    h.createUpdate("INSERT INTO event_countries (article_id, event_index, country)"
                                    + " VALUES (:article, :index, :country)")
                            .bind("article", a.id()).bind("index", index).bind("country", country).execute();
                }
            }
            index++;
        }
    }

    private static void insertClaims(Handle h, Article a) {
        String publishedKey = a.published() == null ? null : DateKeys.key(a.published().value());
        int index = 0;
        for (Claim c : a.claims()) {
            String asOfKey = c.asOf() == null ? null : DateKeys.ofTimex(c.asOf().value());
            h.createUpdate("INSERT INTO claims (article_id, claim_index, subject, claim_value, unit, approximate, according_to,"
                            + " according_to_entity, as_of, as_of_precision, date_key, evidence_start, evidence_end,"
                            + " evidence_text) VALUES (:article, :index, :subject, :value, :unit, :approximate, :accordingTo,"
                            + " :accordingToEntity, :asOf, :asOfPrecision, :dateKey, :evidenceStart, :evidenceEnd, :evidenceText)")
                    .bind("article", a.id())
                    .bind("index", index)
                    .bind("subject", c.subject())
                    .bind("value", c.value())
                    .bind("unit", c.unit())
                    .bind("approximate", c.approximate())
                    .bind("accordingTo", c.accordingTo() == null ? null : c.accordingTo().name())
                    .bind("accordingToEntity", c.accordingTo() == null ? null : clip(c.accordingTo().entity(), 32))
                    .bind("asOf", c.asOf() == null ? null : clip(c.asOf().value(), 64))
                    .bind("asOfPrecision", c.asOf() == null ? null : clip(c.asOf().precision(), 32))
                    .bind("dateKey", clip(asOfKey != null ? asOfKey : publishedKey, 32))
                    .bind("evidenceStart", c.evidence() == null ? null : (Integer) c.evidence().start())
                    .bind("evidenceEnd", c.evidence() == null ? null : (Integer) c.evidence().end())
                    .bind("evidenceText", c.evidence() == null ? null : c.evidence().text())
                    .execute();
            index++;
        }
    }

    private static void deleteEvents(Handle h, String articleId) {
        h.createUpdate("DELETE FROM event_countries WHERE article_id = :id").bind("id", articleId).execute();
        h.createUpdate("DELETE FROM events WHERE article_id = :id").bind("id", articleId).execute();
    }

    private static void deleteClaims(Handle h, String articleId) {
        h.createUpdate("DELETE FROM claims WHERE article_id = :id").bind("id", articleId).execute();
    }

    static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
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
    public List<StoredEvent> events(EventQuery query) {
        return events(query, EventFilter.NONE);
    }

    @Override
    public synchronized List<StoredEvent> events(EventQuery query, EventFilter filter) {
        String sql = "SELECT e.article_id, e.event_index, e.event_id, e.event_json, a.title, a.url, a.source_path, a.published"
                + " FROM events e JOIN articles a ON a.id = e.article_id" + where(query, filter)
                + " ORDER BY e.date_key DESC NULLS LAST, e.article_id, e.event_index" + page(query.limit(), query.offset());
        try {
            return bindPage(EventFilterSql.bind(bindFilters(handle.createQuery(sql), query), filter), query.limit(),
                    query.offset())
                    .map((rs, ctx) -> new StoredEvent(rs.getString("article_id"), rs.getInt("event_index"),
                            rs.getString("event_id"), rs.getString("title"), rs.getString("url"), rs.getString("source_path"),
                            rs.getString("published"), event(rs.getString("event_json"))))
                    .list();
        } catch (JdbiException e) {
            throw failure("cannot list events", e);
        }
    }

    @Override
    public long countEvents(EventQuery query) {
        return countEvents(query, EventFilter.NONE);
    }

    @Override
    public synchronized long countEvents(EventQuery query, EventFilter filter) {
        try {
            return EventFilterSql.bind(bindFilters(handle.createQuery("SELECT COUNT(*) FROM events e" + where(query, filter)),
                    query), filter).mapTo(Long.class).one();
        } catch (JdbiException e) {
            throw failure("cannot count events", e);
        }
    }

    @Override
    public synchronized List<StoredClaim> claims(ClaimQuery query) {
        String sql = "SELECT c.*, a.title, a.url, a.source_path, a.published FROM claims c JOIN articles a ON a.id = c.article_id"
                + where(query) + " ORDER BY c.date_key DESC NULLS LAST, c.article_id, c.claim_index"
                + page(query.limit(), query.offset());
        try {
            return bindPage(bindFilters(handle.createQuery(sql), query), query.limit(), query.offset())
                    .map((rs, ctx) -> new StoredClaim(rs.getString("article_id"), rs.getInt("claim_index"),
                            rs.getString("title"), rs.getString("url"), rs.getString("source_path"), rs.getString("published"),
                            claim(rs)))
                    .list();
        } catch (JdbiException e) {
            throw failure("cannot list claims", e);
        }
    }

    @Override
    public synchronized long countClaims(ClaimQuery query) {
        try {
            return bindFilters(handle.createQuery("SELECT COUNT(*) FROM claims c" + where(query)), query)
                    .mapTo(Long.class).one();
        } catch (JdbiException e) {
            throw failure("cannot count claims", e);
        }
    }

    static Event event(String json) {
        try {
            return ArticleJson.mapper().readValue(json, Event.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored event is not Event JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Claim claim(ResultSet rs) throws SQLException {
        String accordingTo = rs.getString("according_to");
        String accordingToEntity = rs.getString("according_to_entity");
        String asOf = rs.getString("as_of");
        String asOfPrecision = rs.getString("as_of_precision");
        Integer start = rs.getObject("evidence_start", Integer.class);
        Integer end = rs.getObject("evidence_end", Integer.class);
        return new Claim(rs.getString("subject"), rs.getObject("claim_value", Long.class), rs.getString("unit"),
                rs.getObject("approximate", Boolean.class),
                accordingTo == null && accordingToEntity == null ? null : new Ref(accordingTo, accordingToEntity),
                asOf == null && asOfPrecision == null ? null : new DateValue(asOf, asOfPrecision),
                start == null || end == null ? null : new Span(start, end, rs.getString("evidence_text")));
    }

    /** The WHERE clause of an event query; every value is a bound parameter. */
    private static String where(EventQuery q, EventFilter filter) {
        List<String> conditions = new ArrayList<>();
        EventFilterSql.addConditions(filter, conditions);
        if (q.since() != null) {
            conditions.add("e.date_key >= :since");
        }
        if (q.until() != null) {
            conditions.add("e.date_key <= :until");
        }
        if (q.type() != null) {
            conditions.add("e.event_type = :type");
        }
        if (q.acledEventType() != null) {
            conditions.add("LOWER(e.acled_event_type) = :acledType");
        }
        if (q.country() != null) {
            conditions.add("EXISTS (SELECT 1 FROM event_countries ec WHERE ec.article_id = e.article_id"
                    + " AND ec.event_index = e.event_index AND ec.country = :country)");
        }
        if (q.articleId() != null) {
            conditions.add("e.article_id = :articleId");
        }
        if (q.forAcled()) {
            conditions.add("e.acled_event_type IS NOT NULL AND (e.modality IS NULL OR e.modality NOT IN ('"
                    + String.join("', '", NOT_HAPPENED) + "'))");
        }
        if (q.placed()) {
            conditions.add("e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Query bindFilters(Query query, EventQuery q) {
        bindDates(query, q.since(), q.until());
        if (q.type() != null) {
            query.bind("type", q.type());
        }
        if (q.acledEventType() != null) {
            query.bind("acledType", q.acledEventType().toLowerCase(Locale.ROOT));
        }
        if (q.country() != null) {
            query.bind("country", q.country());
        }
        if (q.articleId() != null) {
            query.bind("articleId", q.articleId());
        }
        return query;
    }

    /** The WHERE clause of a claim query; every value is a bound parameter. */
    private static String where(ClaimQuery q) {
        List<String> conditions = new ArrayList<>();
        if (q.since() != null) {
            conditions.add("c.date_key >= :since");
        }
        if (q.until() != null) {
            conditions.add("c.date_key <= :until");
        }
        if (q.subjectContains() != null) {
            conditions.add("LOWER(c.subject) LIKE :subject ESCAPE '\\'");
        }
        if (q.articleId() != null) {
            conditions.add("c.article_id = :articleId");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Query bindFilters(Query query, ClaimQuery q) {
        bindDates(query, q.since(), q.until());
        if (q.subjectContains() != null) {
            query.bind("subject", "%" + likeEscape(q.subjectContains().toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.articleId() != null) {
            query.bind("articleId", q.articleId());
        }
        return query;
    }

    private static void bindDates(Query query, String since, String until) {
        if (since != null) {
            query.bind("since", requireKey(since));
        }
        if (until != null) {
            // a bare day (or month) includes all of it: pad with the largest digits
            query.bind("until", (requireKey(until) + "99999999999999").substring(0, 14));
        }
    }

    private static String page(int limit, int offset) {
        return (limit > 0 ? " LIMIT :limit" : "") + (offset > 0 ? " OFFSET :offset" : "");
    }

    private static Query bindPage(Query query, int limit, int offset) {
        if (limit > 0) {
            query.bind("limit", limit);
        }
        if (offset > 0) {
            query.bind("offset", offset);
        }
        return query;
    }

    @Override
    public LinkStore links() {
        return links;
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
        return DateKeys.key(iso);
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

    static String clip(String s, int max) {
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
