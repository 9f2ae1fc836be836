package org.sitrep.cli;

import picocli.CommandLine;

/** The {@code sitrep} command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new SitrepCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("sitrep: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        });
        return cli.execute(args);
    }
}
