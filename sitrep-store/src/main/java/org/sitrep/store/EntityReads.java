package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.sitrep.model.Place;

/** Reads linked entities with their names, titles and mentions; every filter value is a bound parameter. */
final class EntityReads {

    /** At most this many mentions are listed with an entity ({@link LinkedEntity#mentionCount()} gives them all). */
    static final int MAX_MENTIONS = 1000;

    private EntityReads() {
    }

    static List<LinkedEntity> entities(Handle h, EntityQuery q) {
        List<String> where = new ArrayList<>();
        where.add("EXISTS (SELECT 1 FROM entity_links el WHERE el.linked_entity_id = le.id)");
        if (q.kind() != null) {
            where.add("le.entity_kind = :kind");
        }
        if (q.nameContains() != null) {
            where.add("EXISTS (SELECT 1 FROM linked_names n WHERE n.linked_entity_id = le.id AND LOWER(n.name) LIKE :name ESCAPE '!')");
        }
        if (q.country() != null) {
            where.add("le.country = :country");
        }
        if (q.area() != null) {
            where.add(q.area().sql("le.place_lat", "le.place_lon"));
        }
        if (q.articleId() != null) {
            where.add("EXISTS (SELECT 1 FROM entity_links el WHERE el.linked_entity_id = le.id AND el.article_id = :article)");
        }
        boolean pageInSql = q.area() == null;
        String sql = "SELECT le.id, le.entity_kind, le.entity_type, le.name, le.country, le.place_json, le.place_lat,"
                + " le.place_lon, (SELECT COUNT(DISTINCT el.article_id) FROM entity_links el WHERE el.linked_entity_id = le.id)"
                + " AS articles FROM linked_entities le WHERE " + String.join(" AND ", where)
                + " ORDER BY articles DESC, le.id"
                + (pageInSql && q.limit() > 0 ? " LIMIT " + q.limit() : "") + (pageInSql && q.offset() > 0 ? " OFFSET " + q.offset() : "");
        Query query = h.createQuery(sql);
        if (q.kind() != null) {
            query.bind("kind", q.kind());
        }
        if (q.nameContains() != null) {
            query.bind("name", LikePatterns.containing(q.nameContains()));
        }
        if (q.country() != null) {
            query.bind("country", q.country());
        }
        if (q.area() != null) {
            q.area().bind(query);
        }
        if (q.articleId() != null) {
            query.bind("article", q.articleId());
        }
        List<Object[]> rows = query.map((rs, ctx) -> new Object[] {rs.getLong("id"), rs.getString("entity_kind"),
                rs.getString("entity_type"), rs.getString("name"), rs.getString("country"), rs.getString("place_json"),
                rs.getObject("place_lat", Double.class), rs.getObject("place_lon", Double.class)}).list();
        if (!pageInSql) {
            rows = rows.stream().filter(r -> r[6] != null && q.area().contains((Double) r[6], (Double) r[7])).toList();
            rows = page(rows, q.limit(), q.offset());
        }
        List<LinkedEntity> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(entity(h, (Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
        }
        return out;
    }

    static LinkedEntity entity(Handle h, long id, String kind, String type, String name, String country, String placeJson) {
        List<String> aliases = new ArrayList<>(h.createQuery("SELECT name FROM linked_names WHERE linked_entity_id = :id"
                        + " GROUP BY name ORDER BY COUNT(*) DESC, name")
                .bind("id", id).mapTo(String.class).list());
        aliases.remove(name);
        List<LinkedEntity.TitleAsOf> titles = h.createQuery("SELECT el.title, el.affiliation, a.published, el.article_id"
                        + " FROM entity_links el JOIN articles a ON a.id = el.article_id"
                        + " LEFT JOIN linked_articles la ON la.article_id = el.article_id"
                        + " WHERE el.linked_entity_id = :id AND (el.title IS NOT NULL OR el.affiliation IS NOT NULL)"
                        + " ORDER BY la.date_key NULLS LAST, el.article_id")
                .bind("id", id).map((rs, ctx) -> new LinkedEntity.TitleAsOf(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))).list();
        List<String> articles = h.createQuery("SELECT el.article_id FROM entity_links el"
                        + " LEFT JOIN linked_articles la ON la.article_id = el.article_id WHERE el.linked_entity_id = :id"
                        + " GROUP BY el.article_id, la.date_key ORDER BY la.date_key NULLS LAST, el.article_id")
                .bind("id", id).mapTo(String.class).list();
        String mentionsSql = "SELECT m.article_id, m.start_offset, m.end_offset, m.mention_text FROM mentions m"
                + " JOIN entity_links el ON el.article_id = m.article_id AND el.entity_id = m.entity_id"
                + " WHERE el.linked_entity_id = :id"
                + " UNION ALL SELECT n.article_id, n.start_offset, n.end_offset, n.name FROM linked_names n"
                + " WHERE n.linked_entity_id = :id AND n.start_offset IS NOT NULL";
        int mentionCount = h.createQuery("SELECT COUNT(*) FROM (" + mentionsSql + ") x").bind("id", id)
                .mapTo(Integer.class).one();
        List<LinkedEntity.Mention> mentions = h.createQuery("SELECT * FROM (" + mentionsSql + ") x"
                        + " ORDER BY 1, 2 LIMIT " + MAX_MENTIONS)
                .bind("id", id).map((rs, ctx) -> new LinkedEntity.Mention(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getString(4))).list();
        Place place = placeJson == null ? null : EventLinking.readPlace(placeJson);
        return new LinkedEntity(id, kind, type, name, aliases, country, place, titles, articles, mentionCount, mentions);
    }

    /** A LIKE pattern's text, lower case, with '!' as its escape (Jdbi reads a backslash in quotes as escaping the quote). */
    static <T> List<T> page(List<T> rows, int limit, int offset) {
        int from = Math.min(offset, rows.size());
        int to = limit > 0 ? Math.min(rows.size(), from + limit) : rows.size();
        return rows.subList(from, to);
    }
}
