package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.statement.Query;

/**
 * The WHERE clauses of article, event and claim queries, and their values as bound parameters (never spliced in),
 * with the keyset condition that starts a page after the last row of the one before.
 */
final class QuerySql {

    /** Modalities of events that did not happen as told: an ACLED export leaves them out. */
    private static final List<String> NOT_HAPPENED = List.of("denied", "planned", "threatened", "hypothetical");

    private QuerySql() {
    }

    /** The WHERE clause of every event the query and filter select (a count's). */
    static String where(EventQuery q, EventFilter filter) {
        return where(q, filter, false, false);
    }

    /**
     * The WHERE clause of a page; with a key, either the dated events after it ({@code undatedTail} false: a range of
     * the listing's index, which the database seeks to) or the undated ones that follow all dated events (true).
     * {@code byCells}: the page is read cell by cell ({@link EventFilterSql#cells}), and the cells stand for the
     * circle's latitude bands.
     */
    static String where(EventQuery q, EventFilter filter, boolean undatedTail, boolean byCells) {
        List<String> conditions = new ArrayList<>();
        EventFilterSql.addConditions(filter, conditions, byCells);
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
        if (q.after() != null) {
            // the order is date key newest first, undated last, then article and position: what sorts after the key
            String tie = "(e.article_id > :afterArticle OR (e.article_id = :afterArticle AND e.event_index > :afterIndex))";
            if (q.after().dateKey() == null) {
                conditions.add("e.date_key IS NULL AND " + tie);
            } else if (undatedTail) {
                conditions.add("e.date_key IS NULL");
            } else {
                conditions.add("e.date_key <= :afterKey AND (e.date_key < :afterKey OR " + tie + ")");
            }
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static Query bind(Query query, EventQuery q, EventFilter filter) {
        return bind(query, q, filter, false, false);
    }

    static Query bind(Query query, EventQuery q, EventFilter filter, boolean undatedTail, boolean byCells) {
        EventFilterSql.bind(query, filter, byCells);
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
        if (q.after() != null && (q.after().dateKey() == null || !undatedTail)) {
            query.bind("afterArticle", q.after().articleId()).bind("afterIndex", q.after().index());
            if (q.after().dateKey() != null) {
                query.bind("afterKey", q.after().dateKey());
            }
        }
        return query;
    }

    static String where(ClaimQuery q) {
        List<String> conditions = new ArrayList<>();
        if (q.since() != null) {
            conditions.add("c.date_key >= :since");
        }
        if (q.until() != null) {
            conditions.add("c.date_key <= :until");
        }
        if (q.subjectContains() != null) {
            conditions.add("LOWER(c.subject) LIKE :subject ESCAPE '!'");
        }
        if (q.articleId() != null) {
            conditions.add("c.article_id = :articleId");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static Query bind(Query query, ClaimQuery q) {
        bindDates(query, q.since(), q.until());
        if (q.subjectContains() != null) {
            query.bind("subject", LikePatterns.containing(q.subjectContains()));
        }
        if (q.articleId() != null) {
            query.bind("articleId", q.articleId());
        }
        return query;
    }

    static String where(ArticleQuery q) {
        return where(q, false);
    }

    /** The WHERE clause; with a dated key, the dated articles after it or ({@code undatedTail}) the undated ones. */
    static String where(ArticleQuery q, boolean undatedTail) {
        List<String> conditions = new ArrayList<>();
        if (q.after() != null) {
            // newest first, undated last, then by id: what sorts after the key
            conditions.add(q.after().publishedKey() == null ? "a.published_key IS NULL AND a.id > :afterId"
                    : undatedTail ? "a.published_key IS NULL"
                    : "a.published_key <= :afterKey AND (a.published_key < :afterKey OR a.id > :afterId)");
        }
        if (q.idPrefix() != null) {
            conditions.add("a.id LIKE :idPrefix ESCAPE '!'");
        }
        if (q.titleContains() != null) {
            conditions.add("LOWER(a.title) LIKE :title ESCAPE '!'");
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

    static Query bind(Query query, ArticleQuery q) {
        return bind(query, q, false);
    }

    static Query bind(Query query, ArticleQuery q, boolean undatedTail) {
        if (q.idPrefix() != null) {
            query.bind("idPrefix", LikePatterns.startingWith(q.idPrefix()));
        }
        if (q.titleContains() != null) {
            query.bind("title", LikePatterns.containing(q.titleContains()));
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
        if (q.after() != null && (q.after().publishedKey() == null || !undatedTail)) {
            query.bind("afterId", q.after().id());
            if (q.after().publishedKey() != null) {
                query.bind("afterKey", q.after().publishedKey());
            }
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

    static String page(int limit, int offset) {
        return (limit > 0 ? " LIMIT :limit" : "") + (offset > 0 ? " OFFSET :offset" : "");
    }

    static Query bindPage(Query query, int limit, int offset) {
        if (limit > 0) {
            query.bind("limit", limit);
        }
        if (offset > 0) {
            query.bind("offset", offset);
        }
        return query;
    }

    private static String requireKey(String isoDate) {
        String key = DateKeys.key(isoDate);
        if (key == null) {
            throw new IllegalArgumentException("not an ISO-8601 date: '" + isoDate + "'");
        }
        return key;
    }

}
