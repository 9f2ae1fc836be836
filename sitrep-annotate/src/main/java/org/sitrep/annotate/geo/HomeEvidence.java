package org.sitrep.annotate.geo;

import org.sitrep.annotate.lexicon.GazetteerEntry;
import org.sitrep.annotate.lexicon.PlaceNames;
import org.sitrep.model.Place;

/** What where an article's source publishes says of the readings of its names (see {@link SourceHomes}). */
final class HomeEvidence {

    /** A source's local area: places this near its home town lean its way. */
    static final double HOME_KM = 150;
    private static final double HOME_WEIGHT = 3.0;
    /** A place in the country a source publishes in, where only the country is known. */
    private static final double HOME_COUNTRY_WEIGHT = 1.5;
    /** The source's own town, named by its own name, within this of the home's point. */
    private static final double HOME_TOWN_WEIGHT = 4.5;
    private static final double HOME_TOWN_KM = 25;

    private HomeEvidence() {
    }

    /**
     * Where the source publishes says which namesake its local names mean: a place near the source's home town,
     * or in its state, over one far away. Weaker than what the article itself says (a named country, a region
     * containing the place, its neighbours).
     */
    static double of(String name, GazetteerEntry c, Place home) {
        if (home == null || c.isCountry() || !(c.isCity() || c.isRegion()) || !c.country().equals(home.country())) {
            return 0;
        }
        if ("country".equals(home.kind())) {
            // Only the country is known (its domain: "independent.ie"): its "Clare" is the Irish county.
            return HOME_COUNTRY_WEIGHT;
        }
        double km = Geo.km(c.lat(), c.lon(), home.lat(), home.lon());
        if (c.isCity() && km <= HOME_TOWN_KM && name.equals(PlaceNames.key(home.name()))) {
            // The source's own town: the Jordan News's "Jordan" is Jordan, Minnesota, not the country.
            return HOME_TOWN_WEIGHT;
        }
        if (km <= HOME_KM) {
            return HOME_WEIGHT;
        }
        String admin1 = c.firstLevel();
        return home.admin1() != null && !admin1.isEmpty() && admin1.equals(home.admin1()) ? HOME_WEIGHT / 2 : 0;
    }
}
