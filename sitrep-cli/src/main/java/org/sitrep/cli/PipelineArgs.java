package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import org.sitrep.annotate.geo.SourceHomes;
import org.sitrep.ingest.InputOptions;
import org.sitrep.model.Place;
import org.sitrep.pipeline.StageRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that run the per-article pipeline over inputs: annotate and ingest. */
final class PipelineArgs {

    /** The stages to run, the input options and where the sources publish (null: learned from their articles), checked. */
    record Request(Set<String> stages, InputOptions options, Place home) {
    }

    @Option(names = "--stages", defaultValue = "all", description = "comma-separated stages, each with the stages it needs: clean, entities, time, geo, quotes, events, claims, or all")
    String stages;

    @Option(names = "--home", paramLabel = "PLACE", description = "where the inputs' source publishes, as 'Town, State' or "
            + "'Town, Country' ('Alexandria, Minnesota'): its local place names lean there. Without it, each source's home "
            + "(its URL's host) is learned from its articles as the run reads them")
    String home;

    @Mixin
    InputArgs input;

    /** The checked request, or empty after one line on stderr naming the bad option (a usage error). */
    Optional<Request> resolve(String command, PrintWriter err) {
        try {
            Place place = null;
            if (home != null) {
                place = SourceHomes.place(home).orElseThrow(() ->
                        new IllegalArgumentException("--home: no town '" + home + "' in the gazetteer"));
            }
            return Optional.of(new Request(StageRegistry.standard().resolve(stages), input.options(), place));
        } catch (IllegalArgumentException e) {
            err.println("sitrep " + command + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
