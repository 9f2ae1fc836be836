package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells of one degree of latitude by one of longitude, numbered from the south-west: the events table keeps each
 * placed event's cell ({@code place_cell}), indexed with the listing's order, so a read near a point takes the newest
 * events of the few cells around it and stops, however many events the store holds there.
 */
final class PlaceCells {

    /** More cells than this and a read takes the plain listing: a wide box holds enough events to fill a page soon. */
    static final int MOST_CELLS = 12;

    private PlaceCells() {
    }

    /** The cell of a point, or null for a point that is not on the globe (or not known). */
    static Integer of(Double lat, Double lon) {
        if (lat == null || lon == null || !(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            return null;
        }
        return (int) (Math.floor(lat) + 90) * 360 + (int) (Math.floor(lon) + 180) % 360;
    }

    /**
     * The cells a box touches (west not east of east: no box across the antimeridian), or null when there are more
     * than {@link #MOST_CELLS}.
     */
    static List<Integer> covering(double south, double north, double west, double east) {
        double s = Math.max(-90, south);
        double n = Math.min(90, north);
        double w = Math.max(-180, west);
        double e = Math.min(180, east);
        if (s > n || w > e) {
            return List.of();
        }
        int rows = (int) (Math.floor(n) - Math.floor(s)) + 1;
        int columns = (int) (Math.floor(e) - Math.floor(w)) + 1;
        if ((long) rows * columns > MOST_CELLS) {
            return null;
        }
        List<Integer> cells = new ArrayList<>(rows * columns);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                Integer cell = of(Math.min(90, Math.floor(s) + r), Math.min(180, Math.floor(w) + c));
                if (!cells.contains(cell)) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }
}
