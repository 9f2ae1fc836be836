package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sitrep.link.stories.ArticleProfile;
import org.sitrep.link.stories.StoryMatcher;
import org.sitrep.link.stories.StoryProfile;
import org.sitrep.link.stories.StoryTitle;
import org.sitrep.link.stories.SyndicatedCopies;
import org.sitrep.model.ArticleJson;

/**
 * Puts a linked article into a story, inside the caller's transaction: a syndicated copy goes where its original
 * is; any other article is compared ({@link StoryMatcher}) with the stories whose articles share a linked entity
 * with it, and joins the most similar or starts a new one. The story's title is chosen again as it grows.
 */
final class StoryLinking {

    /** Bounds on one article's cost: candidate stories, and the articles read to choose a title and to find copies. */
    private static final int MAX_STORIES = 200;
    private static final int TITLE_ARTICLES = 100;
    private static final int COPY_CANDIDATES = 20;
    /**
     * Entities named in more articles than this find no candidates (stories, originals): so common an entity ("United
     * States") weighs little in the similarity, and joining on it would make each article's cost grow with the store.
     */
    static final int MAX_ARTICLES_TO_FIND_BY = 500;
    /**
     * Days either side of a dated article that a candidate story's articles are looked for in: at 30 days' half-life,
     * a story 70 days away has a time factor under 0.2, {@link StoryMatcher}'s threshold, whatever its cosine.
     */
    static final int WINDOW_DAYS = 70;

    /** The article this one is a syndicated copy of (an article sharing most of its linked entities and its text), or null. */
    String originalOf(Handle h, String articleId, String body) {
        List<Long> findBy = findBy(h, articleId);
        if (findBy.isEmpty()) {
            return null;
        }
        List<String> others = h.createQuery("SELECT o.article_id FROM entity_links o"
                        + " JOIN linked_articles la ON la.article_id = o.article_id"
                        + " WHERE o.linked_entity_id IN (<entities>) AND o.article_id <> :id GROUP BY o.article_id"
                        + " HAVING COUNT(DISTINCT o.linked_entity_id) * 2 >= :half"
                        + " ORDER BY COUNT(DISTINCT o.linked_entity_id) DESC, o.article_id LIMIT " + COPY_CANDIDATES)
                .bindList("entities", findBy).bind("id", articleId)
                .bind("half", h.createQuery("SELECT COUNT(DISTINCT linked_entity_id) FROM entity_links WHERE article_id = :id")
                        .bind("id", articleId).mapTo(Integer.class).one())
                .mapTo(String.class).list();
        Set<String> mine = SyndicatedCopies.shingles(body);
        for (String other : others) {
            String json = h.createQuery("SELECT article_json FROM articles WHERE id = :id").bind("id", other)
                    .mapTo(String.class).one();
            if (SyndicatedCopies.areCopies(mine, SyndicatedCopies.shingles(ArticleJson.fromJson(json).body()))) {
                String original = h.createQuery("SELECT COALESCE(copy_of, article_id) FROM linked_articles WHERE article_id = :id")
                        .bind("id", other).mapTo(String.class).one();
                return original;
            }
        }
        return null;
    }

    /** Adds the article, with its linked_articles date key, to a story; returns the story's id. */
    long place(Handle h, String articleId, String dateKey, String originalId) {
        LocalDate date = DateKeys.day(dateKey);
        ArticleProfile profile = new ArticleProfile(articleId, weightsOf(h, List.of(articleId)).getOrDefault(articleId, Map.of()),
                date);
        int articles = h.createQuery("SELECT COUNT(*) FROM linked_articles").mapTo(Integer.class).one() + 1;
        Map<Long, Integer> df = new HashMap<>();
        // an entity's document frequency is kept as its article count (V7); story profiles fill the map as they are read
        StoryMatcher matcher = new StoryMatcher(articles, entity -> df.computeIfAbsent(entity, e -> h.createQuery(
                "SELECT article_count FROM linked_entities WHERE id = :id").bind("id", e).mapTo(Integer.class).one()));
        Long story = null;
        Double similarity = null;
        if (originalId != null) {
            story = h.createQuery("SELECT story_id FROM story_articles WHERE article_id = :id").bind("id", originalId)
                    .mapTo(Long.class).findOne().orElse(null);
            similarity = 1.0;
        }
        if (story == null) {
            List<StoryProfile> candidates = storyProfiles(h, candidateStories(h, articleId, date), df);
            Optional<StoryMatcher.Choice> choice = matcher.choose(profile, candidates);
            story = choice.map(StoryMatcher.Choice::storyId).orElse(null);
            similarity = choice.map(StoryMatcher.Choice::similarity).orElse(null);
        }
        if (story == null) {
            story = h.createUpdate("INSERT INTO stories (title) VALUES (NULL)").executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class).one();
        }
        h.createUpdate("INSERT INTO story_articles (article_id, story_id, similarity) VALUES (:article, :story, :similarity)")
                .bind("article", articleId).bind("story", story).bind("similarity", similarity).execute();
        addToProfile(h, story, dateKey, profile.weights());
        retitle(h, story, matcher);
        return story;
    }

    /** Adds a joining article's entity weights, day and count to its story's kept profile (V10). */
    private static void addToProfile(Handle h, long story, String key, Map<Long, Double> weights) {
        for (Map.Entry<Long, Double> w : weights.entrySet()) {
            int updated = h.createUpdate("UPDATE story_entities SET weight = weight + :weight"
                            + " WHERE story_id = :story AND linked_entity_id = :entity")
                    .bind("weight", w.getValue()).bind("story", story).bind("entity", w.getKey()).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO story_entities (story_id, linked_entity_id, weight) VALUES (:story, :entity, :weight)")
                        .bind("story", story).bind("entity", w.getKey()).bind("weight", w.getValue()).execute();
            }
        }
        if (key == null) {
            h.createUpdate("UPDATE stories SET article_count = article_count + 1 WHERE id = :id").bind("id", story).execute();
        } else {
            h.createUpdate("UPDATE stories SET article_count = article_count + 1,"
                            + " first_key = CASE WHEN first_key IS NULL OR first_key > :key THEN :key ELSE first_key END,"
                            + " last_key = CASE WHEN last_key IS NULL OR last_key < :key THEN :key ELSE last_key END WHERE id = :id")
                    .bind("key", key).bind("id", story).execute();
        }
    }

    /**
     * Sums a story's kept profile again from its articles, after one has left it (a fuller reading of an article
     * relinks it); inside the caller's transaction, after the article's rows are gone.
     */
    static void recountProfile(Handle h, long story) {
        h.createUpdate("DELETE FROM story_entities WHERE story_id = :id").bind("id", story).execute();
        h.createUpdate("INSERT INTO story_entities (story_id, linked_entity_id, weight)"
                        + " SELECT sa.story_id, el.linked_entity_id, SUM(el.weight) FROM entity_links el"
                        + " JOIN story_articles sa ON sa.article_id = el.article_id WHERE sa.story_id = :id"
                        + " GROUP BY sa.story_id, el.linked_entity_id")
                .bind("id", story).execute();
        String members = " FROM story_articles sa JOIN linked_articles la ON la.article_id = sa.article_id WHERE sa.story_id = :id";
        h.createUpdate("UPDATE stories SET article_count = (SELECT COUNT(*)" + members + "), first_key = (SELECT MIN(la.date_key)"
                        + members + "), last_key = (SELECT MAX(la.date_key)" + members + ") WHERE id = :id")
                .bind("id", story).execute();
    }

    /**
     * The stories of the articles sharing a findable entity with this one, the most entities shared first. For a
     * dated article only those articles dated within {@link #WINDOW_DAYS} of it (or undated) count: a story nearest
     * further away than that cannot reach the threshold whatever it shares ({@link StoryMatcher}'s time factor), and
     * reading them made each article's cost grow with the months the store spans.
     */
    private static List<Long> candidateStories(Handle h, String articleId, LocalDate date) {
        List<Long> findBy = findBy(h, articleId);
        if (findBy.isEmpty()) {
            return List.of();
        }
        String window = date == null ? "" : " AND (la.date_key IS NULL OR (la.date_key >= :from AND la.date_key <= :to))";
        var query = h.createQuery("SELECT sa.story_id FROM entity_links o JOIN story_articles sa ON sa.article_id = o.article_id"
                        + (date == null ? "" : " JOIN linked_articles la ON la.article_id = o.article_id")
                        + " WHERE o.linked_entity_id IN (<entities>) AND o.article_id <> :id" + window + " GROUP BY sa.story_id"
                        + " ORDER BY COUNT(DISTINCT o.linked_entity_id) DESC, sa.story_id LIMIT " + MAX_STORIES)
                .bindList("entities", findBy).bind("id", articleId);
        if (date != null) {
            query.bind("from", dayKey(date.minusDays(WINDOW_DAYS))).bind("to", dayKey(date.plusDays(WINDOW_DAYS)) + "999999");
        }
        return query.mapTo(Long.class).list();
    }

    private static String dayKey(LocalDate day) {
        return day.toString().replace("-", "");
    }

    /** The article's linked entities that are rare enough to find candidates by (see {@link #MAX_ARTICLES_TO_FIND_BY}). */
    private static List<Long> findBy(Handle h, String articleId) {
        return h.createQuery("SELECT DISTINCT mine.linked_entity_id FROM entity_links mine"
                        + " JOIN linked_entities le ON le.id = mine.linked_entity_id"
                        + " WHERE mine.article_id = :id AND le.article_count <= :max")
                .bind("id", articleId).bind("max", MAX_ARTICLES_TO_FIND_BY).mapTo(Long.class).list();
    }

    /**
     * The profiles of these stories, read in two statements for all of them (one per story made each article's
     * cost hundreds of round trips); the document frequencies of their entities go into {@code df} on the way.
     */
    private static List<StoryProfile> storyProfiles(Handle h, List<Long> stories, Map<Long, Integer> df) {
        if (stories.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, Double>> weights = new HashMap<>();
        h.createQuery("SELECT se.story_id, se.linked_entity_id, se.weight, le.article_count FROM story_entities se"
                        + " JOIN linked_entities le ON le.id = se.linked_entity_id WHERE se.story_id IN (<stories>)")
                .bindList("stories", stories)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getInt(4)})
                .forEach(r -> {
                    weights.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (Double) r[2]);
                    df.put((Long) r[1], (Integer) r[3]);
                });
        Map<Long, String[]> spans = new HashMap<>();
        h.createQuery("SELECT id, first_key, last_key, article_count FROM stories WHERE id IN (<stories>)")
                .bindList("stories", stories)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}})
                .forEach(r -> spans.put((Long) r[0], (String[]) r[1]));
        List<StoryProfile> out = new ArrayList<>(stories.size());
        for (long story : stories) {
            String[] span = spans.getOrDefault(story, new String[] {null, null, "0"});
            out.add(new StoryProfile(story, weights.getOrDefault(story, new HashMap<>()), DateKeys.day(span[0]),
                    DateKeys.day(span[1]), Integer.parseInt(span[2])));
        }
        return out;
    }

    /** Each of these articles' linked entities and their summed weights, in one statement. */
    private static Map<String, Map<Long, Double>> weightsOf(Handle h, List<String> articleIds) {
        Map<String, Map<Long, Double>> weights = new HashMap<>();
        if (!articleIds.isEmpty()) {
            h.createQuery("SELECT article_id, linked_entity_id, weight FROM entity_links WHERE article_id IN (<ids>)")
                    .bindList("ids", articleIds)
                    .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getDouble(3)})
                    .forEach(r -> weights.computeIfAbsent((String) r[0], k -> new HashMap<>())
                            .merge((Long) r[1], (Double) r[2], Double::sum));
        }
        return weights;
    }

    private static StoryProfile storyProfile(Handle h, long story) {
        return storyProfiles(h, List.of(story), new HashMap<>()).get(0);
    }

    private static void retitle(Handle h, long story, StoryMatcher matcher) {
        List<String[]> members = h.createQuery("SELECT a.id, a.title FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
                        + " LEFT JOIN linked_articles la ON la.article_id = a.id"
                        + " WHERE sa.story_id = :id ORDER BY la.date_key DESC, a.id LIMIT " + TITLE_ARTICLES)
                .bind("id", story).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        Map<String, Map<Long, Double>> weights = weightsOf(h, members.stream().map(m -> m[0]).toList());
        List<StoryTitle.Candidate> candidates = new ArrayList<>();
        for (String[] m : members) {
            candidates.add(new StoryTitle.Candidate(m[1], new ArticleProfile(m[0], weights.getOrDefault(m[0], Map.of()), null)));
        }
        String title = StoryTitle.choose(candidates, storyProfile(h, story).weights(), matcher);
        h.createUpdate("UPDATE stories SET title = :title WHERE id = :id").bind("title", title).bind("id", story).execute();
    }

}
