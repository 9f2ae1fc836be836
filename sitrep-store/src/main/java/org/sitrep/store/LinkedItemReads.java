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

    /** The linked events the story's articles report, oldest first. */
    static List<LinkedEvent> eventsOfStory(Handle h, long storyId, int limit) {
        return events(h, "SELECT le.* FROM linked_events le WHERE le.id IN (SELECT ev.linked_event_id FROM event_links ev"
                + " JOIN story_articles sa ON sa.article_id = ev.article_id WHERE sa.story_id = :id)", storyId, limit);
    }

    /** The ids of the story's articles. */
    static List<String> articlesOfStory(Handle h, long storyId) {
        return h.createQuery("SELECT article_id FROM story_articles WHERE story_id = :id ORDER BY article_id")
                .bind("id", storyId).mapTo(String.class).list();
    }

    /**
     * The story's articles' claims, grouped into series; read through the store after the story's connection is
     * given back, so one request never holds two of the pool's connections at once.
     */
    static List<ClaimSeries> claimSeriesOfStory(ArticleStore store, long storyId, List<String> articles) {
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
                .map((rs, ctx) -> EventReads.row(rs)).list();
        List<LinkedEvent> out = new ArrayList<>(rows.size());
        for (LinkedEvent e : rows) {
            out.add(EventReads.complete(h, e));
        }
        return out;
    }
}
