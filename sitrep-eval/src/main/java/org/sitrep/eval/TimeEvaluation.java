package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.time.TimeAnnotator;
import org.sitrep.eval.time.TimeMlDocument;
import org.sitrep.eval.time.TimeMlReader;
import org.sitrep.eval.time.TimexScore;
import org.sitrep.eval.time.TimexScore.Pair;
import org.sitrep.eval.time.TimexScore.SystemTimex;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.Published;
import org.sitrep.model.TimeExpression;

/**
 * {@code sitrep eval time}: the time stage on TimeBank + AQUAINT (TimeML with creation times),
 * scored TempEval-3 style. Each document's TEXT is the body and its creation time the publication
 * date; the creation-time expression itself is not scored. The files of each half of the {@link DevSplit} (a file's
 * id is its name, {@code APW19980807.0261.tml}) are scored apart too.
 */
public final class TimeEvaluation implements Evaluation {

    /** How many of each kind of error to list; {@code -Dsitrep.eval.errors=N} shows more. */
    private static int shownErrors() {
        return Integer.getInteger("sitrep.eval.errors", 12);
    }

    @Override
    public String name() {
        return "time";
    }

    @Override
    public String dataset() {
        return "time/tbaq";
    }

    @Override
    public void run(Path data, int limit, PrintStream out) throws IOException {
        List<Path> files = files(data, limit);
        Result result = score(files);
        TimexScore s = result.score();
        out.printf(Locale.ROOT, "time expressions on %s: %d files, %d gold, %d found%n", data, files.size(),
                s.gold(), s.system());
        out.printf(Locale.ROOT, "  strict extent   P %.3f  R %.3f  F1 %.3f%n", s.precision(s.strict()),
                s.recall(s.strict()), s.strictF1());
        out.printf(Locale.ROOT, "  relaxed extent  P %.3f  R %.3f  F1 %.3f%n", s.precision(s.relaxed()),
                s.recall(s.relaxed()), s.relaxedF1());
        out.printf(Locale.ROOT, "  value           P %.3f  R %.3f  F1 %.3f   (relaxed match with the gold value)%n",
                s.precision(s.valueCorrect()), s.recall(s.valueCorrect()), s.valueF1());
        out.printf(Locale.ROOT, "  value, canonical spelling  F1 %.3f   (1998-W7 = 1998-W07, T24 = T24:00, 199X = 199)%n",
                s.f1(s.canonicalValueCorrect()));
        out.printf(Locale.ROOT, "  type accuracy   %.3f (of relaxed matches)%n", s.typeAccuracy());
        double seconds = result.nanos() / 1e9;
        out.printf(Locale.ROOT, "  speed           %.0f words/s, %.1f documents/s (%d words in %.2f s, time stage only)%n",
                result.words() / seconds, files.size() / seconds, result.words(), seconds);
        for (DevSplit.Half half : DevSplit.Half.values()) {
            TimexScore h = result.half(half);
            out.printf(Locale.ROOT, "  %s: strict F1 %.3f  relaxed F1 %.3f  value P/R/F1 %.3f/%.3f/%.3f  canonical value F1 %.3f"
                            + "  type accuracy %.3f  (%d gold, %d found)%n",
                    DevSplit.lineHead(half, result.files(half), "files"), h.strictF1(), h.relaxedF1(),
                    h.precision(h.valueCorrect()), h.recall(h.valueCorrect()), h.valueF1(), h.f1(h.canonicalValueCorrect()),
                    h.typeAccuracy(), h.gold(), h.system());
        }
        printErrors(out, s.errors());
    }

    /**
     * The scores and timing of the time stage on these TimeML files, and the scores of each half's files.
     *
     * @param halves     the scores of the files of each {@link DevSplit} half
     * @param halfFiles  how many files each half had
     */
    public record Result(TimexScore score, long words, long nanos, Map<DevSplit.Half, TimexScore> halves,
                         Map<DevSplit.Half, Integer> halfFiles) {

        /** The scores of one half's files (empty where it had none). */
        public TimexScore half(DevSplit.Half half) {
            return halves.getOrDefault(half, new TimexScore());
        }

        public int files(DevSplit.Half half) {
            return halfFiles.getOrDefault(half, 0);
        }
    }

    public static Result score(List<Path> files) throws IOException {
        TimeMlReader reader = new TimeMlReader();
        TimeAnnotator annotator = new TimeAnnotator();
        TimexScore score = new TimexScore();
        Map<DevSplit.Half, TimexScore> halves = new EnumMap<>(DevSplit.Half.class);
        Map<DevSplit.Half, Integer> halfFiles = new EnumMap<>(DevSplit.Half.class);
        long words = 0;
        long nanos = 0;
        for (Path file : files) {
            TimeMlDocument doc = reader.read(file);
            long t0 = System.nanoTime();
            List<TimeExpression> times = annotate(annotator, doc);
            nanos += System.nanoTime() - t0;
            words += doc.text().split("\\s+").length;
            List<SystemTimex> system = new ArrayList<>();
            for (TimeExpression t : times) {
                system.add(new SystemTimex(t.start(), t.end(), t.text(), t.value(), t.type()));
            }
            score.add(doc.timexes(), system);
            DevSplit.Half half = DevSplit.of(file.getFileName().toString());
            halves.computeIfAbsent(half, h -> new TimexScore()).add(doc.timexes(), system);
            halfFiles.merge(half, 1, Integer::sum);
        }
        return new Result(score, words, nanos, halves, halfFiles);
    }

    private static List<TimeExpression> annotate(TimeAnnotator annotator, TimeMlDocument doc) {
        String text = doc.text();
        Published published = new Published(doc.creationTime(), "day", "TimeML creation time");
        Article article = Article.builder()
                .id(doc.id())
                .published(published)
                .language("en")
                .body(text)
                .build();
        Function<String, org.sitrep.annotate.nlp.NlpDocument> noNlp = body -> {
            throw new IllegalStateException("the time stage does not use the NLP analysis");
        };
        AnnotationContext context = new AnnotationContext(BodyText.contiguous(text, 0), text, noNlp);
        return annotator.annotate(article, context).times();
    }

    static List<Path> files(Path data, int limit) throws IOException {
        try (Stream<Path> walk = Files.walk(data)) {
            Stream<Path> tml = walk.filter(p -> p.toString().endsWith(".tml")).sorted();
            return (limit > 0 ? tml.limit(limit) : tml).collect(Collectors.toList());
        }
    }

    private static void printErrors(PrintStream out, List<Pair> errors) {
        Map<String, Long> wrong = count(errors.stream().filter(p -> p.gold() != null && p.system() != null)
                .map(p -> p.gold().text() + " = " + p.gold().value() + " (found " + p.system().text() + " = "
                        + p.system().value() + ")"));
        Map<String, Long> missed = count(errors.stream().filter(p -> p.system() == null)
                .map(p -> p.gold().text() + " = " + p.gold().value()));
        Map<String, Long> spurious = count(errors.stream().filter(p -> p.gold() == null)
                .map(p -> p.system().text() + " = " + p.system().value()));
        print(out, "most frequent wrong values", wrong);
        print(out, "most frequent misses", missed);
        print(out, "most frequent spurious", spurious);
    }

    private static Map<String, Long> count(Stream<String> items) {
        Map<String, Long> counts = items.collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(shownErrors())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static void print(PrintStream out, String title, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        out.println("  " + title + ":");
        counts.forEach((k, v) -> out.printf(Locale.ROOT, "    %3d  %s%n", v, k));
    }
}
