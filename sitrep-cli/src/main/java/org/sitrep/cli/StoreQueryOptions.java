package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.sitrep.model.ArticleJson;
import org.sitrep.store.ArticleStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.export.IsoCountries;
import picocli.CommandLine.Option;

/**
 * The options the commands that list from the store share: {@code --db} ({@link StoreOption}) and {@code --offset};
 * the checks of the paging, format and country options whose descriptions differ from command to command
 * ({@code --format}, {@code --limit}, {@code --since}/{@code --until}, {@code --country}): each problem in one line
 * naming the option.
 */
final class StoreQueryOptions extends StoreOption {

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "skip this many first")
    int offset;

    /** A bad --format, --limit or --offset, then a bad --since or --until, in one line naming it, or null. */
    String problem(List<String> formats, String format, Integer limit, String since, String until) {
        String bad = formatProblem(formats, format);
        if (bad == null && (limit != null && limit < 0 || offset < 0)) {
            bad = "--limit and --offset must not be negative";
        }
        return bad != null ? bad : EventsCommand.dateProblem(since, until);
    }

    /**
     * The ISO 3166-1 alpha-2 code a --country value names (a code, AF or AFG, or an English name), or null where none
     * is given; one naming no country throws, in one line naming the option.
     */
    static String countryCode(String country) {
        return country == null ? null : IsoCountries.find(country).map(IsoCountries.Country::alpha2).orElseThrow(() ->
                new IllegalArgumentException("--country must be an ISO 3166 code (AF, AFG) or a country's English name, not '"
                        + country + "'"));
    }

    /** The rows to show: --limit where given, else {@link EventsCommand#TABLE_LIMIT} in a table and all (0) otherwise. */
    static int rows(Integer limit, String format) {
        return limit != null ? limit : format.equals("table") ? EventsCommand.TABLE_LIMIT : 0;
    }

    /**
     * Reads a list from the store --db names, which must exist, and writes it in the --format: json as one JSON
     * array, csv or table as given; a store problem is told in one line and exits {@link ExitCodes#SOME_FAILED}.
     */
    <T> int print(String command, String format, PrintWriter out, PrintWriter err, Function<ArticleStore, List<T>> read,
            BiConsumer<PrintWriter, List<T>> csv, BiConsumer<PrintWriter, List<T>> table) {
        try (ArticleStore store = Databases.openExisting(db)) {
            List<T> rows = read.apply(store);
            switch (format) {
                case "json" -> out.println(ArticleJson.toJson(rows));
                case "csv" -> csv.accept(out, rows);
                default -> table.accept(out, rows);
            }
            out.flush();
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("sitrep " + command + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        }
    }
}
