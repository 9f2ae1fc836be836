package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.model.Event;
import org.sitrep.model.Participant;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.DateKeys;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.export.AcledCsv;
import org.sitrep.store.export.EventCsv;
import org.sitrep.store.export.EventGeoJson;
import org.sitrep.store.export.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "events", footerHeading = "%nExamples:%n", footer = {"  sitrep events --type ASSAULT --country AF --since 2025-01",
                "  sitrep events --format acled > acled.csv",
                "  sitrep events --linked --type ASSAULT --near 31.0,66.4 --within-km 100"},
        description = {
        "Lists the stored events, newest first (by the event's date, else its article's publication date), or exports them.",
        "Formats: table (a readable table); json (JSON Lines: each event as the Article JSON writes it, after its article's"
                + " id, title and URL); csv (every event, sitrep's columns); acled (ACLED's CSV columns: the events with an"
                + " ACLED type that happened as told); geojson (a FeatureCollection: a Point Feature per event with a place).",
        "--linked lists each real happening once, with every article that reports it (its own figures, source and evidence):"
                + " table, json (JSON Lines) or csv; --actor, --source, --near/--within-km and --bbox filter it."})
final class EventsCommand implements Callable<Integer> {

    /** PLOVER's 16 event types and INCIDENT (DESIGN.md, "Event types"). */
    static final List<String> TYPES = org.sitrep.model.EventTypes.TYPES;

    /** ACLED's six event types. */
    static final List<String> ACLED_TYPES = org.sitrep.model.EventTypes.ACLED_TYPES;

    static final List<String> FORMATS = List.of("table", "json", "csv", "acled", "geojson");

    /** How many rows a table shows unless --limit says otherwise. */
    static final int TABLE_LIMIT = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreQueryOptions options;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv, acled or geojson (default: table)")
    String format;

    @Option(names = "--since", paramLabel = "DATE",
            description = "only events on or after this ISO-8601 date (the event's date, else its article's publication date)")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "only events on or before this ISO-8601 date (all of that day or month)")
    String until;

    @Option(names = "--type", paramLabel = "TYPE", description = "only events of this PLOVER type (ASSAULT, PROTEST, ...) or INCIDENT")
    String type;

    @Option(names = "--acled-type", paramLabel = "TYPE",
            description = "only events of this ACLED event type (Battles, Protests, 'Violence against civilians', ...)")
    String acledType;

    @Option(names = "--country", paramLabel = "CODE",
            description = "only events touching this country (its place, an actor or a target): ISO code (AF, AFG) or English name")
    String country;

    @Option(names = "--article", paramLabel = "ID", description = "only the events of this article")
    String article;

    @Option(names = "--linked", description = "each real happening once, with every article reporting it (deduplicated across articles)")
    boolean linked;

    @Option(names = "--actor", paramLabel = "TEXT", description = "with --linked: only events with an actor or target one of whose names contains this")
    String actor;

    @Option(names = "--source", paramLabel = "TEXT", description = "with --linked: only events reported by an article whose URL or input path contains this")
    String source;

    @Mixin
    AreaArgs area;

    @Option(names = "--limit", paramLabel = "N",
            description = "at most this many (0: all; default: " + TABLE_LIMIT + " in a table, all in the other formats)")
    Integer limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = usageProblem();
        if (problem != null) {
            err.println("sitrep events: " + problem);
            return ExitCodes.USAGE;
        }
        int rows = StoreQueryOptions.rows(limit, format);
        if (linked) {
            return LinkedEventsOutput.run(this, rows, out, err);
        }
        EventQuery query = EventQuery.all().withDates(since, until).withType(type).withAcledEventType(acledType)
                .withCountry(StoreQueryOptions.countryCode(country))
                .ofArticle(article).page(rows, options.offset);
        if (format.equals("acled")) {
            query = query.forAcledExport();
        } else if (format.equals("geojson")) {
            query = query.placedOnly();
        }
        try (ArticleStore store = Databases.openExisting(options.db)) {
            List<StoredEvent> events = store.events(query);
            switch (format) {
                case "json" -> events.forEach(e -> out.println(JsonLines.event(e)));
                case "csv" -> EventCsv.write(out, events);
                case "acled" -> {
                    int undated = AcledCsv.write(out, events);
                    if (undated > 0) {
                        err.println("sitrep events: " + undated + " event" + (undated == 1 ? "" : "s")
                                + " left out of the ACLED export: neither the text nor the article dates "
                                + (undated == 1 ? "it" : "them") + " (see --format csv)");
                    }
                }
                case "geojson" -> EventGeoJson.write(out, events);
                default -> {
                    printTable(out, events);
                    long total = store.countEvents(query);
                    if (total > events.size()) {
                        err.println("(" + events.size() + " of " + total + " events shown; see --limit and --offset)");
                    }
                }
            }
            out.flush();
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            err.println("sitrep events: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (StoreException e) {
            err.println("sitrep events: " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }

    /** What is wrong with the options, in one line naming the option, or null. */
    private String usageProblem() {
        String common = options.problem(FORMATS, format, limit, since, until);
        if (common != null) {
            return common;
        }
        if (type != null && !TYPES.contains(type.strip().toUpperCase(Locale.ROOT))) {
            return "--type must be one of " + String.join(", ", TYPES) + ", not '" + type + "'";
        }
        if (acledType != null && ACLED_TYPES.stream().noneMatch(t -> t.equalsIgnoreCase(acledType.strip()))) {
            return "--acled-type must be one of " + String.join(", ", ACLED_TYPES) + ", not '" + acledType + "'";
        }
        try {
            StoreQueryOptions.countryCode(country);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (!linked && (actor != null || source != null || area.near != null || area.bbox != null || area.withinKm != null)) {
            return "--actor, --source, --near, --within-km and --bbox filter linked events: add --linked";
        }
        if (linked && !LinkedEventsOutput.FORMATS.contains(format)) {
            return "--format must be one of " + String.join(", ", LinkedEventsOutput.FORMATS) + " with --linked, not '" + format + "'";
        }
        if (linked && article != null) {
            return "--article lists one article's events: leave out --linked";
        }
        return null;
    }

    /** A bad --since or --until, in one line naming it, or null. */
    static String dateProblem(String since, String until) {
        if (since != null && DateKeys.userKey(since) == null) {
            return badDate("--since", since);
        }
        if (until != null && DateKeys.userKey(until) == null) {
            return badDate("--until", until);
        }
        return null;
    }

    private static String badDate(String option, String value) {
        if (value.strip().matches("\\d{4}-\\d{2}(-\\d{2})?([T ].*)?")) {
            return option + ": '" + value + "' is not a real date (a month from 01 to 12, a day that month has, a time before 24:00)";
        }
        return option + " must be an ISO-8601 date (2025-12-05, 2025-12), not '" + value + "'";
    }

    private static void printTable(PrintWriter out, List<StoredEvent> events) {
        String row = "%-8s  %-5s  %-12s  %-9s  %-16s  %-18s  %-20s  %-40s  %6s  %7s  %s%n";
        out.printf(row, "ARTICLE", "EVENT", "DATE", "TYPE", "MODE", "ACLED", "PLACE", "WHO", "KILLED", "INJURED", "EVIDENCE");
        for (StoredEvent s : events) {
            Event e = s.event();
            String place = e.place() == null ? null
                    : e.place().name() + (e.place().country() == null ? "" : ", " + e.place().country());
            out.printf(row, prefix(s.articleId(), 8), cell(s.eventId(), 5), cell(date(s), 12),
                    cell(e.type(), 9), cell(e.mode(), 16), cell(e.acled() == null ? null : e.acled().subEventType(), 18),
                    cell(place, 20), cell(who(e), 40), number(e.killed()), number(e.injured()),
                    cell(e.evidence() == null ? null : e.evidence().text(), 60));
        }
    }

    /**
     * The event's date as the text gives it; where the text gives none the event has that of its article, which
     * it is sorted and selected by, in parentheses.
     */
    private static String date(StoredEvent s) {
        Event e = s.event();
        if (e.date() != null && e.date().value() != null && DateKeys.ofTimex(e.date().value()) != null) {
            return e.date().value();
        }
        return s.articlePublished() == null ? null : "(" + prefix(s.articlePublished(), 10) + ")";
    }

    /** "actor -> target", the first of each, "+N" for the others. */
    private static String who(Event e) {
        String actors = names(e.actors());
        String targets = names(e.targets());
        if (actors == null && targets == null) {
            return null;
        }
        return (actors == null ? "?" : actors) + (targets == null ? "" : " -> " + targets);
    }

    private static String names(List<Participant> participants) {
        if (participants.isEmpty()) {
            return null;
        }
        String first = participants.get(0).name() == null ? "?" : participants.get(0).name();
        return participants.size() == 1 ? first : first + " +" + (participants.size() - 1);
    }

    /** An id's start, enough to name its article to {@code sitrep articles show}. */
    static String prefix(String id, int length) {
        return id == null ? "-" : id.length() <= length ? id : id.substring(0, length);
    }

    private static String number(Integer n) {
        return n == null ? "-" : String.valueOf(n);
    }

    private static String cell(String value, int width) {
        return ArticlesCommand.cell(value, width);
    }
}
