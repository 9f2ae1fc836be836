package org.sitrep.annotate.lexicon;

import org.sitrep.model.Place;

/**
 * One place the gazetteer knows.
 *
 * @param geonameid  GeoNames id, 0 where the sources do not give one (admin regions, countries)
 * @param kind       country, region, city or feature
 * @param feature    GeoNames feature code (PPLC capital, PPLA admin seat, ADM1, ADM2, PCLI country, CONT)
 * @param country    ISO 3166-1 alpha-2, empty for continents
 * @param admin1     the first-level division it lies in ("Kandahar", "Primorye"), empty when unknown
 * @param population people living there, 0 when unknown
 */
public record GazetteerEntry(long geonameid, String name, String kind, String feature, String country,
                             String admin1, long population, double lat, double lon) {

    public boolean isCountry() {
        return "country".equals(kind);
    }

    public boolean isRegion() {
        return "region".equals(kind);
    }

    public boolean isCity() {
        return "city".equals(kind);
    }

    /** A country, a region or a town: an area a geopolitical entity governs, as OntoNotes types GPE. */
    public boolean isArea() {
        return isCountry() || isRegion() || isCity();
    }

    /** The first-level division it lies in, or its own name when it is one; empty when unknown. */
    public String firstLevel() {
        return isRegion() && "ADM1".equals(feature) ? name : admin1;
    }

    /** This place as the data model records it, with the confidence of whoever chose it. */
    public Place toPlace(double confidence) {
        return new Place(geonameid, name, kind, country, admin1.isEmpty() ? null : admin1, lat, lon, confidence);
    }
}
