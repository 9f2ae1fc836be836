package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.eval.Evaluation;
import org.sitrep.eval.Evaluations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", footerHeading = "%nExamples:%n",
        description = {"Scores the pipeline on a data set under ../shared/data/.",
        "Prints the figures for the whole set, then for its tuning half and its checking half (fixed by a SHA-256 hash"
                + " of each document's id, as README.md says)."},
        footer = {"  sitrep eval dates                           publication dates of web pages (raw, mercury-cleaned, stripped of metadata)",
                "  SITREP_EVENTS_SETS=plover sitrep eval events  one of the events sets",
                "  sitrep eval linking                         cross-document coreference, ECB+ and GVC",
                "(SITREP_JAVA_OPTS=-Dsitrep.dates.debug=true lists the tuning half's misses of eval dates on stderr.)"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATASET", description = "which evaluation: extraction, dates, time, geo, quotes, ner, events, linking")
    String dataset;

    @Option(names = "--data", description = "the shared data folder (default: ../shared/data, or $SITREP_SHARED/data)")
    Path data;

    @Option(names = "--limit", defaultValue = "0", description = "score at most this many documents (0: all)")
    int limit;

    @Override
    public Integer call() throws Exception {
        Evaluation evaluation = Evaluations.byName(dataset).orElse(null);
        if (evaluation == null) {
            spec.commandLine().getErr().println("sitrep eval: unknown data set '" + dataset + "' (known: "
                    + Evaluations.all().stream().map(Evaluation::name).collect(Collectors.joining(", ")) + ")");
            return ExitCodes.USAGE;
        }
        Path root = data != null ? data : defaultData();
        Path folder = root.resolve(evaluation.dataset());
        if (!Files.exists(folder)) {
            spec.commandLine().getErr().println("sitrep eval: data set not found at " + folder);
            return ExitCodes.SOME_FAILED;
        }
        evaluation.run(folder, limit, System.out);
        return ExitCodes.OK;
    }

    static Path defaultData() {
        String shared = System.getenv("SITREP_SHARED");
        if (shared != null) {
            return Path.of(shared, "data");
        }
        return Path.of("..", "shared", "data");
    }
}
