package org.sitrep.store;

import org.sitrep.link.events.EventMatcher;

/**
 * Where on the map a query looks: within a radius of a point ({@code --near LAT,LON --within-km N}) or inside a
 * bounding box ({@code --bbox}). The database narrows by the box around it; {@link #contains} decides.
 */
public record Area(double south, double west, double north, double east, Double lat, Double lon, Double km) {

    public Area {
        if (south > north || west > east || south < -90 || north > 90 || west < -180 || east > 180) {
            throw new IllegalArgumentException("not a box on the map: south " + south + ", west " + west
                    + ", north " + north + ", east " + east);
        }
    }

    /** The places within {@code km} of a point. */
    public static Area near(double lat, double lon, double km) {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("not a point on the map: " + lat + "," + lon);
        }
        if (!(km > 0)) {
            throw new IllegalArgumentException("the radius must be more than 0 km, not " + km);
        }
        double dLat = km / 111.0;
        double dLon = Math.abs(Math.cos(Math.toRadians(lat))) < 0.01 ? 180 : km / (111.0 * Math.cos(Math.toRadians(lat)));
        return new Area(Math.max(-90, lat - dLat), Math.max(-180, lon - dLon), Math.min(90, lat + dLat),
                Math.min(180, lon + dLon), lat, lon, km);
    }

    /** The places inside a box: its west, south, east and north edges in degrees (as GeoJSON orders a bbox). */
    public static Area box(double west, double south, double east, double north) {
        return new Area(south, west, north, east, null, null, null);
    }

    public boolean contains(double latitude, double longitude) {
        if (lat != null) {
            return EventMatcher.kilometres(lat, lon, latitude, longitude) <= km;
        }
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }

    /** A SQL condition on two columns for the box around the area, with its values as bound parameters. */
    String sql(String latColumn, String lonColumn) {
        return latColumn + " BETWEEN :areaSouth AND :areaNorth AND " + lonColumn + " BETWEEN :areaWest AND :areaEast";
    }

    void bind(org.jdbi.v3.core.statement.SqlStatement<?> statement) {
        statement.bind("areaSouth", south).bind("areaNorth", north).bind("areaWest", west).bind("areaEast", east);
    }
}
