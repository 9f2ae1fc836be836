package org.sitrep.link.stories;

import java.time.LocalDate;
import java.util.Map;

/**
 * A story already built, as the next article is compared with it: the summed counts of its articles' linked
 * entities and the dates its articles span (null where none is dated).
 */
public record StoryProfile(long id, Map<Long, Double> weights, LocalDate first, LocalDate last, int articleCount) {
    public StoryProfile {
        weights = Map.copyOf(weights);
    }
}
