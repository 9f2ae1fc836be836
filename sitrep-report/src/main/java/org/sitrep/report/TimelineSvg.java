package org.sitrep.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.store.LinkedEvent;

/**
 * Draws a report's events over time: one self-contained SVG of bars, events per day (per week from Monday where the
 * days span more than two months, per month beyond two years), stacked and coloured by type, with the date and count
 * axes labelled. An event no report dates stands at its first report's publication and is drawn pale.
 */
final class TimelineSvg {

    static final double WIDTH = 760;
    static final double HEIGHT = 200;
    static final double LEFT = 36;
    static final double BOTTOM = 30;
    static final double TOP = 12;

    /** How events are counted together. */
    enum Bin { DAY, WEEK, MONTH }

    private TimelineSvg() {
    }

    /** The chart, or null where no event has a date. */
    static String render(List<LinkedEvent> events) {
        List<Object[]> dated = new ArrayList<>();
        for (LinkedEvent e : events) {
            LocalDate d = day(e.dated() ? e.dateFrom() : e.dateTo());
            if (d != null) {
                dated.add(new Object[] {d, e});
            }
        }
        if (dated.isEmpty()) {
            return null;
        }
        LocalDate first = dated.stream().map(o -> (LocalDate) o[0]).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dated.stream().map(o -> (LocalDate) o[0]).max(LocalDate::compareTo).orElseThrow();
        long days = ChronoUnit.DAYS.between(first, last);
        Bin bin = days > 730 ? Bin.MONTH : days > 62 ? Bin.WEEK : Bin.DAY;
        LocalDate start = start(first, bin);
        LocalDate end = start(last, bin);
        List<LocalDate> bins = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = next(d, bin)) {
            bins.add(d);
        }
        // per bin: type -> [dated count, undated count]
        List<Map<String, int[]>> counts = new ArrayList<>();
        bins.forEach(b -> counts.add(new TreeMap<>()));
        for (Object[] o : dated) {
            LinkedEvent e = (LinkedEvent) o[1];
            int i = bins.indexOf(start((LocalDate) o[0], bin));
            counts.get(i).computeIfAbsent(e.type(), t -> new int[2])[e.dated() ? 0 : 1]++;
        }
        int max = counts.stream().mapToInt(m -> m.values().stream().mapToInt(c -> c[0] + c[1]).sum()).max().orElse(1);
        double plotW = WIDTH - LEFT - 8;
        double plotH = HEIGHT - TOP - BOTTOM;
        double barW = plotW / bins.size();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" data-bin=\"%s\""
                + " viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"Events per %s\">%n",
                bin.name().toLowerCase(Locale.ROOT), WIDTH, HEIGHT, WIDTH, HEIGHT, bin.name().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < bins.size(); i++) {
            double y = TOP + plotH;
            for (Map.Entry<String, int[]> t : counts.get(i).entrySet()) {
                for (int undated = 0; undated < 2; undated++) {
                    int n = t.getValue()[undated];
                    if (n == 0) {
                        continue;
                    }
                    double h = plotH * n / max;
                    y -= h;
                    svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" data-type=\"%s\" data-day=\"%s\" data-count=\"%d\""
                                    + " x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"%s><title>%s</title></rect>%n",
                            Escape.html(t.getKey()), bins.get(i), n, LEFT + i * barW + (barW - bar(barW)) / 2, y, bar(barW), h,
                            EventColours.of(t.getKey()), undated == 1 ? " fill-opacity=\"0.4\"" : "",
                            Escape.html(label(bins.get(i), bin) + ": " + SummaryWriter.count(n, t.getKey() + " event")
                                    + (undated == 1 ? " (undated: placed by its article's publication)" : ""))));
                }
            }
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\"/>%n",
                LEFT, TOP + plotH, WIDTH - 8, TOP + plotH));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\"/>%n",
                LEFT, TOP, LEFT, TOP + plotH));
        svg.append(axisText(LEFT - 4, TOP + 4, "end", Integer.toString(max)));
        svg.append(axisText(LEFT - 4, TOP + plotH, "end", "0"));
        int step = Math.max(1, (int) Math.ceil(bins.size() / 6.0));
        for (int i = 0; i < bins.size(); i += step) {
            svg.append(axisText(LEFT + i * barW + barW / 2, HEIGHT - BOTTOM + 16, "middle", label(bins.get(i), bin)));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** A bar's drawn width: most of its slot, at least a pixel, at most 40 (a lone day is a bar, not a wall). */
    private static double bar(double slot) {
        return Math.max(1, Math.min(40, slot * 0.8));
    }

    private static String axisText(double x, double y, String anchor, String text) {
        return String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\" fill=\"#333\">%s</text>%n",
                x, y, anchor, Escape.html(text));
    }

    private static String label(LocalDate d, Bin bin) {
        return switch (bin) {
            case DAY -> d.toString();
            case WEEK -> "week of " + d;
            case MONTH -> d.toString().substring(0, 7);
        };
    }

    private static LocalDate start(LocalDate d, Bin bin) {
        return switch (bin) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate d, Bin bin) {
        return switch (bin) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
        };
    }

    /** The first day of an ISO date ("2024-10-29", "2024-10"), or null. */
    static LocalDate day(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return iso.length() >= 10 ? LocalDate.parse(iso.substring(0, 10)) : iso.length() == 7 ? LocalDate.parse(iso + "-01") : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
