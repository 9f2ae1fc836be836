package org.sitrep.link.entities;

import java.util.Set;

/**
 * An entity already linked across stored articles, which a new article's entity may be.
 *
 * @param names        every name it has been given
 * @param articleCount in how many articles it is named
 */
public record EntityCandidate(long id, EntityKind kind, String name, Set<String> names, String country,
                              Long geonameid, int articleCount) {
    public EntityCandidate {
        names = Set.copyOf(names);
    }
}
