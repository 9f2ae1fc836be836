package org.sitrep.annotate.geo;

import org.sitrep.model.Span;

/**
 * A place name found in the input, before resolution: where it stands, the key it is looked up by, and what the
 * words around it hinted.
 *
 * @param span     input offsets and the text there
 * @param key      the gazetteer key it is resolved by (a country code as news writes it, "U.S.", is keyed as the
 *                 country's name)
 * @param hint     "region", "county" or "city" where the words around it say so, "street" or "facility" for a name
 *                 below the gazetteer's scale, else null
 * @param dateline whether it was read from the article's dateline
 */
public record Candidate(Span span, String key, String hint, boolean dateline) {

    /** A street or a building: below the gazetteer's scale, never resolved on its own. */
    public boolean site() {
        return "facility".equals(hint) || "street".equals(hint);
    }

    /** Whether it shares a character with {@code other}. */
    public boolean overlaps(Span other) {
        return span.start() < other.end() && other.start() < span.end();
    }
}
