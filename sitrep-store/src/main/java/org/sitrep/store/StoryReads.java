package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads stories with their articles, main actors and places, and timeline; every filter value is a bound parameter. */
final class StoryReads {

    /** How many main actors and places a story lists, and how many events its timeline at most. */
    static final int MAIN = 5;
    static final int TIMELINE = 200;

    private StoryReads() {
    }

    static List<Story> stories(Handle h, StoryQuery q) {
        List<String> where = new ArrayList<>();
        // the stories whose articles name an entity: its rows of the kept profiles (V10), not every article's links
        String members = "SELECT se.story_id FROM story_entities se";
        if (q.entityContains() != null) {
            where.add("s.id IN (" + members + " JOIN linked_names n ON n.linked_entity_id = se.linked_entity_id"
                    + " WHERE LOWER(n.name) LIKE :entity ESCAPE '!')");
        }
        if (!q.titleContains().isEmpty()) {
            // every text in one title: the story's own, or one article's (a story is titled by one of its headlines)
            List<String> own = new ArrayList<>();
            List<String> article = new ArrayList<>();
            for (int i = 0; i < q.titleContains().size(); i++) {
                own.add("LOWER(s.title) LIKE :title" + i + " ESCAPE '!'");
                article.add("LOWER(ta.title) LIKE :title" + i + " ESCAPE '!'");
            }
            where.add("((" + String.join(" AND ", own) + ") OR s.id IN (SELECT sa3.story_id FROM story_articles sa3"
                    + " JOIN articles ta ON ta.id = sa3.article_id WHERE " + String.join(" AND ", article) + "))");
        }
        if (q.country() != null) {
            where.add("s.id IN (" + members + " JOIN linked_entities le ON le.id = se.linked_entity_id WHERE le.country = :country)");
        }
        if (q.area() != null) {
            where.add("s.id IN (" + members + " JOIN linked_entities le ON le.id = se.linked_entity_id WHERE "
                    + q.area().sql("le.place_lat", "le.place_lon") + ")");
        }
        // a story's first and last date keys and its article count are kept with it (V10)
        where.add("s.article_count > 0");
        if (q.since() != null) {
            where.add("s.last_key >= :since");
        }
        if (q.until() != null) {
            where.add("s.first_key <= :until");
        }
        boolean pageInSql = q.area() == null;
        String sql = "SELECT s.id, s.title, s.first_key, s.last_key FROM stories s WHERE " + String.join(" AND ", where)
                + " ORDER BY s.last_key DESC NULLS LAST, s.id DESC"
                + (pageInSql && q.limit() > 0 ? " LIMIT " + q.limit() : "") + (pageInSql && q.offset() > 0 ? " OFFSET " + q.offset() : "");
        Query query = h.createQuery(sql);
        if (q.entityContains() != null) {
            query.bind("entity", LikePatterns.containing(q.entityContains()));
        }
        for (int i = 0; i < q.titleContains().size(); i++) {
            query.bind("title" + i, LikePatterns.containing(q.titleContains().get(i)));
        }
        if (q.country() != null) {
            query.bind("country", q.country());
        }
        if (q.area() != null) {
            q.area().bind(query);
        }
        if (q.since() != null) {
            query.bind("since", DateKeys.userKey(q.since()));
        }
        if (q.until() != null) {
            query.bind("until", (DateKeys.userKey(q.until()) + "99999999999999").substring(0, 14));
        }
        List<Object[]> rows = query.map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4)}).list();
        if (q.area() != null) {
            rows = rows.stream().filter(r -> inArea(h, (Long) r[0], q.area())).toList();
        }
        List<Story> out = new ArrayList<>();
        for (Object[] r : pageInSql ? rows : EntityReads.page(rows, q.limit(), q.offset())) {
            out.add(story(h, (Long) r[0], (String) r[1], (String) r[2], (String) r[3]));
        }
        return out;
    }

    /** The story with this id, or empty. */
    static java.util.Optional<Story> story(Handle h, long id) {
        return h.createQuery("SELECT s.id, s.title, s.first_key, s.last_key FROM stories s WHERE s.id = :id AND s.article_count > 0")
                .bind("id", id)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .findOne().map(r -> story(h, (Long) r[0], (String) r[1], (String) r[2], (String) r[3]));
    }

    private static boolean inArea(Handle h, long story, Area area) {
        return h.createQuery("SELECT DISTINCT le.place_lat, le.place_lon FROM story_entities se"
                        + " JOIN linked_entities le ON le.id = se.linked_entity_id WHERE se.story_id = :id AND le.place_lat IS NOT NULL")
                .bind("id", story).map((rs, ctx) -> area.contains(rs.getDouble(1), rs.getDouble(2))).list().contains(true);
    }

    static Story story(Handle h, long id, String title, String firstKey, String lastKey) {
        List<Story.StoryArticle> articles = h.createQuery("SELECT a.id, a.title, a.published, a.url, a.source_path, la.copy_of"
                        + " FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
                        + " LEFT JOIN linked_articles la ON la.article_id = a.id WHERE sa.story_id = :id"
                        + " ORDER BY la.date_key NULLS LAST, a.id")
                .bind("id", id).map((rs, ctx) -> new Story.StoryArticle(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list();
        List<String[]> ranked = h.createQuery("SELECT le.name, le.entity_kind FROM story_entities se"
                        + " JOIN linked_entities le ON le.id = se.linked_entity_id WHERE se.story_id = :id ORDER BY se.weight DESC, le.id")
                .bind("id", id).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        List<String> actors = ranked.stream().filter(r -> !r[1].equals("PLACE") && !r[1].equals("OTHER"))
                .map(r -> r[0]).distinct().limit(MAIN).toList();
        List<String> places = ranked.stream().filter(r -> r[1].equals("PLACE")).map(r -> r[0]).distinct().limit(MAIN).toList();
        List<Long> eventIds = h.createQuery("SELECT le.id FROM linked_events le WHERE le.id IN (SELECT ev.linked_event_id"
                        + " FROM event_links ev JOIN story_articles sa ON sa.article_id = ev.article_id WHERE sa.story_id = :id)"
                        + " ORDER BY le.date_key NULLS LAST, le.id LIMIT " + TIMELINE)
                .bind("id", id).mapTo(Long.class).list();
        List<Story.TimelineEntry> timeline = new ArrayList<>();
        for (long eventId : eventIds) {
            LinkedEvent e = EventReads.complete(h, h.createQuery("SELECT * FROM linked_events WHERE id = :id").bind("id", eventId)
                    .map((rs, ctx) -> new LinkedEvent(eventId, rs.getString("event_type"), rs.getString("event_mode"), null, null,
                            rs.getString("place_json") == null ? null : EventLinking.readPlace(rs.getString("place_json")),
                            null, rs.getString("date_from"), rs.getString("date_to"), "event".equals(rs.getString("date_basis")),
                            List.of(), List.of(), 0, List.of()))
                    .one());
            timeline.add(new Story.TimelineEntry(e.id(), e.dateFrom(), e.dateTo(), e.dated(), e.type(), e.mode(), e.actors(), e.targets(),
                    EventReads.placeName(e.place()), e.sourceCount()));
        }
        return new Story(id, title, date(firstKey), date(lastKey), articles, actors, places, timeline);
    }

    static String date(String key) {
        return key == null || key.length() < 8 ? null : key.substring(0, 4) + "-" + key.substring(4, 6) + "-" + key.substring(6, 8);
    }
}
