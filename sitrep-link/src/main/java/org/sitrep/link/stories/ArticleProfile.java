package org.sitrep.link.stories;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an article is about, for grouping it into a story: how strongly it names each linked entity (its mentions,
 * plus each time the entity is an actor, target or place of one of its events), and its date.
 *
 * @param weights linked entity id to the article's count for it
 * @param date    its publication date, or null
 */
public record ArticleProfile(String articleId, Map<Long, Double> weights, LocalDate date) {
    public ArticleProfile {
        weights = Map.copyOf(weights);
    }
}
