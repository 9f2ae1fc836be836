package org.sitrep.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.PartialInputException;
import org.sitrep.ingest.Readers;
import org.sitrep.model.InputDocument;

/**
 * Walks the inputs of one command (files, folders, standard input), reads each one and hands
 * its documents on. A bad input is named on stderr in one line and the batch goes on.
 */
final class InputBatch {

    /** What is done with the documents of one input; may itself fail for that input alone. */
    interface Consumer {
        void accept(String input, List<InputDocument> documents) throws Exception;
    }

    /**
     * Like {@link Consumer}, for callers that also keep the input's raw bytes (ingest stores them);
     * {@code raw} is null for an archive, which is streamed record by record rather than read whole.
     */
    interface RawConsumer {
        void accept(String input, byte[] raw, List<InputDocument> documents) throws Exception;
    }

    private final Readers readers = new Readers();
    private final PrintWriter err;
    private final InputStream stdin;
    private int failed;

    InputBatch(PrintWriter err, InputStream stdin) {
        this.err = err;
        this.stdin = stdin;
    }

    /** Runs the batch; returns the number of inputs that failed, in whole or in part. */
    int run(List<String> paths, InputOptions options, Consumer consumer) {
        return runRaw(paths, options, (input, raw, documents) -> consumer.accept(input, documents));
    }

    /** Runs the batch handing on each input's raw bytes too; returns the number of inputs that failed. */
    int runRaw(List<String> paths, InputOptions options, RawConsumer consumer) {
        List<String> inputs = expand(paths);
        // on a terminal, a bar on stderr with the input being read and the time spent (it ticks while the models
        // load and a long input is read, which can take tens of seconds); nothing on a pipe or in a file
        boolean showProgress = !inputs.isEmpty() && System.console() != null;
        try (ProgressBar bar = showProgress ? new ProgressBarBuilder().setTaskName("reading")
                .setInitialMax(inputs.size()).setUnit(" inputs", 1).setStyle(ProgressBarStyle.ASCII)
                .continuousUpdate().setUpdateIntervalMillis(500).build() : null) {
            for (String input : inputs) {
                if (bar != null) {
                    bar.setExtraMessage(shortName(input));
                }
                one(input, options.withPath(input).withWarnings(warning -> warn(input, warning)), consumer);
                if (bar != null) {
                    bar.step();
                }
            }
        }
        return failed;
    }

    private void one(String input, InputOptions options, RawConsumer consumer) {
        byte[] raw = null;
        List<InputDocument> docs;
        try {
            if (input.equals("-")) {
                raw = readers.bytes(stdin);
                docs = readers.read(raw, options);
            } else if (readers.isArchive(Path.of(input), options)) {
                docs = readers.read(Path.of(input), options); // streamed record by record: no raw bytes
            } else {
                raw = readers.bytes(Path.of(input));
                docs = readers.read(raw, options);
            }
        } catch (PartialInputException e) {
            fail(input, e.getMessage());
            docs = e.documents();
        } catch (BadInputException e) {
            fail(input, e.getMessage());
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(input, "cannot read: " + e.getClass().getSimpleName());
            return;
        }
        try {
            consumer.accept(input, raw, docs);
        } catch (Exception | StackOverflowError e) {
            fail(input, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " "));
        }
    }

    /** The input's file name, cut to fit beside the bar. */
    private static String shortName(String input) {
        String name = input.equals("-") ? "standard input" : String.valueOf(Path.of(input).getFileName());
        return name.length() <= 30 ? name : name.substring(0, 29) + "…";
    }

    /** A doubt about an input that was still read: named on stderr, not counted as a failure. */
    private void warn(String input, String warning) {
        err.println("sitrep: " + input + ": warning: " + warning);
        err.flush();
    }

    private void fail(String input, String reason) {
        failed++;
        err.println("sitrep: " + input + ": " + reason);
        err.flush();
    }

    /** Folders become the regular files under them, in name order; a missing path is kept so it fails by name. */
    private List<String> expand(List<String> paths) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (!p.equals("-") && Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(f -> !Files.isDirectory(f)).map(Path::toString).sorted().forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    fail(p, "cannot list folder: " + e.getMessage());
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
