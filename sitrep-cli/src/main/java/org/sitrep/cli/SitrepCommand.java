package org.sitrep.cli;

import picocli.CommandLine.Command;

@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Reads raw news into a cited record of who did what to whom, where, when, and who says so.",
        subcommands = {AnnotateCommand.class, IngestCommand.class, ArticlesCommand.class, EvalCommand.class, BenchCommand.class})
final class SitrepCommand {
}
