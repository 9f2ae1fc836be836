package org.sitrep.annotate.geo;

/**
 * A stretch of the body that names a place, before resolution.
 *
 * @param start    body offset
 * @param end      body offset
 * @param text     the body's characters
 * @param kindHint "region", "county" or "city" where the words around it say so ("Kandahar province", "Fulton county",
 *                 "the city of X"),
 *                 "street" ("Orchard Street"), "facility" for a building or site ("City Hall"), else null
 * @param strong   recognised by NER as a location or by an unmistakable cue, rather than by the gazetteer alone
 */
record PlaceMention(int start, int end, String text, String kindHint, boolean strong) {

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
