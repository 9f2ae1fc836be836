package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.annotate.AnnotationContext;
import org.sitrep.annotate.entities.EntityAnnotator;
import org.sitrep.annotate.nlp.CoreNlpAnalyzer;
import org.sitrep.annotate.nlp.NlpDocument;
import org.sitrep.annotate.nlp.Sentence;
import org.sitrep.annotate.nlp.Token;
import org.sitrep.pipeline.ArticlePipeline;
import org.sitrep.pipeline.StageRegistry;
import org.sitrep.model.Article;
import org.sitrep.model.BodyText;
import org.sitrep.model.InputDocument;
import org.sitrep.model.Entity;
import org.sitrep.model.Span;

/**
 * Named-entity mentions on CoNLL-format data (wikigold): exact-span precision, recall and F1, typed
 * (PER, ORG, LOC, MISC) and untyped, for the entities stage and for CoreNLP's own tags it starts from,
 * so a repair rule that hurts shows up. sitrep's types map to CoNLL's: PERSON to PER, ORGANIZATION to
 * ORG, GPE, LOCATION and FACILITY to LOC, NORP and OTHER to MISC. CoNLL's MISC also holds works,
 * events and products, which neither system reads, so MISC recall is low for both. The documents of each half of the
 * {@link DevSplit} are scored apart too (a document's id is the file's name, '#' and its 0-based position in the file).
 */
public final class NerEvaluation implements Evaluation {

    /** A mention: character span of the rebuilt text and its CoNLL type. */
    record TypedMention(int start, int end, String type) {
    }

    /**
     * One document rebuilt from its tokens (joined by spaces, sentences by new lines) with its gold mentions.
     *
     * @param id its {@link DevSplit} id: CoNLL documents have none, so the file's name, '#' and the document's 0-based
     *           position in the file ({@code wikigold.conll.txt#0})
     */
    record Document(String id, String text, List<TypedMention> gold) {
    }

    @Override
    public String name() {
        return "ner";
    }

    @Override
    public String dataset() {
        return "ner/wikigold";
    }

    @Override
    public void run(Path data, int limit, PrintStream out) throws IOException {
        List<Document> docs = documents(data);
        if (limit > 0 && docs.size() > limit) {
            docs = docs.subList(0, limit);
        }
        Score corenlp = new Score();
        Score sitrep = new Score();
        Map<DevSplit.Half, Score[]> halves = new EnumMap<>(DevSplit.Half.class);
        Map<DevSplit.Half, Integer> halfDocs = new EnumMap<>(DevSplit.Half.class);
        EntityAnnotator annotator = new EntityAnnotator();
        WholeDocuments whole = new WholeDocuments();
        for (Document d : docs) {
            whole.add(d);
            NlpDocument nlp = CoreNlpAnalyzer.instance().apply(d.text());
            List<TypedMention> fromCoreNlp = coreNlpSpans(nlp);
            corenlp.add(d.gold(), fromCoreNlp);
            AnnotationContext context = new AnnotationContext(BodyText.contiguous(d.text(), 0), d.text(), text -> nlp);
            List<TypedMention> fromSitrep = sitrepSpans(annotator.read(context));
            sitrep.add(d.gold(), fromSitrep);
            DevSplit.Half half = DevSplit.of(d.id());
            Score[] h = halves.computeIfAbsent(half, k -> new Score[] {new Score(), new Score()});
            h[0].add(d.gold(), fromCoreNlp);
            h[1].add(d.gold(), fromSitrep);
            halfDocs.merge(half, 1, Integer::sum);
        }
        out.printf(Locale.ROOT, "ner on %s: %d documents, %d gold mentions (exact span match)%n", data, docs.size(),
                docs.stream().mapToInt(d -> d.gold().size()).sum());
        out.printf(Locale.ROOT, "%-24s %6s %6s %6s   %s%n", "", "P", "R", "F1", "F1 by type");
        corenlp.print(out, "corenlp 3-class tags");
        sitrep.print(out, "sitrep entities");
        whole.print(out);
        for (DevSplit.Half half : DevSplit.Half.values()) {
            Score[] h = halves.getOrDefault(half, new Score[] {new Score(), new Score()});
            out.printf(Locale.ROOT, "%s: sitrep entities P/R/F1 %s  untyped F1 %.3f  %s| corenlp 3-class tags P/R/F1 %s%n",
                    DevSplit.lineHead(half, halfDocs.getOrDefault(half, 0), "documents"), h[1].prf(), h[1].untypedF1(),
                    h[1].byTypeF1(), h[0].prf());
        }
    }

    /** The documents of every CoNLL file ({@code .txt}, {@code .conll}) in the folder, files in name order. */
    static List<Document> documents(Path data) throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".conll")).sorted().toList()) {
                docs.addAll(read(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8)));
            }
        }
        return docs;
    }

    /** The {@link DevSplit} ids of the folder's documents, in the order they are scored. */
    public static List<String> ids(Path data) throws IOException {
        return documents(data).stream().map(Document::id).toList();
    }

    /** The documents of one CoNLL file, with ids {@code file#0}, {@code file#1}, ... in file order. */
    static List<Document> read(String file, List<String> lines) {
        List<Document> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<TypedMention> gold = new ArrayList<>();
        String openType = null;
        int openStart = 0;
        int openEnd = 0;
        boolean newSentence = false;
        for (String line : lines) {
            String l = line.strip();
            if (l.startsWith("-DOCSTART-")) {
                if (openType != null) {
                    gold.add(new TypedMention(openStart, openEnd, openType));
                    openType = null;
                }
                if (!text.isEmpty()) {
                    docs.add(new Document(file + "#" + docs.size(), text.toString(), List.copyOf(gold)));
                }
                text.setLength(0);
                gold.clear();
                newSentence = false;
                continue;
            }
            if (l.isEmpty()) {
                newSentence = true;
                continue;
            }
            int space = l.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String word = l.substring(0, space);
            String tag = l.substring(space + 1);
            boolean sentenceStart = newSentence;
            if (!text.isEmpty()) {
                text.append(newSentence ? "\n" : " ");
            }
            newSentence = false;
            int start = text.length();
            text.append(word);
            String type = tag.equals("O") ? null : tag.substring(2);
            boolean begins = tag.startsWith("B-");
            if (openType != null && (type == null || !type.equals(openType) || begins || sentenceStart)) {
                gold.add(new TypedMention(openStart, openEnd, openType));
                openType = null;
            }
            if (type != null) {
                if (openType == null) {
                    openType = type;
                    openStart = start;
                }
                openEnd = text.length();
            }
        }
        if (openType != null) {
            gold.add(new TypedMention(openStart, openEnd, openType));
        }
        if (!text.isEmpty()) {
            docs.add(new Document(file + "#" + docs.size(), text.toString(), List.copyOf(gold)));
        }
        return docs;
    }

    static List<TypedMention> coreNlpSpans(NlpDocument nlp) {
        List<TypedMention> out = new ArrayList<>();
        for (Sentence s : nlp.sentences()) {
            String open = null;
            int start = 0;
            int end = 0;
            for (Token t : s.tokens()) {
                String type = conll(t.ner());
                if (open != null && !open.equals(type)) {
                    out.add(new TypedMention(start, end, open));
                    open = null;
                }
                if (type != null) {
                    if (open == null) {
                        open = type;
                        start = t.start();
                    }
                    end = t.end();
                }
            }
            if (open != null) {
                out.add(new TypedMention(start, end, open));
            }
        }
        return out;
    }

    private static String conll(String ner) {
        return switch (ner) {
            case "PERSON" -> "PER";
            case "ORGANIZATION" -> "ORG";
            case "LOCATION" -> "LOC";
            case "MISC" -> "MISC";
            default -> null;
        };
    }

    static List<TypedMention> sitrepSpans(List<Entity> entities) {
        List<TypedMention> out = new ArrayList<>();
        for (Entity e : entities) {
            String type = switch (e.type()) {
                case "PERSON" -> "PER";
                case "ORGANIZATION" -> "ORG";
                case "GPE", "LOCATION", "FACILITY" -> "LOC";
                default -> "MISC";
            };
            for (Span m : e.mentions()) {
                // "the minister" stands for a name but is no name
                if (!Character.isUpperCase(m.text().codePointAt(0)) || m.text().startsWith("The ") && !e.name().startsWith("The ")) {
                    continue;
                }
                out.add(new TypedMention(m.start(), m.end(), type));
            }
        }
        return out;
    }

    /**
     * The documents read as {@code sitrep annotate} reads them: through cleaning (which finds titles, datelines and
     * captions, and may set lines aside), then the entities and geo stages over the whole article. Scored over the
     * whole document and apart for the gold names outside the articles' bodies, which only whole-article reading finds.
     */
    static final class WholeDocuments {
        private final ArticlePipeline pipeline = new ArticlePipeline(StageRegistry.standard().resolve("entities,geo"));
        private final Score all = new Score();
        private final Score outside = new Score();
        private final Map<DevSplit.Half, Score> halves = new EnumMap<>(DevSplit.Half.class);
        private int goldOutside;
        private int gold;

        void add(Document d) {
            List<Article> articles = pipeline.run(new InputDocument(d.id(), null, "text", "text", d.text(), null, null, null));
            List<TypedMention> found = new ArrayList<>();
            List<Span> bodies = new ArrayList<>();
            for (Article a : articles) {
                found.addAll(sitrepSpans(a.entities()));
                bodies.add(a.bodySpan());
            }
            all.add(d.gold(), found);
            halves.computeIfAbsent(DevSplit.of(d.id()), k -> new Score()).add(d.gold(), found);
            List<TypedMention> goldOut = d.gold().stream().filter(m -> outside(m, bodies)).toList();
            outside.add(goldOut, found.stream().filter(m -> outside(m, bodies)).toList());
            goldOutside += goldOut.size();
            gold += d.gold().size();
        }

        private static boolean outside(TypedMention m, List<Span> bodies) {
            return bodies.stream().noneMatch(b -> b.start() <= m.start() && m.end() <= b.end());
        }

        void print(PrintStream out) {
            all.print(out, "sitrep annotate (whole)");
            outside.print(out, "  outside the body");
            out.printf(Locale.ROOT, "  (whole: each document read through cleaning as annotate reads it; %d of %d gold names "
                    + "lie outside the bodies cleaning found)%n", goldOutside, gold);
            for (DevSplit.Half half : DevSplit.Half.values()) {
                out.printf(Locale.ROOT, "  %s half: sitrep annotate (whole) P/R/F1 %s%n", half.name().toLowerCase(Locale.ROOT),
                        halves.getOrDefault(half, new Score()).prf());
            }
        }
    }

    /** Counts for typed and untyped exact matches. */
    static final class Score {
        private final Map<String, int[]> byType = new TreeMap<>();
        private int tp;
        private int fp;
        private int fn;
        private int untypedTp;

        void add(List<TypedMention> gold, List<TypedMention> found) {
            Set<TypedMention> g = new HashSet<>(gold);
            Set<TypedMention> f = new HashSet<>(found);
            Set<List<Integer>> gUntyped = new HashSet<>();
            gold.forEach(s -> gUntyped.add(List.of(s.start(), s.end())));
            for (TypedMention s : f) {
                int[] c = byType.computeIfAbsent(s.type(), k -> new int[3]);
                if (g.contains(s)) {
                    tp++;
                    c[0]++;
                } else {
                    fp++;
                    c[1]++;
                }
                if (gUntyped.contains(List.of(s.start(), s.end()))) {
                    untypedTp++;
                }
            }
            for (TypedMention s : g) {
                if (!f.contains(s)) {
                    fn++;
                    byType.computeIfAbsent(s.type(), k -> new int[3])[2]++;
                }
            }
        }

        void print(PrintStream out, String label) {
            out.printf(Locale.ROOT, "%-24s %6.3f %6.3f %6.3f   %s| untyped F1 %.3f%n", label, precision(), recall(),
                    f1(tp, fp, fn), byTypeF1(), untypedF1());
        }

        /** "PER 0.812  ORG 0.640  ..." */
        String byTypeF1() {
            StringBuilder types = new StringBuilder();
            for (var e : byType.entrySet()) {
                int[] c = e.getValue();
                types.append(String.format(Locale.ROOT, "%s %.3f  ", e.getKey(), f1(c[0], c[1], c[2])));
            }
            return types.toString();
        }

        /** "P/R/F1" as one word: {@code 0.712/0.650/0.680}. */
        String prf() {
            return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", precision(), recall(), f1(tp, fp, fn));
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double untypedF1() {
            return f1(untypedTp, tp + fp - untypedTp, tp + fn - untypedTp);
        }

        private static double f1(int tp, int fp, int fn) {
            return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }
}
