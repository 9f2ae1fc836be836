package org.sitrep.link.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Puts an arriving article into the story it continues, or starts a new one. The rule, with no story gold to tune
 * on beyond the seeds, is a standard one stated plainly:
 * <ul>
 * <li>an article and a story are vectors over linked entities, each entity's count (mentions, plus its roles in
 *     events) damped as {@code 1 + ln(count)} and weighted by its rarity, {@code ln((N + 1) / (df + 1)) + 1} with
 *     N stored articles of which df name it (TF-IDF), so sharing "United States" says less than sharing "KCNA";</li>
 * <li>their similarity is the cosine of the two vectors, times a time factor: halved for every
 *     {@value #HALF_LIFE_DAYS} days between the article and the nearest day the story spans (1 where either is
 *     undated), since a story is a thread that develops and one quiet for months has ended;</li>
 * <li>the article joins the most similar story when that similarity reaches {@value #THRESHOLD}: about the cosine
 *     of two articles whose most-named entities are the same few while the rest differ. On the seeds, the two
 *     articles on the Taliban share three of their nine and twenty-three entities, the most mentioned, and score
 *     0.32; the two on North Korea and Russia 0.52; an article and the other thread, sharing only the United
 *     States or NATO, 0.02. The threshold sits well between, not at a value fitted to them.</li>
 * </ul>
 * Incremental: an arriving article is compared with the stories as they stand, and stories are never split or
 * merged afterwards, so ingesting never recomputes the store.
 */
public final class StoryMatcher {

    static final double THRESHOLD = 0.2;
    static final int HALF_LIFE_DAYS = 30;

    /** The chosen story and how similar the article is to it. */
    public record Choice(long storyId, double similarity) {
    }

    private final int articles;
    private final ToIntFunction<Long> documentFrequency;

    /**
     * @param articles          how many articles are stored
     * @param documentFrequency in how many stored articles a linked entity is named
     */
    public StoryMatcher(int articles, ToIntFunction<Long> documentFrequency) {
        this.articles = articles;
        this.documentFrequency = documentFrequency;
    }

    /** The story the article continues, or empty where none is similar enough. */
    public Optional<Choice> choose(ArticleProfile article, List<StoryProfile> stories) {
        Choice best = null;
        for (StoryProfile story : stories) {
            double s = similarity(article, story);
            if (s >= THRESHOLD && (best == null || s > best.similarity())) {
                best = new Choice(story.id(), s);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The TF-IDF cosine of the article and the story, times the time factor. */
    public double similarity(ArticleProfile article, StoryProfile story) {
        return cosine(article.weights(), story.weights()) * timeFactor(article.date(), story.first(), story.last());
    }

    double cosine(Map<Long, Double> a, Map<Long, Double> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<Long, Double> e : a.entrySet()) {
            double wa = weight(e.getKey(), e.getValue());
            na += wa * wa;
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += wa * weight(e.getKey(), other);
            }
        }
        for (Map.Entry<Long, Double> e : b.entrySet()) {
            double wb = weight(e.getKey(), e.getValue());
            nb += wb * wb;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private double weight(Long entity, double count) {
        if (count <= 0) {
            return 0;
        }
        double idf = Math.log((articles + 1.0) / (documentFrequency.applyAsInt(entity) + 1.0)) + 1;
        return (1 + Math.log(count)) * idf;
    }

    static double timeFactor(LocalDate date, LocalDate first, LocalDate last) {
        if (date == null || first == null || last == null) {
            return 1;
        }
        long gap = date.isBefore(first) ? ChronoUnit.DAYS.between(date, first)
                : date.isAfter(last) ? ChronoUnit.DAYS.between(last, date) : 0;
        return Math.pow(0.5, gap / (double) HALF_LIFE_DAYS);
    }
}
