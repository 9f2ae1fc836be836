package org.sitrep.link.stories;

import java.util.List;
import java.util.Map;

/**
 * A story's title: the headline of its most representative article, the one whose linked entities are most like
 * the story's as a whole (the same cosine {@link StoryMatcher} uses), ties to the newest of the newest hundred. A headline an editor
 * wrote reads better than a list of names, and it changes as the story grows.
 */
public final class StoryTitle {

    private StoryTitle() {
    }

    /** One article of the story: its headline and profile. */
    public record Candidate(String title, ArticleProfile profile) {
    }

    /** The title, or null where no article has a headline. */
    public static String choose(List<Candidate> articles, Map<Long, Double> storyWeights, StoryMatcher matcher) {
        String best = null;
        double bestScore = -1;
        for (Candidate c : articles) {
            if (c.title() == null || c.title().isBlank()) {
                continue;
            }
            double s = matcher.cosine(c.profile().weights(), storyWeights);
            if (s > bestScore + 1e-9) {
                best = c.title();
                bestScore = s;
            }
        }
        return best;
    }
}
