package org.sitrep.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.model.Place;
import org.sitrep.store.LinkedEvent;
import org.sitrep.store.export.IsoCountries;

/**
 * Draws a report's events on a map: one self-contained SVG with the outlines of the countries in view (world-atlas,
 * Natural Earth 1:50m) in an equirectangular projection scaled by the cosine of the middle latitude, zoomed to the
 * events' extent with a margin, a dot per event coloured by type (events at one place set around it) linking to the
 * event's row, and each place named once.
 */
final class MapSvg {

    static final double WIDTH = 760;
    static final double MAX_HEIGHT = 560;
    /** The smallest extent shown, in degrees, so a single town still shows its country around it. */
    static final double MIN_SPAN = 8;
    /** Points of an outline closer than this (in pixels) to the last one kept are dropped. */
    static final double MIN_STEP = 0.6;

    private final double west;
    private final double south;
    private final double east;
    private final double north;
    private final double kx;
    private final double ky;
    private final double height;

    private MapSvg(double west, double south, double east, double north) {
        this.west = west;
        this.south = south;
        this.east = east;
        this.north = north;
        double cos = Math.cos(Math.toRadians((south + north) / 2));
        double k = WIDTH / ((east - west) * cos);
        if ((north - south) * k > MAX_HEIGHT) {
            k = MAX_HEIGHT / (north - south);
        }
        this.kx = k * cos;
        this.ky = k;
        this.height = (north - south) * k;
    }

    /** The map of the events that have a place, or null where none has. */
    static String render(List<LinkedEvent> events) {
        List<LinkedEvent> placed = events.stream().filter(e -> e.place() != null).toList();
        if (placed.isEmpty()) {
            return null;
        }
        double w = 180;
        double s = 90;
        double e = -180;
        double n = -90;
        for (LinkedEvent ev : placed) {
            w = Math.min(w, ev.place().lon());
            e = Math.max(e, ev.place().lon());
            s = Math.min(s, ev.place().lat());
            n = Math.max(n, ev.place().lat());
        }
        double lonPad = Math.max(MIN_SPAN - (e - w), 0) / 2 + Math.max(e - w, MIN_SPAN) * 0.15;
        double latPad = Math.max(MIN_SPAN * 0.6 - (n - s), 0) / 2 + Math.max(n - s, MIN_SPAN * 0.6) * 0.15;
        return new MapSvg(Math.max(-180, w - lonPad), Math.max(-85, s - latPad), Math.min(180, e + lonPad),
                Math.min(85, n + latPad)).draw(placed);
    }

    private String draw(List<LinkedEvent> placed) {
        Set<String> eventCountries = new TreeSet<>();
        placed.forEach(ev -> {
            if (ev.place().country() != null) {
                IsoCountries.byCode(ev.place().country()).filter(c -> c.numeric() != null)
                        .ifPresent(c -> eventCountries.add(String.format("%03d", c.numeric())));
            }
        });
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" viewBox=\"0 0 %.0f %.0f\""
                + " width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"Map of the events\">%n", WIDTH, height, WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<rect class=\"sea\" x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#dfeaf3\"/>%n",
                WIDTH, height));
        for (WorldAtlas.Country c : WorldAtlas.countries()) {
            if (!c.overlaps(west, south, east, north)) {
                continue;
            }
            boolean lit = c.isoNumeric() != null && eventCountries.contains(c.isoNumeric());
            svg.append("<path class=\"country\" data-name=\"").append(Escape.html(c.name())).append("\" fill=\"")
                    .append(lit ? "#f3ead6" : "#f4f4f0").append("\" stroke=\"#8a8a80\" stroke-width=\"0.7\" d=\"");
            c.rings().forEach(r -> ring(svg, r));
            svg.append("\"><title>").append(Escape.html(c.name())).append("</title></path>\n");
        }
        Map<String, List<LinkedEvent>> byPlace = new LinkedHashMap<>();
        placed.forEach(ev -> byPlace.computeIfAbsent(ev.place().lat() + "," + ev.place().lon(), k -> new ArrayList<>()).add(ev));
        Map<String, Boolean> named = new HashMap<>();
        for (List<LinkedEvent> here : byPlace.values()) {
            Place p = here.get(0).place();
            double x = x(p.lon());
            double y = y(p.lat());
            double spread = here.size() == 1 ? 0 : Math.min(14, 4 + here.size());
            for (int i = 0; i < here.size(); i++) {
                LinkedEvent ev = here.get(i);
                double angle = 2 * Math.PI * i / here.size();
                svg.append(String.format(Locale.ROOT, "<a href=\"#event-%d\"><circle class=\"event\" data-type=\"%s\" cx=\"%.1f\""
                                + " cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"1\"><title>%s</title></circle></a>%n",
                        ev.id(), Escape.html(ev.type()), x + spread * Math.cos(angle), y + spread * Math.sin(angle),
                        EventColours.of(ev.type()), Escape.html(SummaryWriter.describe(ev))));
            }
            if (named.putIfAbsent(p.name(), true) == null) {
                svg.append(String.format(Locale.ROOT, "<text class=\"place\" x=\"%.1f\" y=\"%.1f\" font-size=\"11\" fill=\"#333\""
                        + " stroke=\"#fff\" stroke-width=\"2.5\" paint-order=\"stroke\">%s</text>%n", x + spread + 7, y + 4, Escape.html(p.name())));
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private void ring(StringBuilder d, double[][] ring) {
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        boolean first = true;
        for (int i = 0; i < ring.length; i++) {
            double x = x(ring[i][0]);
            double y = y(ring[i][1]);
            boolean end = i == ring.length - 1;
            if (!first && !end && Math.abs(x - lastX) < MIN_STEP && Math.abs(y - lastY) < MIN_STEP) {
                continue;
            }
            d.append(first ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            lastX = x;
            lastY = y;
            first = false;
        }
        d.append('Z');
    }

    private double x(double lon) {
        return (lon - west) * kx;
    }

    private double y(double lat) {
        return (north - lat) * ky;
    }
}
