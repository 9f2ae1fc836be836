package org.sitrep.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Claim;
import org.sitrep.model.DateValue;
import org.sitrep.model.Event;
import org.sitrep.model.Ref;
import org.sitrep.model.Span;

/**
 * The store's reads of articles, inputs, events and claims. Each takes a connection from the pool for its own
 * statements and gives it back, so reads run side by side with each other and with a write.
 */
final class ArticleReads {

    private static final String ARTICLE_COLUMNS = "a.id, a.title, a.published, a.url, a.source_path, i.content_hash,"
            + " a.position_in_input, a.stages, a.stored_at, a.article_json"
            + " FROM articles a JOIN inputs i ON i.id = a.input_id";
    private static final String SUMMARY_COLUMNS = "a.id, a.title, a.published, a.url, a.source_path, a.stored_at FROM articles a";

    private final Jdbi jdbi;

    ArticleReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<StoredInput> findInput(String contentHash) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT id, content_hash, path, format, url, published,"
                        + " retrieved_at, ingested_at, stages, byte_count FROM inputs WHERE content_hash = :hash")
                .bind("hash", contentHash)
                .map((rs, ctx) -> new StoredInput(rs.getLong("id"), rs.getString("content_hash"), rs.getString("path"),
                        rs.getString("format"), rs.getString("url"), rs.getString("published"),
                        instant(rs, "retrieved_at"), instant(rs, "ingested_at"),
                        ArticleWrites.splitStages(rs.getString("stages")), rs.getLong("byte_count"), List.of()))
                .findOne()
                .map(in -> new StoredInput(in.id(), in.contentHash(), in.path(), in.format(), in.url(), in.published(),
                        in.retrievedAt(), in.ingestedAt(), in.stages(), in.byteCount(), articleIdsOf(h, in.id()))));
    }

    /** The articles found in an input, in the order it gave them (first the ones stored from it). */
    private static List<String> articleIdsOf(Handle h, long inputId) {
        return h.createQuery("SELECT ai.article_id FROM article_inputs ai JOIN articles a ON a.id = ai.article_id"
                        + " WHERE ai.input_id = :input ORDER BY CASE WHEN a.input_id = :input THEN 0 ELSE 1 END,"
                        + " a.position_in_input, a.id")
                .bind("input", inputId).mapTo(String.class).list();
    }

    Optional<byte[]> rawInput(String contentHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT raw FROM inputs WHERE content_hash = :hash")
                .bind("hash", contentHash).map((rs, ctx) -> rs.getBytes(1)).findOne());
    }

    Optional<StoredArticle> find(String articleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ARTICLE_COLUMNS + " WHERE a.id = :id")
                .bind("id", articleId).map((rs, ctx) -> storedArticle(rs)).findOne());
    }

    /** A page after a dated key is read in two steps, as {@link #events(EventQuery, EventFilter)} says. */
    List<StoredArticle> list(ArticleQuery query) {
        return listed(query, ARTICLE_COLUMNS, (rs, ctx) -> storedArticle(rs));
    }

    /** The same listing without the Article JSON (and without the join to inputs, which only the JSON's reader needs). */
    List<ArticleSummary> summaries(ArticleQuery query) {
        return listed(query, SUMMARY_COLUMNS, (rs, ctx) -> new ArticleSummary(rs.getString("id"), rs.getString("title"),
                rs.getString("published"), rs.getString("url"), rs.getString("source_path"), instant(rs, "stored_at")));
    }

    private <T> List<T> listed(ArticleQuery query, String columns, RowMapper<T> row) {
        List<T> dated = listed(query, false, columns, row);
        if (query.after() == null || query.after().publishedKey() == null || (query.limit() > 0 && dated.size() >= query.limit())) {
            return dated;
        }
        List<T> out = new java.util.ArrayList<>(dated);
        out.addAll(listed(query.page(query.limit() == 0 ? 0 : query.limit() - dated.size(), 0), true, columns, row));
        return out;
    }

    private <T> List<T> listed(ArticleQuery query, boolean undatedTail, String columns, RowMapper<T> row) {
        String order = " ORDER BY a.published_key DESC NULLS LAST, a.id";
        String from = QuerySql.where(query, undatedTail) + order + QuerySql.page(query.limit(), query.offset());
        // with a join to the inputs, the page is chosen from the articles alone, then joined: with the join inside, H2
        // plans from the inputs table and sorts every article before it can stop (a full rebuild of the search index,
        // paging through all of them, then took time growing with the square of the store)
        String sql = columns.contains(" JOIN ")
                ? "SELECT " + columns.replace("FROM articles a", "FROM (SELECT a.* FROM articles a" + from + ") a") + order
                : "SELECT " + columns + from;
        return jdbi.withHandle(h -> QuerySql.bindPage(QuerySql.bind(h.createQuery(sql), query, undatedTail), query.limit(),
                query.offset()).map(row).list());
    }

    long count(ArticleQuery query) {
        return jdbi.withHandle(h -> QuerySql.bind(h.createQuery("SELECT COUNT(*) FROM articles a" + QuerySql.where(query)),
                query).mapTo(Long.class).one());
    }

    long countInputs() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM inputs").mapTo(Long.class).one());
    }

    /**
     * A page after a dated key is read in two steps: the dated events after it (a seek into the listing's index),
     * then, where the page is not full yet, the undated ones that come last. One OR over the two would have the
     * database read the index from its start.
     */
    List<StoredEvent> events(EventQuery query, EventFilter filter) {
        List<StoredEvent> dated = events(query, filter, false);
        if (query.after() == null || query.after().dateKey() == null || (query.limit() > 0 && dated.size() >= query.limit())) {
            return dated;
        }
        List<StoredEvent> out = new java.util.ArrayList<>(dated);
        out.addAll(events(query.page(query.limit() == 0 ? 0 : query.limit() - dated.size(), 0), filter, true));
        return out;
    }

    private List<StoredEvent> events(EventQuery query, EventFilter filter, boolean undatedTail) {
        // the page is chosen from the events' keys alone, then joined to the events and their articles: with the join
        // inside, H2 plans from the articles table and sorts every matching event before it can stop (PostgreSQL plans
        // both alike); choosing by key alone lets an index holding the keys (events_listing, events_place,
        // events_type_listing, events_cell_listing) answer without reading each candidate event whole, JSON and all
        String order = " ORDER BY e.date_key DESC NULLS LAST, e.article_id, e.event_index";
        String keys = "SELECT e.article_id, e.event_index, e.date_key FROM events e";
        List<Integer> cells = query.limit() > 0 ? EventFilterSql.cells(filter) : null;
        String where = QuerySql.where(query, filter, undatedTail, cells != null);
        String page;
        if (cells == null) {
            // one type's events: its constant column leads the order as it leads the index (events_type_listing), for
            // H2 reads an index in order only when the ORDER BY starts with the index's first column
            String typed = query.type() != null ? " ORDER BY e.event_type, " + order.substring(" ORDER BY ".length()) : order;
            page = keys + where + typed + QuerySql.page(query.limit(), query.offset());
        } else {
            // near a point: the newest of each cell around it (each a seek into events_cell_listing that stops at
            // the page's length), merged; a busy place's thousands of events are not all read and sorted
            List<String> branches = new java.util.ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                branches.add("(" + keys + (where.isEmpty() ? " WHERE" : where + " AND") + " e.place_cell = :cell" + i
                        + " ORDER BY e.place_cell, " + order.substring(" ORDER BY ".length()) + " LIMIT :cellLimit)");
            }
            page = "SELECT u.* FROM (" + (branches.isEmpty() ? keys + " WHERE 1 = 0" : String.join(" UNION ALL ", branches))
                    + ") u ORDER BY u.date_key DESC NULLS LAST, u.article_id, u.event_index"
                    + QuerySql.page(query.limit(), query.offset());
        }
        String sql = "SELECT e.article_id, e.event_index, e.event_id, e.event_json, a.title, a.url, a.source_path, a.published"
                + " FROM (" + page + ") k JOIN events e ON e.article_id = k.article_id AND e.event_index = k.event_index"
                + " JOIN articles a ON a.id = k.article_id ORDER BY k.date_key DESC NULLS LAST, k.article_id, k.event_index";
        return jdbi.withHandle(h -> {
            Query q = QuerySql.bindPage(QuerySql.bind(h.createQuery(sql), query, filter, undatedTail, cells != null),
                    query.limit(), query.offset());
            if (cells != null) {
                for (int i = 0; i < cells.size(); i++) {
                    q.bind("cell" + i, cells.get(i));
                }
                if (!cells.isEmpty()) {
                    q.bind("cellLimit", query.limit() + query.offset());
                }
            }
            return q.map((rs, ctx) -> new StoredEvent(rs.getString("article_id"), rs.getInt("event_index"),
                            rs.getString("event_id"), rs.getString("title"), rs.getString("url"), rs.getString("source_path"),
                            rs.getString("published"), event(rs.getString("event_json"))))
                    .list();
        });
    }

    long countEvents(EventQuery query, EventFilter filter) {
        return jdbi.withHandle(h -> QuerySql.bind(h.createQuery("SELECT COUNT(*) FROM events e"
                + QuerySql.where(query, filter)), query, filter).mapTo(Long.class).one());
    }

    List<StoredClaim> claims(ClaimQuery query) {
        String sql = "SELECT c.*, a.title, a.url, a.source_path, a.published FROM claims c JOIN articles a ON a.id = c.article_id"
                + QuerySql.where(query) + " ORDER BY c.date_key DESC NULLS LAST, c.article_id, c.claim_index"
                + QuerySql.page(query.limit(), query.offset());
        return jdbi.withHandle(h -> QuerySql.bindPage(QuerySql.bind(h.createQuery(sql), query), query.limit(), query.offset())
                .map((rs, ctx) -> new StoredClaim(rs.getString("article_id"), rs.getInt("claim_index"),
                        rs.getString("title"), rs.getString("url"), rs.getString("source_path"), rs.getString("published"),
                        claim(rs)))
                .list());
    }

    long countClaims(ClaimQuery query) {
        return jdbi.withHandle(h -> QuerySql.bind(h.createQuery("SELECT COUNT(*) FROM claims c" + QuerySql.where(query)),
                query).mapTo(Long.class).one());
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

    private static StoredArticle storedArticle(ResultSet rs) throws SQLException {
        return new StoredArticle(rs.getString("id"), rs.getString("title"), rs.getString("published"),
                rs.getString("url"), rs.getString("source_path"), rs.getString("content_hash"),
                rs.getInt("position_in_input"), ArticleWrites.splitStages(rs.getString("stages")), instant(rs, "stored_at"),
                rs.getString("article_json"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
