package org.sitrep.annotate.geo;

/** Distances on the globe. */
public final class Geo {

    private static final double EARTH_DIAMETER_KM = 12742.0;

    private Geo() {
    }

    /** Great-circle distance in kilometres (haversine). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return EARTH_DIAMETER_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
