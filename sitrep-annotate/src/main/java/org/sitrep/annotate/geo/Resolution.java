package org.sitrep.annotate.geo;

import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.model.Place;

/**
 * The gazetteer place a name of the article was resolved to, with the resolver's confidence in [0, 1].
 *
 * @param entry      the place
 * @param confidence how sure the resolver is (see {@link Confidence})
 */
public record Resolution(GazetteerEntry entry, double confidence) {

    /** The place as the data model records it, with this confidence. */
    public Place place() {
        return entry.toPlace(confidence);
    }
}
