package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.clean.extract.CleanArticle;
import org.sitrep.clean.Cleaner;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.model.InputDocument;

/**
 * Scores HTML main-content extraction on trafilatura's benchmark: for each page, snippets the
 * extracted text must contain and snippets it must not. Pages are read with the same readers
 * and decoder users get, so charset detection is scored too.
 */
public final class ExtractionEvaluation implements Evaluation {

    /** One benchmark page: its URL, its file under {@code html/}, and its snippets. */
    public record Page(String url, String file, List<String> with, List<String> without) {
    }

    /**
     * The outcome over a set of pages, with the pages of each half of the {@link DevSplit} (a page's id is its file
     * name under {@code html/}) scored apart too.
     */
    public record Result(SnippetScore score, int pages, int missing, int failed, long nanos, Map<DevSplit.Half, HalfScore> halves) {
        double millisPerPage() {
            return pages == 0 ? 0 : nanos / 1e6 / pages;
        }

        /** The figures of one half (zero where it had no page). */
        public HalfScore half(DevSplit.Half half) {
            return halves.getOrDefault(half, new HalfScore(0, SnippetScore.ZERO));
        }
    }

    /** The pages scored in one half and their snippet counts. */
    public record HalfScore(int pages, SnippetScore score) {
        HalfScore plus(SnippetScore s) {
            return new HalfScore(pages + 1, score.plus(s));
        }
    }

    /** {@code -Dsitrep.extraction.debug=true}: each tuning-half page's missed and wrongly kept snippets on stderr. */
    private static final boolean DEBUG = Boolean.getBoolean("sitrep.extraction.debug");

    private final Readers readers = new Readers();
    private final Cleaner cleaner = new Cleaner();

    @Override
    public String name() {
        return "extraction";
    }

    @Override
    public String dataset() {
        return "extraction/trafilatura-eval";
    }

    @Override
    public void run(Path data, int limit, PrintStream out) throws Exception {
        List<Page> pages = pages(data, limit);
        Result r = score(data, pages, out);
        out.printf("pages scored: %d (listed %d, missing files %d, failed %d)%n", r.pages(), pages.size(),
                r.missing(), r.failed());
        SnippetScore s = r.score();
        out.printf("snippets: tp %d, fn %d, fp %d, tn %d%n", s.truePositives(), s.falseNegatives(),
                s.falsePositives(), s.trueNegatives());
        out.printf("precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f%n", s.precision(), s.recall(), s.f1(),
                s.accuracy());
        out.printf("time per page: %.1f ms%n", r.millisPerPage());
        for (DevSplit.Half half : DevSplit.Half.values()) {
            HalfScore h = r.half(half);
            SnippetScore hs = h.score();
            out.printf(Locale.ROOT, "%s: precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f  (tp %d, fn %d, fp %d, tn %d)%n",
                    DevSplit.lineHead(half, h.pages(), "pages"), hs.precision(), hs.recall(), hs.f1(), hs.accuracy(),
                    hs.truePositives(), hs.falseNegatives(), hs.falsePositives(), hs.trueNegatives());
        }
    }

    /** The benchmark's pages in file order, at most {@code limit} (0: all). */
    public static List<Page> pages(Path data, int limit) throws Exception {
        JsonNode root = new ObjectMapper().readTree(data.resolve("evaldata.json").toFile());
        List<Page> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext() && (limit <= 0 || pages.size() < limit)) {
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode v = e.getValue();
            pages.add(new Page(e.getKey(), v.path("file").asText(), strings(v.path("with")), strings(v.path("without"))));
        }
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Extracts and scores each page; {@code log} gets one line per missing or failed page (null: quiet). */
    public Result score(Path data, List<Page> pages, PrintStream log) {
        SnippetScore total = SnippetScore.ZERO;
        int scored = 0;
        int missing = 0;
        int failed = 0;
        long nanos = 0;
        Map<DevSplit.Half, HalfScore> halves = new EnumMap<>(DevSplit.Half.class);
        for (Page page : pages) {
            Path file = data.resolve("html").resolve(page.file());
            if (!Files.isRegularFile(file)) {
                missing++;
                continue;
            }
            long start = System.nanoTime();
            String text;
            try {
                text = extract(file, page.url());
            } catch (BadInputException | RuntimeException e) {
                failed++;
                if (log != null) {
                    log.println("failed: " + page.file() + ": " + e.getMessage());
                }
                text = "";
            }
            nanos += System.nanoTime() - start;
            scored++;
            SnippetScore one = SnippetScore.of(text, page.with(), page.without());
            if (DEBUG) {
                debug(page, text);
            }
            total = total.plus(one);
            halves.merge(DevSplit.of(page.file()), new HalfScore(1, one), (a, b) -> a.plus(b.score()));
        }
        return new Result(total, scored, missing, failed, nanos, halves);
    }

    private static void debug(Page page, String text) {
        if (!DevSplit.isTuning(page.file())) {
            return;
        }
        String norm = SnippetScore.normalize(text);
        for (String s : page.with()) {
            if (!norm.contains(SnippetScore.normalize(s))) {
                System.err.println("MISSED\t" + page.file() + "\t" + s);
            }
        }
        for (String s : page.without()) {
            if (norm.contains(SnippetScore.normalize(s))) {
                System.err.println("KEPT\t" + page.file() + "\t" + s);
            }
        }
    }

    /** The body text sitrep extracts from one page file. */
    public String extract(Path file, String url) throws BadInputException {
        StringBuilder text = new StringBuilder();
        for (InputDocument document : readers.read(file, new InputOptions(file.toString(), "auto", url, null, null))) {
            for (CleanArticle article : cleaner.clean(document)) {
                text.append(article.article().body()).append("\n\n");
            }
        }
        return text.toString();
    }
}
