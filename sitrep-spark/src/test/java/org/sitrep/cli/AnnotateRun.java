package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code sitrep annotate} itself, in this JVM, as the reference the Spark job's articles must equal. */
public final class AnnotateRun {

    /** What one run printed, and its exit code. */
    public record Result(int exitCode, List<String> articles, String stderr) {
    }

    private AnnotateRun() {
    }

    public static Result annotate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "annotate";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        List<String> lines = new ArrayList<>();
        out.toString().lines().filter(l -> !l.isBlank()).forEach(lines::add);
        return new Result(code, lines, err.toString());
    }
}
