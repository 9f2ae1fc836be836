package org.sitrep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The countries' outlines, read from world-atlas's {@code countries-50m.json} (Natural Earth 1:50m, as TopoJSON),
 * which the build copies into the jar from npm. TopoJSON keeps each shared border once, as an arc of quantized
 * points, each point after the first a delta from the one before; a ring lists its arcs by index, {@code ~i} (that
 * is {@code -i - 1}) for arc {@code i} walked backwards, and consecutive arcs share their joining point.
 */
final class WorldAtlas {

    static final String RESOURCE = "world-atlas/countries-50m.json";

    /** One country: its ISO 3166-1 numeric code (null for a few disputed areas), name, rings of [lon, lat] and extent. */
    record Country(String isoNumeric, String name, List<double[][]> rings, double west, double south, double east, double north) {
        Country {
            rings = List.copyOf(rings);
        }

        boolean overlaps(double w, double s, double e, double n) {
            return west <= e && east >= w && south <= n && north >= s;
        }
    }

    private static final class Holder {
        static final List<Country> COUNTRIES = read();
    }

    private WorldAtlas() {
    }

    /** Every country, read once per JVM (the file is about 0.75 MB). */
    static List<Country> countries() {
        return Holder.COUNTRIES;
    }

    private static List<Country> read() {
        try (InputStream in = WorldAtlas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the country outlines (" + RESOURCE + ") are missing from the build");
            }
            return decode(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the country outlines cannot be read", e);
        }
    }

    static List<Country> decode(JsonNode topology) {
        JsonNode transform = topology.get("transform");
        double sx = transform.get("scale").get(0).asDouble();
        double sy = transform.get("scale").get(1).asDouble();
        double tx = transform.get("translate").get(0).asDouble();
        double ty = transform.get("translate").get(1).asDouble();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.get("arcs")) {
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[i] = new double[] {x * sx + tx, y * sy + ty};
            }
            arcs.add(points);
        }
        List<Country> countries = new ArrayList<>();
        for (JsonNode g : topology.get("objects").get("countries").get("geometries")) {
            List<double[][]> rings = new ArrayList<>();
            switch (g.path("type").asText()) {
                case "Polygon" -> g.get("arcs").forEach(ring -> rings.add(ring(ring, arcs)));
                case "MultiPolygon" -> g.get("arcs").forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring, arcs))));
                default -> {
                    continue;
                }
            }
            double w = 180;
            double s = 90;
            double e = -180;
            double n = -90;
            for (double[][] ring : rings) {
                for (double[] p : ring) {
                    w = Math.min(w, p[0]);
                    e = Math.max(e, p[0]);
                    s = Math.min(s, p[1]);
                    n = Math.max(n, p[1]);
                }
            }
            countries.add(new Country(g.hasNonNull("id") ? g.get("id").asText() : null,
                    g.path("properties").path("name").asText(null), rings, w, s, e, n));
        }
        return List.copyOf(countries);
    }

    private static double[][] ring(JsonNode indexes, List<double[][]> arcs) {
        List<double[]> points = new ArrayList<>();
        for (JsonNode index : indexes) {
            int i = index.asInt();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                double[] p = arc[i >= 0 ? k : arc.length - 1 - k];
                if (k > 0 || points.isEmpty()) {
                    points.add(p);
                }
            }
        }
        return points.toArray(double[][]::new);
    }
}
