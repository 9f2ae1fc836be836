package org.sitrep.cli;

import org.sitrep.store.Area;
import picocli.CommandLine.Option;

/** The map filters the across-article commands share: {@code --near LAT,LON --within-km N} or {@code --bbox W,S,E,N}. */
final class AreaArgs {

    @Option(names = "--near", paramLabel = "LAT,LON", description = "only what lies within --within-km of this point (decimal degrees)")
    String near;

    @Option(names = "--within-km", paramLabel = "N", description = "the radius for --near, in km (default: 50)")
    Double withinKm;

    @Option(names = "--bbox", paramLabel = "W,S,E,N",
            description = "only what lies inside this box: west, south, east, north edges in decimal degrees")
    String bbox;

    /** The area the options name, or null for none; a usage problem throws, in one line naming the option. */
    Area area() {
        if (near != null && bbox != null) {
            throw new IllegalArgumentException("give --near or --bbox, not both");
        }
        if (withinKm != null && near == null) {
            throw new IllegalArgumentException("--within-km needs --near LAT,LON");
        }
        if (near != null) {
            double[] p = numbers("--near", near, 2);
            try {
                return Area.near(p[0], p[1], withinKm == null ? 50 : withinKm);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--near/--within-km: " + e.getMessage());
            }
        }
        if (bbox != null) {
            double[] b = numbers("--bbox", bbox, 4);
            try {
                return Area.box(b[0], b[1], b[2], b[3]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--bbox must be WEST,SOUTH,EAST,NORTH with west <= east and south <= north, not '"
                        + bbox + "'");
            }
        }
        return null;
    }

    private static double[] numbers(String option, String value, int count) {
        String[] parts = value.split(",");
        if (parts.length != count) {
            throw new IllegalArgumentException(option + " must be " + count + " numbers separated by commas, not '" + value + "'");
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be " + count + " numbers separated by commas, not '" + value + "'");
            }
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException(option + " must be finite numbers, not '" + value + "'");
            }
        }
        return out;
    }

    /** A table cell of text from an article: on one line, without control characters (a terminal's escapes), clipped. */
    static String cell(String value, int width) {
        return ArticlesCommand.cell(value == null ? null : value.replaceAll("[\\p{Cntrl}&&[^\\s]]", ""), width);
    }
}
