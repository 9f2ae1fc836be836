package org.sitrep.link.events;

import java.util.Set;
import org.sitrep.model.Place;

/**
 * An event already linked across stored articles, which a new article's event may be a report of.
 *
 * @param articleIds the articles that already report it
 */
public record EventCandidate(long id, String type, Set<Long> actors, Set<Long> targets, Place place,
                             Integer geoPrecision, DateRange when, Set<String> articleIds) {
    public EventCandidate {
        actors = Set.copyOf(actors);
        targets = Set.copyOf(targets);
        articleIds = Set.copyOf(articleIds);
    }
}
