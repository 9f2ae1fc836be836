package org.sitrep.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.ingest.InputOptions;
import org.sitrep.annotate.nlp.ParserModel;
import org.sitrep.model.InputDocument;
import org.sitrep.pipeline.Bench;
import org.sitrep.pipeline.StageRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", footerHeading = "%nExamples:%n", footer = {"  sitrep bench", "  sitrep bench --repeat 5 ../shared/seeds/*.txt"},
        description = "Times sitrep's pipeline and plain CoreNLP's default pipeline on the same articles (one thread).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--stages", defaultValue = "clean,entities,time,quotes", description = "sitrep stages to time (default: ${DEFAULT-VALUE})")
    String stages;

    @Option(names = "--repeat", defaultValue = "3", description = "timed passes of sitrep over the articles, after three warm-up passes (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--corenlp-repeat", defaultValue = "1", description = "timed passes for plain CoreNLP, which is slow (default: ${DEFAULT-VALUE})")
    int coreNlpRepeat;

    @Option(names = "--no-corenlp", description = "time sitrep only")
    boolean noCoreNlp;

    @Option(names = "--parse", arity = "0..1", split = ",", fallbackValue = "neural", paramLabel = "PARSERS",
            description = "also time the dependency parse alone over the same sentences, with each parser named:"
                    + " neural (sitrep's), sr (needs CoreNLP's models-english jar on the class path), pcfg, or all;"
                    + " given bare: neural")
    List<String> parse;

    @Option(names = "--parse-repeat", defaultValue = "3", description = "timed passes of each parser, after two warm-up passes (default: ${DEFAULT-VALUE})")
    int parseRepeat;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "files or folders (default: the seeds, ../shared/seeds)")
    List<String> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Set<String> chosen;
        try {
            chosen = StageRegistry.standard().resolve(stages);
        } catch (IllegalArgumentException e) {
            err.println("sitrep bench: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (repeat < 1 || coreNlpRepeat < 1 || parseRepeat < 1) {
            err.println("sitrep bench: --repeat, --corenlp-repeat and --parse-repeat must be at least 1");
            return ExitCodes.USAGE;
        }
        EnumSet<ParserModel> parsers = EnumSet.noneOf(ParserModel.class);
        try {
            for (String p : parse == null ? List.<String>of() : parse) {
                if (p.trim().equalsIgnoreCase("all")) {
                    parsers.addAll(EnumSet.allOf(ParserModel.class));
                } else {
                    parsers.add(ParserModel.of(p));
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("sitrep bench: --parse: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<String> inputs = paths == null || paths.isEmpty() ? List.of(defaultSeeds().toString()) : paths;
        if ((paths == null || paths.isEmpty()) && !Files.isDirectory(defaultSeeds())) {
            err.println("sitrep bench: no paths given and no seeds at " + defaultSeeds());
            return ExitCodes.USAGE;
        }
        List<InputDocument> documents = new ArrayList<>();
        InputOptions options = new InputOptions(null, "auto", null, null, null);
        int failed = new InputBatch(err, System.in).run(inputs, options, (path, docs) -> documents.addAll(docs));
        if (documents.isEmpty()) {
            err.println("sitrep bench: nothing to read");
            return ExitCodes.SOME_FAILED;
        }
        Bench bench = new Bench(chosen, repeat, coreNlpRepeat);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "documents: %d, one thread, max heap %d MiB; tokens/s by wall clock and by processor time"
                + " of the working thread (a busy machine does not count against it)%n", documents.size(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%-8s %6s %9s %8s %10s %12s %11s %10s %9s  %s%n", "", "passes", "articles", "tokens", "tokens/s",
                "tokens/cpu-s", "articles/s", "peak heap", "warm-up s", "annotators");
        print(out, repeat, bench.sitrep(documents));
        List<Bench.Result> parses = new ArrayList<>();
        for (ParserModel model : parsers) {
            if (!model.available()) {
                out.println("parse    " + model.key() + ": model not on the class path (" + model.resource() + ")");
                continue;
            }
            try {
                Bench.Result r = bench.parse(documents, model, parseRepeat);
                print(out, parseRepeat, r);
                parses.add(r);
            } catch (OutOfMemoryError e) {
                out.println("parse    " + model.key() + ": ran out of memory (max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB)");
            }
        }
        if (!noCoreNlp) {
            try {
                print(out, coreNlpRepeat, bench.coreNlp(documents));
            } catch (OutOfMemoryError e) {
                out.println("corenlp  ran out of memory (max heap " + (Runtime.getRuntime().maxMemory() >> 20)
                        + " MiB); give it more with SITREP_JAVA_OPTS=-Xmx8g");
            }
        }
        for (Bench.Result r : parses) {
            out.printf(Locale.ROOT, "dependency parse, %s: %.1f ms per 1,000 tokens of processor time (%.1f ms by wall clock),"
                    + " %d sentences a pass%n", r.what(), r.cpuMillisPerThousandTokens(), r.millisPerThousandTokens(),
                    r.articles() / parseRepeat);
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static void print(PrintStream out, int passes, Bench.Result r) {
        out.printf(Locale.ROOT, "%-8s %6d %9d %8d %10.0f %12.0f %11.2f %6d MiB %9.1f  %s%n", r.name(), passes, r.articles(),
                r.tokens(), r.tokensPerSecond(), r.tokensPerCpuSecond(), r.articlesPerSecond(), r.peakHeapBytes() >> 20,
                r.loadSeconds(), r.what());
    }

    static Path defaultSeeds() {
        String shared = System.getenv("SITREP_SHARED");
        return shared != null ? Path.of(shared, "seeds") : Path.of("..", "shared", "seeds");
    }
}
