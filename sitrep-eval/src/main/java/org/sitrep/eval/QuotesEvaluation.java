package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.eval.PolnearAttributions.Attribution;
import org.sitrep.eval.PolnearAttributions.Range;
import org.sitrep.model.Article;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.StageRegistry;

/**
 * Scores quote and attribution finding on PolNeAR's dev split (political news, brat Source/Cue/Content).
 *
 * <p>Each dev text is fed as it is (a plain-text input document, so output offsets are the gold's
 * offsets) through the entities and quotes stages. Where several annotators annotated one article
 * the first annotation file (by name) is the gold. A predicted quote nested inside another predicted
 * quote (a partial direct quote inside the reported speech that holds it) is scored once, as the
 * outer one, since PolNeAR gives each token one role. Rules:
 * <ul>
 *   <li>content: a predicted quote matches a gold attribution when their content spans overlap;
 *       precision counts predictions that match some gold, recall golds matched by some prediction;</li>
 *   <li>content chars: partial credit, the non-space characters shared by predicted and gold content;</li>
 *   <li>content+source: as content, and the predicted speaker mention overlaps that attribution's
 *       source span (for gold without a source, the prediction must have no speaker mention either);</li>
 *   <li>cue: predicted cue spans against gold cue spans by overlap.</li>
 * </ul>
 * The documents of each half of the {@link DevSplit} (a document's id is its text file's name) are scored apart too.
 */
public final class QuotesEvaluation implements Evaluation {

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public String dataset() {
        return "quotes/polnear";
    }

    @Override
    public void run(Path data, int limit, PrintStream out) throws Exception {
        Path anns = data.resolve("dev").resolve("attributions");
        if (!Files.isDirectory(data.resolve("dev").resolve("text")) || !Files.isDirectory(anns)) {
            throw new IOException("no PolNeAR dev split under " + data + " (expected dev/text and dev/attributions)");
        }
        List<Path> files = texts(data);
        ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve("entities,quotes"));
        Tallies all = new Tallies();
        Map<DevSplit.Half, Tallies> halves = new EnumMap<>(DevSplit.Half.class);
        int docs = 0;
        int misaligned = 0;
        long chars0 = 0;
        long started = System.nanoTime();
        for (Path file : files) {
            if (limit > 0 && docs >= limit) {
                break;
            }
            Path ann = annotationFor(anns, file);
            if (ann == null) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<Attribution> gold = PolnearAttributions.read(ann, text);
            InputDocument doc = new InputDocument(file.toString(), null, "text", "text", text, null, null, null);
            List<Quote> predicted = new ArrayList<>();
            for (Article a : pipeline.run(doc)) {
                predicted.addAll(a.quotes());
            }
            for (Quote q : predicted) {
                if (!text.substring(q.start(), q.end()).equals(q.text())) {
                    misaligned++;
                }
            }
            List<Quote> outer = outermost(predicted);
            all.add(outer, gold, text);
            halves.computeIfAbsent(DevSplit.of(file.getFileName().toString()), h -> new Tallies()).add(outer, gold, text);
            docs++;
            chars0 += text.length();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "quotes on PolNeAR dev: %d documents, %d gold attributions, %d predicted quotes (%.1f s, %.0f chars/s)%n",
                docs, all.content.gold, all.content.predicted, seconds, chars0 / Math.max(seconds, 1e-9));
        out.println(all.content.line("content (span overlap)", 28));
        out.println(all.chars.line("content (character overlap)", 28));
        out.println(all.contentSource.line("content+source", 28));
        out.println(all.cue.line("cue", 28));
        for (DevSplit.Half half : DevSplit.Half.values()) {
            Tallies h = halves.getOrDefault(half, new Tallies());
            out.printf(Locale.ROOT, "  %s: P/R/F1 content %s  chars %s  content+source %s  cue %s%n",
                    DevSplit.lineHead(half, h.docs, "documents"), h.content.prf(), h.chars.prf(), h.contentSource.prf(), h.cue.prf());
        }
        if (misaligned > 0) {
            out.printf(Locale.ROOT, "WARNING: %d predicted quotes whose text differs from the input at their offsets%n", misaligned);
        }
    }

    /** The dev split's text files in name order; a document's {@link DevSplit} id is its file's name. */
    static List<Path> texts(Path data) throws IOException {
        try (Stream<Path> s = Files.list(data.resolve("dev").resolve("text"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Path annotationFor(Path anns, Path text) throws IOException {
        String stem = text.getFileName().toString().replaceFirst("\\.txt$", "");
        try (Stream<Path> s = Files.list(anns)) {
            return s.filter(p -> p.getFileName().toString().startsWith(stem + "_") && p.toString().endsWith(".ann"))
                    .sorted().findFirst().orElse(null);
        }
    }

    /** The predicted quotes not lying inside another predicted quote. */
    static List<Quote> outermost(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            boolean inside = false;
            for (Quote o : quotes) {
                if (o != q && o.start() <= q.start() && q.end() <= o.end() && (o.end() - o.start() > q.end() - q.start()
                        || quotes.indexOf(o) < quotes.indexOf(q))) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(q);
            }
        }
        return out;
    }

    /** The four tallies over a set of documents (all, or one half's). */
    private static final class Tallies {
        final Tally content = new Tally();
        final Tally contentSource = new Tally();
        final Tally cue = new Tally();
        final Tally chars = new Tally();
        int docs;

        void add(List<Quote> predicted, List<Attribution> gold, String text) {
            score(predicted, gold, text, content, contentSource, cue, chars);
            docs++;
        }
    }

    private static void score(List<Quote> predicted, List<Attribution> gold, String text,
                              Tally content, Tally contentSource, Tally cue, Tally chars) {
        content.predicted += predicted.size();
        contentSource.predicted += predicted.size();
        content.gold += gold.size();
        contentSource.gold += gold.size();
        for (Quote q : predicted) {
            Range p = new Range(q.start(), q.end());
            boolean any = false;
            boolean withSource = false;
            for (Attribution g : gold) {
                if (overlaps(p, g.content())) {
                    any = true;
                    withSource |= sourceMatches(q, g);
                }
            }
            content.predictedRight += any ? 1 : 0;
            contentSource.predictedRight += withSource ? 1 : 0;
        }
        for (Attribution g : gold) {
            boolean any = false;
            boolean withSource = false;
            for (Quote q : predicted) {
                if (overlaps(new Range(q.start(), q.end()), g.content())) {
                    any = true;
                    withSource |= sourceMatches(q, g);
                }
            }
            content.goldFound += any ? 1 : 0;
            contentSource.goldFound += withSource ? 1 : 0;
        }
        Set<Range> predictedCues = new LinkedHashSet<>();
        for (Quote q : predicted) {
            if (q.cueSpan() != null) {
                predictedCues.add(new Range(q.cueSpan().start(), q.cueSpan().end()));
            }
        }
        List<List<Range>> goldCues = new ArrayList<>();
        for (Attribution g : gold) {
            if (!g.cue().isEmpty()) {
                goldCues.add(g.cue());
            }
        }
        cue.predicted += predictedCues.size();
        cue.gold += goldCues.size();
        for (Range c : predictedCues) {
            cue.predictedRight += goldCues.stream().anyMatch(g -> overlaps(c, g)) ? 1 : 0;
        }
        for (List<Range> g : goldCues) {
            cue.goldFound += predictedCues.stream().anyMatch(c -> overlaps(c, g)) ? 1 : 0;
        }
        BitSet predictedChars = new BitSet();
        BitSet goldChars = new BitSet();
        for (Quote q : predicted) {
            predictedChars.set(q.start(), q.end());
        }
        for (Attribution g : gold) {
            for (Range r : g.content()) {
                goldChars.set(r.start(), r.end());
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                predictedChars.clear(i);
                goldChars.clear(i);
            }
        }
        BitSet both = (BitSet) predictedChars.clone();
        both.and(goldChars);
        chars.predicted += predictedChars.cardinality();
        chars.gold += goldChars.cardinality();
        chars.predictedRight += both.cardinality();
        chars.goldFound += both.cardinality();
    }

    private static boolean sourceMatches(Quote q, Attribution g) {
        Span s = q.speakerSpan();
        if (g.source().isEmpty()) {
            return s == null;
        }
        return s != null && overlaps(new Range(s.start(), s.end()), g.source());
    }

    private static boolean overlaps(Range r, List<Range> ranges) {
        for (Range o : ranges) {
            if (r.overlaps(o)) {
                return true;
            }
        }
        return false;
    }
}
