package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.EntityQuery;
import org.sitrep.store.LinkedEntity;
import org.sitrep.store.export.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "entities", description = {
        "Lists the people, organisations, places and groups linked across the stored articles: each once, with all its"
                + " names, its titles over time and its mentions, the most named first.",
        "Formats: table; json (one JSON array: id, kind, type, name, aliases, country, place, titles, article_ids,"
                + " mention_count, mentions); csv.",
        "Examples:",
        "  sitrep entities --kind PERSON --country KR",
        "  sitrep entities --name taliban --format json",
        "  sitrep entities --kind PLACE --near 34.5,69.2 --within-km 300"})
final class EntitiesCommand implements Callable<Integer> {

    static final List<String> FORMATS = List.of("table", "json", "csv");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreQueryOptions options;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: table)")
    String format;

    @Option(names = "--kind", paramLabel = "KIND", description = "only PERSON, ORGANIZATION, PLACE, GROUP_OF_PEOPLE or OTHER")
    String kind;

    @Option(names = "--name", paramLabel = "TEXT", description = "only entities one of whose names contains this (any case)")
    String name;

    @Option(names = "--country", paramLabel = "CODE", description = "only entities of this country: ISO code (KR, KOR) or English name")
    String country;

    @Option(names = "--article", paramLabel = "ID", description = "only the entities named in this article")
    String article;

    @Mixin
    AreaArgs area;

    @Option(names = "--limit", paramLabel = "N",
            description = "at most this many (0: all; default: " + EventsCommand.TABLE_LIMIT + " in a table, all otherwise)")
    Integer limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EntityQuery query;
        try {
            String problem = options.problem(FORMATS, format, limit, null, null);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            if (kind != null && !EntityQuery.KINDS.contains(kind.strip().toUpperCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("--kind must be one of PERSON, ORGANIZATION, PLACE, GROUP_OF_PEOPLE, OTHER, not '"
                        + kind + "'");
            }
            String code = StoreQueryOptions.countryCode(country);
            int rows = StoreQueryOptions.rows(limit, format);
            query = new EntityQuery(kind, name, code, area.area(), article, rows, options.offset);
        } catch (IllegalArgumentException e) {
            err.println("sitrep entities: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return options.print("entities", format, out, err, store -> store.links().entities(query), EntitiesCommand::writeCsv,
                EntitiesCommand::printTable);
    }

    private static void printTable(PrintWriter out, List<LinkedEntity> entities) {
        String row = "%6s  %-15s  %-28s  %-7s  %8s  %8s  %-40s  %s%n";
        out.printf(row, "ID", "KIND", "NAME", "COUNTRY", "ARTICLES", "MENTIONS", "ALSO NAMED", "TITLES");
        for (LinkedEntity e : entities) {
            List<String> titles = new ArrayList<>();
            for (LinkedEntity.TitleAsOf t : e.titles()) {
                String title = t.title() == null ? t.affiliation() : t.affiliation() == null ? t.title() : t.title() + ", " + t.affiliation();
                if (!titles.contains(title)) {
                    titles.add(title);
                }
            }
            out.printf(row, e.id(), e.kind(), AreaArgs.cell(e.name(), 28), AreaArgs.cell(e.country(), 7), e.articleIds().size(),
                    e.mentionCount(), AreaArgs.cell(String.join("; ", e.aliases()), 40), AreaArgs.cell(String.join("; ", titles), 60));
        }
    }

    private static void writeCsv(PrintWriter out, List<LinkedEntity> entities) {
        Csv csv = new Csv(out);
        csv.row(List.of("id", "kind", "type", "name", "aliases", "country", "latitude", "longitude", "articles", "mentions", "titles"));
        for (LinkedEntity e : entities) {
            List<String> titles = new ArrayList<>();
            e.titles().forEach(t -> titles.add((t.title() == null ? "" : t.title()) + (t.affiliation() == null ? "" : " (" + t.affiliation() + ")")
                    + (t.asOf() == null ? "" : " as of " + t.asOf())));
            csv.row(java.util.Arrays.asList(e.id(), e.kind(), e.type(), e.name(), String.join("; ", e.aliases()), e.country(),
                    e.place() == null ? null : e.place().lat(), e.place() == null ? null : e.place().lon(), e.articleIds().size(),
                    e.mentionCount(), String.join("; ", titles)));
        }
    }
}
