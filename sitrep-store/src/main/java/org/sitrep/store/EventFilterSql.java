package org.sitrep.store;

import java.util.List;
import org.jdbi.v3.core.statement.Query;

/** The SQL of an {@link EventFilter}, over the events table aliased {@code e}; every value is a bound parameter. */
final class EventFilterSql {

    /** The mean radius of the earth in kilometres, as the haversine formula takes it. */
    private static final double EARTH_KM = 6371.0088;
    /** The length of a degree of latitude on that sphere (a little less than the shortest real one, so no miss). */
    private static final double KM_PER_DEGREE_OF_LATITUDE = 2 * Math.PI * EARTH_KM / 360 * 0.99;

    private EventFilterSql() {
    }

    /**
     * The conditions; {@code byCells}: the page is read cell by cell, so the circle's bands of latitude and longitude
     * (there for an index to narrow by) are left out. With them PostgreSQL, taking the cell and the bands for
     * independent, combines both indexes and sorts the whole cell instead of reading the cell's index in order.
     */
    static void addConditions(EventFilter f, List<String> conditions, boolean byCells) {
        if (f.actor() != null) {
            // the first actor and the first target have columns of their own: the ones a listing shows
            conditions.add("(LOWER(e.actor1_name) LIKE :fActor ESCAPE '!' OR LOWER(e.actor2_name) LIKE :fActor ESCAPE '!')");
        }
        if (f.text() != null) {
            conditions.add("(LOWER(e.evidence_text) LIKE :fText ESCAPE '!' OR LOWER(e.event_mode) LIKE :fText ESCAPE '!'"
                    + " OR LOWER(e.place_name) LIKE :fText ESCAPE '!' OR LOWER(e.actor1_name) LIKE :fText ESCAPE '!'"
                    + " OR LOWER(e.actor2_name) LIKE :fText ESCAPE '!')");
        }
        if (f.box() != null) {
            conditions.add("e.place_lat BETWEEN :fSouth AND :fNorth");
            conditions.add(f.box().west() <= f.box().east() ? "e.place_lon BETWEEN :fWest AND :fEast"
                    : "(e.place_lon >= :fWest OR e.place_lon <= :fEast)");
        }
        if (f.near() != null) {
            // the band of latitudes the circle spans first (an index narrows it), then the exact distance
            if (!byCells) {
                conditions.add("e.place_lat BETWEEN :fLatMin AND :fLatMax");
            }
            if (!byCells && lonSpan(f.near()) != null) {
                conditions.add("e.place_lon BETWEEN :fLonMin AND :fLonMax"); // the box's other side, where it has one
            }
            conditions.add("e.place_lat IS NOT NULL AND e.place_lon IS NOT NULL AND 2 * " + EARTH_KM
                    + " * ASIN(SQRT(POWER(SIN(RADIANS(e.place_lat - :fLat) / 2), 2) + COS(RADIANS(:fLat))"
                    + " * COS(RADIANS(e.place_lat)) * POWER(SIN(RADIANS(e.place_lon - :fLon) / 2), 2))) <= :fKm");
        }
    }

    /**
     * The place cells ({@link PlaceCells}) that hold every event the filter's circle or box can match, or null where
     * the filter has neither, or covers too many cells for reading cell by cell to pay.
     */
    static List<Integer> cells(EventFilter f) {
        List<Integer> best = null;
        if (f.near() != null && lonSpan(f.near()) != null) {
            double degrees = f.near().km() / KM_PER_DEGREE_OF_LATITUDE;
            double lonDegrees = lonSpan(f.near());
            best = PlaceCells.covering(f.near().lat() - degrees, f.near().lat() + degrees,
                    f.near().lon() - lonDegrees, f.near().lon() + lonDegrees);
        }
        if (f.box() != null && f.box().west() <= f.box().east()) {
            List<Integer> box = PlaceCells.covering(f.box().south(), f.box().north(), f.box().west(), f.box().east());
            if (box != null && (best == null || box.size() < best.size())) {
                best = box;
            }
        }
        return best;
    }

    static Query bind(Query query, EventFilter f, boolean byCells) {
        if (f.actor() != null) {
            query.bind("fActor", LikePatterns.containing(f.actor()));
        }
        if (f.text() != null) {
            query.bind("fText", LikePatterns.containing(f.text()));
        }
        if (f.box() != null) {
            query.bind("fSouth", f.box().south()).bind("fNorth", f.box().north())
                    .bind("fWest", f.box().west()).bind("fEast", f.box().east());
        }
        if (f.near() != null) {
            query.bind("fLat", f.near().lat()).bind("fLon", f.near().lon()).bind("fKm", f.near().km());
            if (byCells) {
                return query;
            }
            double degrees = f.near().km() / KM_PER_DEGREE_OF_LATITUDE;
            query.bind("fLatMin", f.near().lat() - degrees).bind("fLatMax", f.near().lat() + degrees);
            Double lonDegrees = lonSpan(f.near());
            if (lonDegrees != null) {
                query.bind("fLonMin", f.near().lon() - lonDegrees).bind("fLonMax", f.near().lon() + lonDegrees);
            }
        }
        return query;
    }

    /**
     * How many degrees of longitude the circle spans either side of its centre at its widest (the latitude of its
     * edge nearest a pole), or null where no longitude band holds it: near a pole, or across the antimeridian.
     */
    private static Double lonSpan(EventFilter.Near near) {
        double latDegrees = near.km() / KM_PER_DEGREE_OF_LATITUDE;
        double widest = Math.min(90, Math.abs(near.lat()) + latDegrees);
        double cos = Math.cos(Math.toRadians(widest));
        if (cos < 0.05) {
            return null;
        }
        double lonDegrees = latDegrees / cos;
        return near.lon() - lonDegrees < -180 || near.lon() + lonDegrees > 180 ? null : lonDegrees;
    }

}
