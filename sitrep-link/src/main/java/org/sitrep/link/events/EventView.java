package org.sitrep.link.events;

import java.util.Set;
import org.sitrep.model.Place;

/**
 * One event of one article as deduplication sees it: its type, its actors and targets as linked entity ids, its
 * place with ACLED's precision, and the days it may have happened on.
 *
 * @param sourceGroup the article it counts as a source for: itself, or the article it is a syndicated copy of
 * @param when        null where neither the event nor its article is dated
 */
public record EventView(String articleId, int index, String type, Set<Long> actors, Set<Long> targets, Place place,
                        Integer geoPrecision, DateRange when, String sourceGroup) {
    public EventView {
        actors = Set.copyOf(actors);
        targets = Set.copyOf(targets);
    }
}
