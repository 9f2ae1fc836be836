package org.sitrep.model;

/** A gazetteer place a name was resolved to. {@code kind} is city, region, country or feature. */
public record Place(long geonameid, String name, String kind, String country, String admin1,
                    double lat, double lon, Double confidence) {
}
