package org.sitrep.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The option of every command that reads the store, {@code --db}, and the check of a {@code --format} whose list
 * differs from command to command. Listings add paging ({@link StoreQueryOptions}); a command that writes one
 * document from the store ({@code report}) has this alone, so that its help shows no option it would ignore.
 */
class StoreOption {

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the database (default: $SITREP_DB, else an H2 file in ./sitrep-data/)")
    String db;

    /** A bad --format, then a bad --since or --until, in one line naming it, or null. */
    String problem(List<String> formats, String format, String since, String until) {
        String bad = formatProblem(formats, format);
        return bad != null ? bad : EventsCommand.dateProblem(since, until);
    }

    /** A --format not in the command's list, in one line naming it, or null. */
    static String formatProblem(List<String> formats, String format) {
        return formats.contains(format) ? null : "--format must be one of " + String.join(", ", formats) + ", not '" + format + "'";
    }
}
