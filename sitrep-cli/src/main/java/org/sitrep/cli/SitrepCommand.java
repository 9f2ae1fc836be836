package org.sitrep.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

@Command(name = "sitrep", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "sitrep 0.1.0",
        description = "Reads raw news into a cited record of who did what to whom, where, when, and who says so.",
        subcommands = {AnnotateCommand.class, IngestCommand.class, ArticlesCommand.class, EventsCommand.class, ClaimsCommand.class,
                EntitiesCommand.class, StoriesCommand.class, SearchCommand.class, EvalCommand.class, BenchCommand.class,
                WatchCommand.class, WatchlistCommand.class, ServeCommand.class, TokenCommand.class, BenchServeCommand.class,
                ReportCommand.class, BenchStoreCommand.class, CompactCommand.class})
final class SitrepCommand {
}
