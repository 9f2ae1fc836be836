package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.clean.Cleaner;
import org.sitrep.clean.extract.CleanArticle;
import org.sitrep.ingest.BadInputException;
import org.sitrep.ingest.InputOptions;
import org.sitrep.ingest.Readers;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Published;

/**
 * Scores the publication date read from web pages against a gold day, on each set under {@code dates/}
 * ({@code pubdate-dev}: raw pages; {@code pubdate-dev-mercury}: pages another parser had already stripped of scripts
 * and JSON-LD), and a third row, {@code pubdate-dev stripped}: the raw pages without their meta tags and JSON-LD, a
 * stand-in for held-out pages that carry little metadata, which tests the fallbacks that read what a page shows. A page counts as right when the date sitrep gives falls on the gold day (the gold is a day, the page's
 * local day where the page says it), wrong when it gives another date or only a month, and missed when it gives none.
 * Accuracy is right over all pages, precision right over pages with a date, recall right over right plus missed, as
 * htmldate's evaluation counts them. Pages are read with the same readers users get, with the page's URL; a page's
 * crawl date (fundus pages give one) is its retrieval time, so no date after it is accepted. The id each page is split
 * on ({@link DevSplit}) is its file name.
 */
public final class DatesEvaluation implements Evaluation {

    /** One gold page. {@code crawled} is null where the set gives no crawl date. */
    public record Page(String file, String url, String date, Instant crawled) {
    }

    /** Counts over a set of pages. */
    public record Score(int right, int wrong, int missed) {
        static final Score ZERO = new Score(0, 0, 0);

        Score plus(Score o) {
            return new Score(right + o.right, wrong + o.wrong, missed + o.missed);
        }

        public int pages() {
            return right + wrong + missed;
        }

        public double accuracy() {
            return pages() == 0 ? 0 : (double) right / pages();
        }

        public double precision() {
            return right + wrong == 0 ? 0 : (double) right / (right + wrong);
        }

        public double recall() {
            return right + missed == 0 ? 0 : (double) right / (right + missed);
        }
    }

    /**
     * One printed row: a set under {@code dates/}, read as stored or with its metadata stripped
     * ({@link PageMetadataStripper}: the stand-in for held-out pages that carry little metadata).
     */
    record Row(String name, String set, boolean stripped) {
    }

    /** The rows, in the order they are printed. */
    static final List<Row> ROWS = List.of(new Row("pubdate-dev", "pubdate-dev", false),
            new Row("pubdate-dev-mercury", "pubdate-dev-mercury", false),
            new Row("pubdate-dev stripped", "pubdate-dev", true));

    private final Readers readers = new Readers();
    private final Cleaner cleaner = new Cleaner();

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public String dataset() {
        return "dates";
    }

    @Override
    public void run(Path data, int limit, PrintStream out) throws Exception {
        boolean debug = Boolean.getBoolean("sitrep.dates.debug");
        for (Row row : ROWS) {
            Path folder = data.resolve(row.set());
            if (!Files.isRegularFile(folder.resolve("gold.jsonl"))) {
                out.println(row.name() + ": not found at " + folder + ", skipped");
                continue;
            }
            List<Page> pages = pages(folder, limit);
            Map<DevSplit.Half, Score> halves = new EnumMap<>(DevSplit.Half.class);
            Score total = Score.ZERO;
            for (Page page : pages) {
                Published found = read(folder, page, row.stripped(), out);
                Score one = score(found, page.date());
                if (debug && one.right() == 0 && DevSplit.isTuning(page.file())) {
                    System.err.printf("%s%s gold %s got %s%n", row.stripped() ? "[stripped] " : "", page.file(), page.date(),
                            found == null ? "nothing" : found.value() + " (" + found.basis() + ")");
                }
                total = total.plus(one);
                halves.merge(DevSplit.of(page.file()), one, Score::plus);
            }
            out.printf(Locale.ROOT, "%s: %s%n", row.name(), line(total));
            for (DevSplit.Half half : DevSplit.Half.values()) {
                Score h = halves.getOrDefault(half, Score.ZERO);
                out.printf(Locale.ROOT, "  %s: %s%n", DevSplit.lineHead(half, h.pages(), "pages"), line(h));
            }
        }
    }

    private static String line(Score s) {
        return String.format(Locale.ROOT, "accuracy %.4f  precision %.4f  recall %.4f  (%d pages: %d right, %d wrong, %d no date)",
                s.accuracy(), s.precision(), s.recall(), s.pages(), s.right(), s.wrong(), s.missed());
    }

    /** Right, wrong or missed for one page: the date's day part against the gold day. */
    static Score score(Published found, String gold) {
        if (found == null) {
            return new Score(0, 0, 1);
        }
        String v = found.value();
        boolean day = v.length() >= 10 && v.substring(0, 10).equals(gold);
        return day ? new Score(1, 0, 0) : new Score(0, 1, 0);
    }

    /** The gold pages of one set in file order, at most {@code limit} (0: all). */
    public static List<Page> pages(Path folder, int limit) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<Page> pages = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(folder.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null && (limit <= 0 || pages.size() < limit)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                pages.add(new Page(n.path("file").asText(), n.path("url").asText(null), n.path("date").asText(),
                        crawled(n.path("crawl_date").asText(null))));
            }
        }
        return pages;
    }

    /** fundus writes its crawl time as "2024-05-03 18:19:08.721370", in UTC. */
    private static Instant crawled(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw.trim().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The publication date sitrep reads from one page, or null (a page that cannot be read is logged). */
    public Published read(Path folder, Page page, PrintStream log) {
        return read(folder, page, false, log);
    }

    /** The same, from the page stripped of its metadata where {@code stripped}. */
    Published read(Path folder, Page page, boolean stripped, PrintStream log) {
        Path file = folder.resolve(page.file());
        try {
            InputOptions options = new InputOptions(file.toString(), "html", page.url(), null, page.crawled());
            List<InputDocument> documents = stripped
                    ? readers.read(PageMetadataStripper.strip(readers.bytes(file)), options)
                    : readers.read(file, options);
            for (InputDocument document : documents) {
                for (CleanArticle article : cleaner.clean(document)) {
                    if (article.article().published() != null) {
                        return article.article().published();
                    }
                }
            }
        } catch (BadInputException | RuntimeException e) {
            log.println("failed: " + page.file() + ": " + e.getMessage());
        }
        return null;
    }
}
