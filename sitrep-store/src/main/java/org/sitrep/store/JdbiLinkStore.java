package org.sitrep.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleJson;

/**
 * The {@link LinkStore} of a {@link JdbiArticleStore}: the same pool; linking takes turns with the store's writes on
 * its lock (a decision reads what the articles linked before wrote), reads run side by side.
 * Linking one article reads only its candidates (entities sharing a key, events sharing an actor, stories sharing
 * an entity), each read bounded, so its cost does not grow with the store beyond those bounds.
 */
final class JdbiLinkStore implements LinkStore {

    private final JdbiArticleStore store;
    private final Jdbi jdbi;
    private final WriteTurns writes;
    private final String url;
    private final EntityLinking entities = new EntityLinking();
    private final EventLinking events = new EventLinking();
    private final StoryLinking stories = new StoryLinking();

    JdbiLinkStore(JdbiArticleStore store, Jdbi jdbi, WriteTurns writes, String url) {
        this.store = store;
        this.jdbi = jdbi;
        this.writes = writes;
        this.url = url;
    }

    @Override
    public boolean link(String articleId, String documentText) {
        writes.begin();
        try {
            return jdbi.inTransaction(h -> linkIn(h, articleId, documentText));
        } catch (RuntimeException e) {
            throw new StoreException("cannot link article " + articleId + " in " + StoreUrls.redact(url),
                    JdbiArticleStore.reason(e), e);
        } finally {
            writes.end();
        }
    }

    private boolean linkIn(Handle h, String articleId, String documentText) {
        if (h.createQuery("SELECT COUNT(*) FROM linked_articles WHERE article_id = :id").bind("id", articleId)
                .mapTo(Integer.class).one() > 0) {
            return false;
        }
        var row = h.createQuery("SELECT a.article_json, a.published_key, i.retrieved_at FROM articles a"
                        + " JOIN inputs i ON i.id = a.input_id WHERE a.id = :id")
                .bind("id", articleId)
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)})
                .findOne().orElse(null);
        if (row == null) {
            return false;
        }
        Article article = ArticleJson.fromJson((String) row[0]);
        String dateKey = (String) row[1];
        if (dateKey == null && row[2] != null) {
            Instant retrieved = ((OffsetDateTime) row[2]).toInstant();
            dateKey = retrieved.atOffset(ZoneOffset.UTC).toLocalDate().toString().replace("-", "");
        }
        Map<String, Long> linked = entities.link(h, article, documentText);
        String original = stories.originalOf(h, articleId, article.body());
        h.createUpdate("INSERT INTO linked_articles (article_id, copy_of, date_key, linked_at)"
                        + " VALUES (:id, :copyOf, :dateKey, :now)")
                .bind("id", articleId).bind("copyOf", original).bind("dateKey", dateKey)
                .bind("now", OffsetDateTime.now(ZoneOffset.UTC)).execute();
        events.link(h, article, linked, original != null ? original : articleId);
        stories.place(h, articleId, dateKey, original);
        return true;
    }

    /** Forgets an article's links (before a fuller reading replaces it), inside the caller's transaction. */
    static void forget(Handle h, String articleId) {
        EntityLinking.uncount(h, articleId);
        Long story = h.createQuery("SELECT story_id FROM story_articles WHERE article_id = :id").bind("id", articleId)
                .mapTo(Long.class).findOne().orElse(null);
        for (String table : List.of("linked_names", "entity_links", "event_links", "story_articles", "linked_articles")) {
            h.createUpdate("DELETE FROM " + table + " WHERE article_id = :id").bind("id", articleId).execute();
        }
        if (story != null) {
            StoryLinking.recountProfile(h, story);
        }
    }

    @Override
    public List<String> unlinked(int limit) {
        return read("cannot list the articles not linked yet", () -> jdbi.withHandle(h -> h.createQuery(
                        "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM linked_articles la WHERE la.article_id = a.id)"
                                + " ORDER BY a.published_key, a.stored_at, a.id LIMIT :limit")
                .bind("limit", limit).mapTo(String.class).list()));
    }

    @Override
    public List<LinkedEntity> entities(EntityQuery query) {
        return read("cannot list entities", () -> jdbi.inTransaction(h -> EntityReads.entities(h, query)));
    }

    @Override
    public List<Story> stories(StoryQuery query) {
        return read("cannot list stories", () -> jdbi.inTransaction(h -> StoryReads.stories(h, query)));
    }

    @Override
    public List<LinkedEvent> linkedEvents(LinkedEventQuery query) {
        return read("cannot list linked events", () -> jdbi.inTransaction(h -> EventReads.events(h, query)));
    }

    @Override
    public List<ClaimSeries> claimSeries(ClaimQuery query) {
        return read("cannot list claim series", () -> {
            List<StoredClaim> claims = store.claims(query.page(0, 0));
            Map<String, Long> storyOf = new java.util.HashMap<>();
            jdbi.useHandle(h -> {
                for (StoredClaim c : claims) {
                    storyOf.computeIfAbsent(c.articleId(), id -> h.createQuery(
                                    "SELECT story_id FROM story_articles WHERE article_id = :id")
                            .bind("id", id).mapTo(Long.class).findOne().orElse(-1L));
                }
            });
            return EntityReads.page(ClaimSeriesGrouping.group(claims, storyOf), query.limit(), query.offset());
        });
    }

    @Override
    public java.util.Optional<LinkedEntity> entity(long id) {
        return read("cannot read entity " + id, () -> jdbi.inTransaction(h -> LinkedItemReads.entity(h, id)));
    }

    @Override
    public List<LinkedEvent> eventsOfEntity(long entityId, int limit) {
        return read("cannot list the events of entity " + entityId, () -> jdbi.inTransaction(h -> LinkedItemReads.eventsOfEntity(h, entityId, limit)));
    }

    @Override
    public java.util.Optional<Story> story(long id) {
        return read("cannot read story " + id, () -> jdbi.inTransaction(h -> StoryReads.story(h, id)));
    }

    @Override
    public List<LinkedEvent> eventsOfStory(long storyId, int limit) {
        return read("cannot list the events of story " + storyId, () -> jdbi.inTransaction(h -> LinkedItemReads.eventsOfStory(h, storyId, limit)));
    }

    @Override
    public List<ClaimSeries> claimSeriesOfStory(long storyId) {
        List<String> articles = read("cannot list the claim series of story " + storyId,
                () -> jdbi.withHandle(h -> LinkedItemReads.articlesOfStory(h, storyId)));
        return LinkedItemReads.claimSeriesOfStory(store, storyId, articles);
    }

    /** One read on connections of the pool (reads run side by side), its failure named in the user's terms. */
    private <T> T read(String what, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (JdbiException e) {
            throw failure(what, e);
        }
    }

    private StoreException failure(String what, Exception e) {
        return new StoreException(what + " in " + StoreUrls.redact(url), JdbiArticleStore.reason(e), e);
    }
}
