package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import org.sitrep.ingest.InputOptions;
import org.sitrep.pipeline.Stages;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that run the per-article pipeline over inputs: annotate and ingest. */
final class PipelineArgs {

    /** The stages to run and the input options, checked. */
    record Request(Set<String> stages, InputOptions options) {
    }

    @Option(names = "--stages", defaultValue = "all", description = "comma-separated: clean, entities, time, geo, quotes, events, claims, or all")
    String stages;

    @Mixin
    InputArgs input;

    /** The checked request, or empty after one line on stderr naming the bad option (a usage error). */
    Optional<Request> resolve(String command, PrintWriter err) {
        try {
            return Optional.of(new Request(Stages.parse(stages), input.options()));
        } catch (IllegalArgumentException e) {
            err.println("sitrep " + command + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
