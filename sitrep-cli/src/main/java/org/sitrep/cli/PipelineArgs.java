package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
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
    record Request(Set<String> stages, InputOptions options, Place home, Duration timeBudget) {
    }

    @Option(names = "--stages", defaultValue = "all", paramLabel = "LIST", description = "comma-separated stages, each "
            + "pulling in the stages it needs: clean, entities, time, geo, quotes, events, claims, or all (default: ${DEFAULT-VALUE})")
    String stages;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "120", description = "give up on a document "
            + "still being read after this many seconds, name it on stderr and go on (default: ${DEFAULT-VALUE})")
    int timeBudgetSeconds;

    @Option(names = "--home", paramLabel = "PLACE", description = "where the inputs' source publishes, as 'Town, State' or "
            + "'Town, Country' ('Alexandria, Minnesota'): its local place names lean there. Without it, each source's home "
            + "(its URL's host) is learned from its articles as the run reads them")
    String home;

    @Mixin
    InputArgs input;

    /** The checked request, or empty after one line on stderr naming the bad option (a usage error). */
    Optional<Request> resolve(String command, PrintWriter err) {
        try {
            Place place = home == null ? null : homePlace(home);
            if (timeBudgetSeconds <= 0) {
                throw new IllegalArgumentException("--time-budget must be a positive number of seconds, not " + timeBudgetSeconds);
            }
            return Optional.of(new Request(StageRegistry.standard().resolve(stages), input.options(), place,
                    Duration.ofSeconds(timeBudgetSeconds)));
        } catch (IllegalArgumentException e) {
            err.println("sitrep " + command + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The place {@code --home} names. A bare name must name one town ("Atlantis" names towns in Florida and in
     * South Africa): an ambiguous one is refused with its namesakes, so the user can say which.
     */
    private static Place homePlace(String home) {
        if (home.isBlank()) {
            throw new IllegalArgumentException("--home must name a town, as 'Town, State' or 'Town, Country'");
        }
        Place place = SourceHomes.place(home).orElseThrow(() -> new IllegalArgumentException(
                "--home: no town '" + home.strip() + "' in the gazetteer (write it as 'Town, State' or 'Town, Country')"));
        if (!home.contains(",")) {
            List<String> namesakes = SourceHomes.namesakes(home);
            if (namesakes.size() > 1) {
                throw new IllegalArgumentException("--home: '" + home.strip() + "' names more than one town ("
                        + String.join("; ", namesakes.subList(0, Math.min(4, namesakes.size())))
                        + (namesakes.size() > 4 ? "; ..." : "") + "); say which, as 'Town, State' or 'Town, Country'");
            }
        }
        return place;
    }
}
