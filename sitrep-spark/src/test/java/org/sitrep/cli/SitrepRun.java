package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs a {@code sitrep} command itself, in this JVM: the reference the Spark jobs' links and loads must equal. */
public final class SitrepRun {

    /** What one run printed on stdout and stderr, and its exit code. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private SitrepRun() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }
}
