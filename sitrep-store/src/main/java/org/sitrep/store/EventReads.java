package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.sitrep.model.Place;

/** Reads linked events with every report of them; every filter value is a bound parameter. */
final class EventReads {

    private EventReads() {
    }

    static List<LinkedEvent> events(Handle h, LinkedEventQuery q) {
        List<String> where = new ArrayList<>();
        where.add("EXISTS (SELECT 1 FROM event_links el WHERE el.linked_event_id = le.id)");
        if (q.since() != null) {
            where.add("REPLACE(le.date_to, '-', '') >= :since");
        }
        if (q.until() != null) {
            where.add("le.date_key <= :until");
        }
        if (q.type() != null) {
            where.add("le.event_type = :type");
        }
        if (q.acledEventType() != null) {
            where.add("LOWER(le.acled_event_type) = LOWER(:acled)");
        }
        if (q.country() != null) {
            where.add("(le.place_country = :country OR EXISTS (SELECT 1 FROM linked_event_participants p"
                    + " JOIN linked_entities pe ON pe.id = p.linked_entity_id WHERE p.linked_event_id = le.id AND pe.country = :country))");
        }
        if (q.actorContains() != null) {
            where.add("EXISTS (SELECT 1 FROM linked_event_participants p JOIN linked_names n ON n.linked_entity_id = p.linked_entity_id"
                    + " WHERE p.linked_event_id = le.id AND LOWER(n.name) LIKE :actor ESCAPE '!')");
        }
        if (q.area() != null) {
            where.add(q.area().sql("le.place_lat", "le.place_lon"));
        }
        if (q.sourceContains() != null) {
            where.add("EXISTS (SELECT 1 FROM event_links el JOIN articles a ON a.id = el.article_id WHERE el.linked_event_id = le.id"
                    + " AND (LOWER(a.url) LIKE :source ESCAPE '!' OR LOWER(a.source_path) LIKE :source ESCAPE '!'))");
        }
        if (q.storyId() != null) {
            where.add("le.id IN (SELECT ev.linked_event_id FROM event_links ev JOIN story_articles sa ON sa.article_id = ev.article_id"
                    + " WHERE sa.story_id = :story)");
        }
        if (q.participantId() != null) {
            where.add("le.id IN (SELECT p.linked_event_id FROM linked_event_participants p WHERE p.linked_entity_id = :participant)");
        }
        boolean pageInSql = q.area() == null;
        String sql = "SELECT le.* FROM linked_events le WHERE " + String.join(" AND ", where)
                + " ORDER BY le.date_key DESC NULLS LAST, le.id DESC"
                + (pageInSql && q.limit() > 0 ? " LIMIT " + q.limit() : "") + (pageInSql && q.offset() > 0 ? " OFFSET " + q.offset() : "");
        Query query = h.createQuery(sql);
        if (q.since() != null) {
            query.bind("since", (DateKeys.userKey(q.since()) + "00000000").substring(0, 8));
        }
        if (q.until() != null) {
            query.bind("until", (DateKeys.userKey(q.until()) + "99999999").substring(0, 8));
        }
        if (q.type() != null) {
            query.bind("type", q.type());
        }
        if (q.acledEventType() != null) {
            query.bind("acled", q.acledEventType());
        }
        if (q.country() != null) {
            query.bind("country", q.country());
        }
        if (q.actorContains() != null) {
            query.bind("actor", LikePatterns.containing(q.actorContains()));
        }
        if (q.area() != null) {
            q.area().bind(query);
        }
        if (q.storyId() != null) {
            query.bind("story", q.storyId().longValue());
        }
        if (q.participantId() != null) {
            query.bind("participant", q.participantId().longValue());
        }
        if (q.sourceContains() != null) {
            query.bind("source", LikePatterns.containing(q.sourceContains()));
        }
        List<LinkedEvent> events = query.map((rs, ctx) -> row(rs)).list();
        if (!pageInSql) {
            events = EntityReads.page(events.stream()
                    .filter(e -> e.place() != null && q.area().contains(e.place().lat(), e.place().lon())).toList(),
                    q.limit(), q.offset());
        }
        List<LinkedEvent> out = new ArrayList<>();
        for (LinkedEvent e : events) {
            out.add(complete(h, e));
        }
        return out;
    }

    /**
     * The linked events an entity took part in, newest first: its timeline. The participants' index by entity
     * gives them without reading the others.
     */
    static LinkedEvent row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String place = rs.getString("place_json");
        return new LinkedEvent(rs.getLong("id"), rs.getString("event_type"), rs.getString("event_mode"),
                rs.getString("acled_event_type"), rs.getString("acled_sub_event_type"),
                place == null ? null : EventLinking.readPlace(place), rs.getObject("geo_precision", Integer.class),
                rs.getString("date_from"), rs.getString("date_to"), "event".equals(rs.getString("date_basis")),
                List.of(), List.of(), 0, List.of());
    }

    /** The event with its participants' names and its reports. */
    static LinkedEvent complete(Handle h, LinkedEvent e) {
        List<LinkedEvent.Report> reports = h.createQuery("SELECT e.article_id, e.event_index, e.event_id, e.event_json,"
                        + " a.title, a.url, a.source_path, a.published, la.copy_of FROM event_links el"
                        + " JOIN events e ON e.article_id = el.article_id AND e.event_index = el.event_index"
                        + " JOIN articles a ON a.id = e.article_id LEFT JOIN linked_articles la ON la.article_id = e.article_id"
                        + " WHERE el.linked_event_id = :id ORDER BY la.date_key NULLS LAST, e.article_id, e.event_index")
                .bind("id", e.id())
                .map((rs, ctx) -> new LinkedEvent.Report(new StoredEvent(rs.getString("article_id"), rs.getInt("event_index"),
                        rs.getString("event_id"), rs.getString("title"), rs.getString("url"), rs.getString("source_path"),
                        rs.getString("published"), JdbiArticleStore.event(rs.getString("event_json"))), rs.getString("copy_of")))
                .list();
        Set<String> sources = new HashSet<>();
        reports.forEach(r -> sources.add(r.copyOf() != null ? r.copyOf() : r.event().articleId()));
        return new LinkedEvent(e.id(), e.type(), e.mode(), e.acledEventType(), e.acledSubEventType(), e.place(),
                e.geoPrecision(), e.dateFrom(), e.dateTo(), e.dated(), names(h, e.id(), "A"), names(h, e.id(), "T"), sources.size(), reports);
    }

    private static List<String> names(Handle h, long id, String role) {
        return h.createQuery("SELECT e.name FROM linked_event_participants p JOIN linked_entities e ON e.id = p.linked_entity_id"
                        + " WHERE p.linked_event_id = :id AND p.participant_role = :role ORDER BY e.id")
                .bind("id", id).bind("role", role).mapTo(String.class).list();
    }

    /** A place's name for a table or a timeline. */
    static String placeName(Place p) {
        return p == null ? null : p.name();
    }
}
