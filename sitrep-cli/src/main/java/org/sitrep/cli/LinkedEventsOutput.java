package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ArticleJson;
import org.sitrep.model.Event;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.LinkedEvent;
import org.sitrep.store.LinkedEventQuery;
import org.sitrep.store.StoreException;
import org.sitrep.store.export.Csv;

/**
 * {@code sitrep events --linked}: each real happening once, with every report of it. Each report keeps its own
 * figures and source, so figures that disagree stay visible ("5 per Fitrat; 7 per ISPR"), never averaged.
 */
final class LinkedEventsOutput {

    static final List<String> FORMATS = List.of("table", "json", "csv");

    private LinkedEventsOutput() {
    }

    static int run(EventsCommand c, int rows, PrintWriter out, PrintWriter err) {
        LinkedEventQuery query;
        try {
            query = new LinkedEventQuery(c.since, c.until, c.type, c.acledType,
                    StoreQueryOptions.countryCode(c.country), c.actor, c.area.area(), c.source,
                    rows, c.options.offset);
        } catch (IllegalArgumentException e) {
            err.println("sitrep events: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (ArticleStore store = Databases.openExisting(c.options.db)) {
            List<LinkedEvent> events = store.links().linkedEvents(query);
            switch (c.format) {
                case "json" -> events.forEach(e -> out.println(ArticleJson.toJson(e)));
                case "csv" -> writeCsv(out, events);
                default -> printTable(out, events);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("sitrep events: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    private static void printTable(PrintWriter out, List<LinkedEvent> events) {
        String row = "%6s  %-12s  %-9s  %-16s  %-20s  %-40s  %7s  %-40s  %s%n";
        out.printf(row, "EVENT", "DATE", "TYPE", "MODE", "PLACE", "WHO", "SOURCES", "KILLED (PER SOURCE)", "ARTICLES");
        for (LinkedEvent e : events) {
            String who = who(e);
            List<String> articles = new ArrayList<>();
            e.reports().forEach(r -> articles.add(EventsCommand.prefix(r.event().articleId(), 8) + "/" + r.event().eventId()));
            out.printf(row, e.id(), AreaArgs.cell(date(e), 12), e.type(), AreaArgs.cell(e.mode(), 16),
                    AreaArgs.cell(e.place() == null ? null : e.place().name() + (e.place().country() == null ? "" : ", " + e.place().country()), 20),
                    AreaArgs.cell(who, 40), e.sourceCount(), AreaArgs.cell(figures(e), 40), String.join(" ", articles));
        }
    }

    private static String date(LinkedEvent e) {
        return days(e.dateFrom(), e.dateTo(), e.dated());
    }

    /**
     * The days an event may have happened on, as short as they go: a day, a month ("2025-10"), a year, else
     * "FROM..TO"; an event no report dates has its first article's date in parentheses, as {@code events} shows it.
     */
    static String days(String from, String to, boolean dated) {
        if (from == null) {
            return null;
        }
        if (!dated) {
            return "(" + to + ")";
        }
        if (from.equals(to)) {
            return from;
        }
        java.time.LocalDate f = java.time.LocalDate.parse(from);
        java.time.LocalDate t = java.time.LocalDate.parse(to);
        if (f.getDayOfMonth() == 1 && t.equals(f.withDayOfMonth(f.lengthOfMonth()))) {
            return from.substring(0, 7);
        }
        if (f.getDayOfYear() == 1 && t.equals(f.withDayOfYear(f.lengthOfYear()))) {
            return from.substring(0, 4);
        }
        return from + ".." + to;
    }

    /** "actors -> targets" as the reports name them ("Afghan forces", where the linked entity is "Afghan"). */
    private static String who(LinkedEvent e) {
        java.util.Set<String> actors = new java.util.LinkedHashSet<>();
        java.util.Set<String> targets = new java.util.LinkedHashSet<>();
        for (LinkedEvent.Report r : e.reports()) {
            r.event().event().actors().forEach(p -> actors.add(p.name()));
            r.event().event().targets().forEach(p -> targets.add(p.name()));
        }
        actors.remove(null);
        targets.remove(null);
        if (actors.isEmpty() && targets.isEmpty()) {
            return null;
        }
        return (actors.isEmpty() ? "?" : String.join(", ", actors)) + (targets.isEmpty() ? "" : " -> " + String.join(", ", targets));
    }

    /** Each report's killed figure with whom it is according to: "5 per Hamdullah Fitrat; 7 per ISPR". */
    static String figures(LinkedEvent e) {
        List<String> figures = new ArrayList<>();
        for (LinkedEvent.Report r : e.reports()) {
            Event ev = r.event().event();
            if (ev.killed() != null) {
                String who = ev.accordingTo() != null && ev.accordingTo().name() != null ? ev.accordingTo().name()
                        : r.event().articleTitle() != null ? r.event().articleTitle() : r.event().articleId();
                String figure = ev.killed() + " per " + who;
                if (!figures.contains(figure)) {
                    figures.add(figure);
                }
            }
        }
        return figures.isEmpty() ? null : String.join("; ", figures);
    }

    private static void writeCsv(PrintWriter out, List<LinkedEvent> events) {
        Csv csv = new Csv(out);
        csv.row(List.of("linked_event_id", "date_from", "date_to", "type", "mode", "acled_event_type", "acled_sub_event_type",
                "place", "country", "latitude", "longitude", "geo_precision", "actors", "targets", "sources", "killed_per_source",
                "article_id", "event_id", "article_title", "article_url", "according_to", "killed", "injured", "evidence"));
        for (LinkedEvent e : events) {
            for (LinkedEvent.Report r : e.reports()) {
                Event ev = r.event().event();
                csv.row(java.util.Arrays.asList(e.id(), e.dateFrom(), e.dateTo(), e.type(), e.mode(), e.acledEventType(),
                        e.acledSubEventType(), e.place() == null ? null : e.place().name(), e.place() == null ? null : e.place().country(),
                        e.place() == null ? null : e.place().lat(), e.place() == null ? null : e.place().lon(), e.geoPrecision(),
                        String.join("; ", e.actors()), String.join("; ", e.targets()), e.sourceCount(), figures(e),
                        r.event().articleId(), r.event().eventId(), r.event().articleTitle(), r.event().articleUrl(),
                        ev.accordingTo() == null ? null : ev.accordingTo().name(), ev.killed(), ev.injured(),
                        ev.evidence() == null ? null : ev.evidence().text()));
            }
        }
    }
}
