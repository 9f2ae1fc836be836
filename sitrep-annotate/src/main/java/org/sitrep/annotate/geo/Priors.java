package org.sitrep.annotate.geo;

import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.model.Place;

/**
 * How likely each reading of a name is before the article says anything: countries first, then continents, large
 * regions and features, then states by their people, towns by their size and rank, counties last. In log10 of
 * people, roughly, so that a difference of 1 is a factor of ten.
 */
final class Priors {

    private static final double COUNTRY_PRIOR = 9.0;
    private static final double CONTINENT_PRIOR = 8.5;
    private static final double MACRO_REGION_PRIOR = 7.0;
    private static final double PHYSICAL_FEATURE_PRIOR = 6.5;
    /** A first-level region's prior is log10 of its towns' population, within these bounds. */
    private static final double ADM1_PRIOR_MIN = 5.0;
    private static final double ADM1_PRIOR_MAX = 6.8;
    private static final double ADM2_PRIOR = 2.0;
    /** A town of about 10,000 people. */
    static final double NOTABLE = 4.0;
    private static final double UNKNOWN_LOCAL_TOWN_PRIOR = 2.5;

    private Priors() {
    }

    /**
     * The prior of a town near the source's home whose population the sources do not give (below GeoNames' 1,000
     * people, or a post town): a village of a few hundred, not an empty place, so that a local paper's neighbour
     * town can win with its home over a larger namesake far away. Elsewhere such a town keeps the least prior.
     */
    static double localPrior(GazetteerEntry c, Place home) {
        double prior = prior(c);
        if (home != null && c.isCity() && c.population() == 0 && !"country".equals(home.kind())
                && c.country().equals(home.country()) && Geo.km(c.lat(), c.lon(), home.lat(), home.lon()) <= HomeEvidence.HOME_KM) {
            return Math.max(prior, UNKNOWN_LOCAL_TOWN_PRIOR);
        }
        return prior;
    }

    static double prior(GazetteerEntry c) {
        if (c.isCountry()) {
            return COUNTRY_PRIOR;
        }
        if ("CONT".equals(c.feature())) {
            return CONTINENT_PRIOR;
        }
        if ("RGN".equals(c.feature()) || "OCN".equals(c.feature())) {
            // An ocean as much as a region of countries: "the Pacific" is the ocean beside the towns named after it.
            return MACRO_REGION_PRIOR;
        }
        if ("feature".equals(c.kind())) {
            // Oceans, seas, ranges and large islands: the gazetteer holds only ones news names far more than their
            // namesake hamlets ("North Sea", "Andes", "Sumatra").
            return PHYSICAL_FEATURE_PRIOR;
        }
        if ("ADM1".equals(c.feature())) {
            // A populous state or province is named far more often than a small country's parish ("Portland").
            return c.population() > 0 ? Math.max(ADM1_PRIOR_MIN, Math.min(ADM1_PRIOR_MAX, Math.log10(c.population()))) : ADM1_PRIOR_MIN;
        }
        if ("ADM2".equals(c.feature())) {
            // A county is named less often than the town it shares a name with ("Washington County", "Washington").
            return c.population() > 0 ? Math.log10(c.population() + 1.0) - 1.5 : ADM2_PRIOR;
        }
        double p = Math.log10(c.population() + 1.0);
        switch (c.feature()) {
            case "PPLC" -> p += 1.0;
            case "PPLA" -> p += 0.5;
            case "PPLA2" -> p += 0.2;
            // A city's quarter or suburb is named alone mostly in its own city's papers; elsewhere the town of the
            // name is meant ("Flemington", New Jersey's county seat, over the Melbourne suburb of more people).
            case "PPLX" -> p -= 0.5;
            default -> { }
        }
        return p;
    }
}
