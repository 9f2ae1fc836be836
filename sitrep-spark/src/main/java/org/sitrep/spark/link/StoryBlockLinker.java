package org.sitrep.spark.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.link.stories.ArticleProfile;
import org.sitrep.link.stories.StoryMatcher;
import org.sitrep.link.stories.StoryProfile;
import org.sitrep.link.stories.StoryTitle;
import org.sitrep.link.stories.SyndicatedCopies;
import org.sitrep.store.DateKeys;

/**
 * Places the articles of one block into stories in ingest order, as the store's {@code StoryLinking} does: a
 * syndicated copy (found among the earlier articles sharing its rare entities) joins its original's story; any
 * other article is compared ({@link StoryMatcher}) with the stories of the earlier articles sharing a rare entity
 * with it, and joins the most similar or starts one. An entity is rare for an article while it has at most 500
 * links up to that article, so a block (articles joined through entities rare for them) holds every candidate an
 * article could have. Rarity weights (the count of articles, the articles naming each entity) are the store's at
 * that moment: the timelines of the block's own entities, and of the entities other blocks name too.
 */
final class StoryBlockLinker {

    /** The store's bounds: candidate stories, articles read to choose a title and to find copies. */
    static final int MAX_STORIES = 200;
    static final int TITLE_ARTICLES = 100;
    static final int COPY_CANDIDATES = 20;
    /** As the store's: an entity with more links than this finds no candidates. */
    static final int MAX_LINKS_TO_FIND_BY = 500;

    /** What one block gives: its stories, its claim series and each article's story and original. */
    record Result(List<StoryRow> stories, List<ClaimSeriesRow> series, List<Placement> placements) {
    }

    /** Where one article went. */
    record Placement(long rank, String articleId, long storyId, String copyOf) implements java.io.Serializable {
    }

    private static final class Placed {
        final StoryInput input;
        final Map<Long, Double> weights = new HashMap<>();
        Set<String> shingles;
        String copyOf;
        long story;
        Double similarity;

        Placed(StoryInput input) {
            this.input = input;
            input.links().forEach(l -> weights.merge(l.linkedId(), l.weight(), Double::sum));
        }

        Set<String> shingles() {
            if (shingles == null) {
                shingles = SyndicatedCopies.shingles(input.body());
            }
            return shingles;
        }
    }

    private static final class Story {
        final long id;
        final List<Placed> members = new ArrayList<>();
        String title;

        Story(long id) {
            this.id = id;
        }
    }

    private final Map<Long, EntityTimeline> timelines;
    private final Map<Long, List<Placed>> byEntity = new HashMap<>();
    private final Map<String, Placed> byId = new HashMap<>();
    private final Map<Long, Story> stories = new LinkedHashMap<>();

    /** @param timelines every entity the block's articles name: its own, and those of entities named elsewhere too */
    private StoryBlockLinker(Map<Long, EntityTimeline> timelines) {
        this.timelines = timelines;
    }

    /** Places a block's articles (sorted into ingest order first). */
    static Result link(Iterable<StoryInput> block, Map<Long, EntityTimeline> shared) {
        List<StoryInput> articles = new ArrayList<>();
        block.forEach(articles::add);
        articles.sort(Comparator.comparingLong(StoryInput::rank));
        Map<Long, List<Long>> ranks = new HashMap<>();
        for (StoryInput a : articles) {
            a.links().forEach(l -> ranks.computeIfAbsent(l.linkedId(), k -> new ArrayList<>()).add(a.rank()));
        }
        Map<Long, EntityTimeline> timelines = new HashMap<>();
        ranks.forEach((entity, r) -> timelines.put(entity, shared.containsKey(entity) ? shared.get(entity) : EntityTimeline.of(r)));
        StoryBlockLinker linker = new StoryBlockLinker(timelines);
        articles.forEach(linker::place);
        return linker.result();
    }

    private void place(StoryInput a) {
        Placed p = new Placed(a);
        List<Long> findBy = findBy(p);
        p.copyOf = originalOf(p, findBy);
        StoryMatcher matcher = new StoryMatcher((int) Math.min(Integer.MAX_VALUE, a.rank() + 2),
                entity -> timelines.get(entity).articlesUpTo(a.rank()));
        Story story = null;
        if (p.copyOf != null) {
            story = stories.get(byId.get(p.copyOf).story);
            p.similarity = 1.0;
        }
        if (story == null) {
            List<StoryProfile> candidates = new ArrayList<>();
            for (long id : candidateStories(p, findBy)) {
                candidates.add(profile(stories.get(id)));
            }
            Optional<StoryMatcher.Choice> choice = matcher.choose(new ArticleProfile(a.articleId(), p.weights, DateKeys.day(a.dateKey())),
                    candidates);
            story = choice.map(c -> stories.get(c.storyId())).orElse(null);
            p.similarity = choice.map(StoryMatcher.Choice::similarity).orElse(null);
        }
        if (story == null) {
            story = new Story(a.rank());
            stories.put(story.id, story);
        }
        p.story = story.id;
        story.members.add(p);
        byId.put(a.articleId(), p);
        for (Long entity : p.weights.keySet()) {
            byEntity.computeIfAbsent(entity, k -> new ArrayList<>()).add(p);
        }
        story.title = title(story, matcher);
    }

    /** The article's linked entities with few enough links, up to it, to find candidates by. */
    private List<Long> findBy(Placed p) {
        long rank = p.input.rank();
        return p.weights.keySet().stream().filter(e -> timelines.get(e).linksUpTo(rank) <= MAX_LINKS_TO_FIND_BY).toList();
    }

    /** The earlier articles sharing one of these entities, with how many of them each shares. */
    private Map<Placed, Integer> sharing(List<Long> findBy) {
        Map<Placed, Integer> shared = new HashMap<>();
        for (Long e : findBy) {
            for (Placed o : byEntity.getOrDefault(e, List.of())) {
                shared.merge(o, 1, Integer::sum);
            }
        }
        return shared;
    }

    private String originalOf(Placed p, List<Long> findBy) {
        if (findBy.isEmpty()) {
            return null;
        }
        int half = p.weights.size();
        List<Placed> others = sharing(findBy).entrySet().stream().filter(e -> e.getValue() * 2 >= half)
                .sorted(Comparator.comparingInt((Map.Entry<Placed, Integer> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().input.articleId()))
                .limit(COPY_CANDIDATES).map(Map.Entry::getKey).toList();
        for (Placed o : others) {
            if (SyndicatedCopies.areCopies(p.shingles(), o.shingles())) {
                return o.copyOf != null ? o.copyOf : o.input.articleId();
            }
        }
        return null;
    }

    private List<Long> candidateStories(Placed p, List<Long> findBy) {
        Map<Long, Set<Long>> sharedByStory = new HashMap<>();
        for (Long e : findBy) {
            for (Placed o : byEntity.getOrDefault(e, List.of())) {
                sharedByStory.computeIfAbsent(o.story, k -> new HashSet<>()).add(e);
            }
        }
        return sharedByStory.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Long, Set<Long>> e) -> -e.getValue().size())
                        .thenComparingLong(Map.Entry::getKey))
                .limit(MAX_STORIES).map(Map.Entry::getKey).toList();
    }

    private static StoryProfile profile(Story s) {
        Map<Long, Double> w = new HashMap<>();
        String first = null;
        String last = null;
        for (Placed m : s.members) {
            m.weights.forEach((e, x) -> w.merge(e, x, Double::sum));
            String key = m.input.dateKey();
            if (key != null) {
                first = first == null || key.compareTo(first) < 0 ? key : first;
                last = last == null || key.compareTo(last) > 0 ? key : last;
            }
        }
        return new StoryProfile(s.id, w, DateKeys.day(first), DateKeys.day(last), s.members.size());
    }

    /** The store's title rule: of the newest hundred articles (H2's order: undated last), the most representative. */
    private static String title(Story s, StoryMatcher matcher) {
        List<StoryTitle.Candidate> candidates = s.members.stream()
                .sorted(Comparator.comparing((Placed m) -> m.input.dateKey(), Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                        .reversed().thenComparing(m -> m.input.articleId()))
                .limit(TITLE_ARTICLES)
                .map(m -> new StoryTitle.Candidate(m.input.title(), new ArticleProfile(m.input.articleId(), m.weights, null)))
                .toList();
        return StoryTitle.choose(candidates, profile(s).weights(), matcher);
    }

    private Result result() {
        List<StoryRow> rows = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        for (Story s : stories.values()) {
            StoryProfile p = profile(s);
            List<StoryRow.Member> members = new ArrayList<>();
            for (Placed m : s.members) {
                members.add(new StoryRow.Member(m.input.articleId(), m.similarity, m.copyOf));
                placements.add(new Placement(m.input.rank(), m.input.articleId(), s.id, m.copyOf));
            }
            rows.add(new StoryRow(s.id, s.title, first(s), last(s), members));
        }
        return new Result(rows, ClaimSeriesRows.of(stories.values().stream().flatMap(s -> s.members.stream())
                .map(m -> m.input).toList(), placements), placements);
    }

    private static String first(Story s) {
        return s.members.stream().map(m -> m.input.dateKey()).filter(k -> k != null).min(Comparator.naturalOrder()).orElse(null);
    }

    private static String last(Story s) {
        return s.members.stream().map(m -> m.input.dateKey()).filter(k -> k != null).max(Comparator.naturalOrder()).orElse(null);
    }

}
