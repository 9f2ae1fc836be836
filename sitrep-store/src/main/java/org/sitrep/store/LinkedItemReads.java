package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads one linked entity or one story by its id, with what its page shows (the entity's events, the story's events
 * and claim series); every value is a bound parameter and every list is bounded.
 */
final class LinkedItemReads {

    private LinkedItemReads() {
    }

    static Optional<LinkedEntity> entity(Handle h, long id) {
        return h.createQuery("SELECT le.id, le.entity_kind, le.entity_type, le.name, le.country, le.place_json"
                        + " FROM linked_entities le WHERE le.id = :id"
                        + " AND EXISTS (SELECT 1 FROM entity_links el WHERE el.linked_entity_id = le.id)")
                .bind("id", id)
                .map((rs, ctx) -> new Object[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)})
                .findOne()
                .map(r -> EntityReads.entity(h, id, (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
    }

    /** The linked events the entity takes part in (as actor or target), oldest first. */
    static List<LinkedEvent> eventsOfEntity(Handle h, long entityId, int limit) {
        return events(h, "SELECT le.* FROM linked_events le WHERE le.id IN (SELECT p.linked_event_id"
                + " FROM linked_event_participants p WHERE p.linked_entity_id = :id)"
                + " AND EXISTS (SELECT 1 FROM event_links el WHERE el.linked_event_id = le.id)", entityId, limit);
    }

    static Optional<Story> story(Handle h, long id) {
        return h.createQuery("SELECT s.id, s.title, MIN(la.date_key), MAX(la.date_key) FROM stories s"
                        + " JOIN story_articles sa ON sa.story_id = s.id LEFT JOIN linked_articles la ON la.article_id = sa.article_id"
                        + " WHERE s.id = :id GROUP BY s.id, s.title")
                .bind("id", id)
                .map((rs, ctx) -> new String[] {rs.getString(2), rs.getString(3), rs.getString(4)})
                .findOne()
                .map(r -> StoryReads.story(h, id, r[0], r[1], r[2]));
    }

    /** The linked events the story's articles report, oldest first. */
    static List<LinkedEvent> eventsOfStory(Handle h, long storyId, int limit) {
        return events(h, "SELECT le.* FROM linked_events le WHERE le.id IN (SELECT ev.linked_event_id FROM event_links ev"
                + " JOIN story_articles sa ON sa.article_id = ev.article_id WHERE sa.story_id = :id)", storyId, limit);
    }

    /** The story's articles' claims, grouped into series. */
    static List<ClaimSeries> claimSeriesOfStory(Handle h, ArticleStore store, long storyId) {
        List<String> articles = h.createQuery("SELECT article_id FROM story_articles WHERE story_id = :id ORDER BY article_id")
                .bind("id", storyId).mapTo(String.class).list();
        List<StoredClaim> claims = new ArrayList<>();
        Map<String, Long> storyOf = new HashMap<>();
        for (String article : articles) {
            claims.addAll(store.claims(ClaimQuery.all().ofArticle(article)));
            storyOf.put(article, storyId);
        }
        return ClaimSeriesGrouping.group(claims, storyOf);
    }

    private static List<LinkedEvent> events(Handle h, String select, long id, int limit) {
        List<LinkedEvent> rows = h.createQuery(select + " ORDER BY le.date_key NULLS LAST, le.id LIMIT :limit")
                .bind("id", id).bind("limit", limit)
                .map((rs, ctx) -> {
                    String place = rs.getString("place_json");
                    return new LinkedEvent(rs.getLong("id"), rs.getString("event_type"), rs.getString("event_mode"),
                            rs.getString("acled_event_type"), rs.getString("acled_sub_event_type"),
                            place == null ? null : EventLinking.readPlace(place), rs.getObject("geo_precision", Integer.class),
                            rs.getString("date_from"), rs.getString("date_to"), "event".equals(rs.getString("date_basis")),
                            List.of(), List.of(), 0, List.of());
                }).list();
        List<LinkedEvent> out = new ArrayList<>(rows.size());
        for (LinkedEvent e : rows) {
            out.add(EventReads.complete(h, e));
        }
        return out;
    }
}
