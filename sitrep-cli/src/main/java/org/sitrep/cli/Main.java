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
        return commandLine().execute(args);
    }

    /** The command line with its one-line handler of unexpected failures (tests run it in-process). */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SitrepCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("sitrep: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return ExitCodes.SOME_FAILED;
        });
        return cli;
    }
}
