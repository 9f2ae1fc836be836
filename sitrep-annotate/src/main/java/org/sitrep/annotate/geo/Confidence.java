package org.sitrep.annotate.geo;

/**
 * The confidences the geo stage gives its places, and the one threshold it reads them by, in one place. A
 * confidence is the resolver's belief that a name means the place it chose; the stage prints it with each place.
 */
public final class Confidence {

    /**
     * A place at least this sure is taken as fact by what builds on it: the anchors other names are resolved near,
     * the towns named as actors, the places that tell where a source publishes, the seeds of a compound's place.
     */
    public static final double SURE = 0.9;
    /** The one reading the gazetteer has of a name, or a reading no other place far away comes near. */
    static final double UNRIVALLED = 0.95;
    /** The gazetteer's only reading of a name when it is a hamlet nothing in the article is near ("Red", "Mill"). */
    static final double LONE_HAMLET = 0.6;
    /** A national capital chosen over a namesake the article does not tell apart from it ("Washington"). */
    static final double CAPITAL_OVER_NAMESAKE = 0.55;
    /**
     * A compound the gazetteer lacks ("Fargo-Moorhead", "Fargo City") lies where its first place lies, this much
     * less surely than that place.
     */
    static final double COMPOUND_FACTOR = 0.8;
    /** Where a source publishes when only its country-code domain says ("independent.ie"). */
    static final double COUNTRY_OF_DOMAIN = 0.5;

    private Confidence() {
    }

    /** A confidence as the stage prints it: two decimals. */
    static double rounded(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }
}
