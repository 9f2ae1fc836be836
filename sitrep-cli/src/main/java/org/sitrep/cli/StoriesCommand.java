package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Story;
import org.sitrep.store.StoryQuery;
import org.sitrep.store.export.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stories", description = {
        "Lists the stories: threads of stored articles about the same developing matter, grouped as the articles were"
                + " ingested, each with a title (its most representative headline), its main actors and places and a"
                + " timeline of its events; the most recently continued first.",
        "Formats: table (with each story's articles); json (one JSON array: id, title, first, last, articles, main_actors,"
                + " main_places, timeline); csv.",
        "Examples:",
        "  sitrep stories",
        "  sitrep stories --actor Taliban --since 2025-10 --format json",
        "  sitrep stories --near 39.03,125.75 --within-km 100"})
final class StoriesCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("table", "json", "csv");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreQueryOptions options;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: table)")
    String format;

    @Option(names = "--actor", paramLabel = "TEXT",
            description = "only stories naming an entity (person, organisation, group, place) one of whose names contains this")
    String actor;

    @Option(names = "--country", paramLabel = "CODE", description = "only stories naming something of this country: ISO code or English name")
    String country;

    @Option(names = "--since", paramLabel = "DATE", description = "only stories with an article dated on or after this ISO-8601 date")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "only stories with an article dated on or before this ISO-8601 date")
    String until;

    @Mixin
    AreaArgs area;

    @Option(names = "--limit", paramLabel = "N", description = "at most this many (default: all)")
    Integer limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoryQuery query;
        try {
            String problem = options.problem(FORMATS, format, limit, since, until);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            query = new StoryQuery(actor, StoreQueryOptions.countryCode(country), area.area(), since, until, limit == null ? 0 : limit, options.offset);
        } catch (IllegalArgumentException e) {
            err.println("sitrep stories: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return options.print("stories", format, out, err, store -> store.links().stories(query), StoriesCommand::writeCsv,
                StoriesCommand::printTable);
    }

    private static void printTable(PrintWriter out, List<Story> stories) {
        for (Story s : stories) {
            out.printf("STORY %d  %s  (%s .. %s, %d articles)%n", s.id(), AreaArgs.cell(s.title(), 100),
                    s.first() == null ? "?" : s.first(), s.last() == null ? "?" : s.last(), s.articles().size());
            out.printf("  actors: %s%n  places: %s%n", AreaArgs.cell(String.join("; ", s.mainActors()), 120),
                    AreaArgs.cell(String.join("; ", s.mainPlaces()), 120));
            for (Story.StoryArticle a : s.articles()) {
                out.printf("  %-8s  %-10s  %s%s%n", EventsCommand.prefix(a.id(), 8), AreaArgs.cell(a.published() == null ? null
                        : EventsCommand.prefix(a.published(), 10), 10), AreaArgs.cell(a.title(), 100),
                        a.copyOf() == null ? "" : " (copy of " + EventsCommand.prefix(a.copyOf(), 8) + ")");
            }
            for (Story.TimelineEntry t : s.timeline()) {
                if (t.dateFrom() != null) {
                    out.printf("    %-12s  %-9s  %-16s  %s%s%n", LinkedEventsOutput.days(t.dateFrom(), t.dateTo(), t.dated()),
                            t.type(), AreaArgs.cell(t.mode(), 16),
                            AreaArgs.cell(String.join(", ", t.actors()) + (t.targets().isEmpty() ? "" : " -> " + String.join(", ", t.targets()))
                                    + (t.place() == null ? "" : " in " + t.place()), 80),
                            t.sources() > 1 ? " (" + t.sources() + " sources)" : "");
                }
            }
            out.println();
        }
    }

    private static void writeCsv(PrintWriter out, List<Story> stories) {
        Csv csv = new Csv(out);
        csv.row(List.of("story_id", "title", "first", "last", "articles", "main_actors", "main_places", "article_ids", "article_titles"));
        for (Story s : stories) {
            csv.row(java.util.Arrays.asList(s.id(), s.title(), s.first(), s.last(), s.articles().size(),
                    String.join("; ", s.mainActors()), String.join("; ", s.mainPlaces()),
                    String.join("; ", s.articles().stream().map(Story.StoryArticle::id).toList()),
                    String.join("; ", s.articles().stream().map(a -> a.title() == null ? "" : a.title()).toList())));
        }
    }
}
