package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.eval.linking.CorefCorpus;
import org.sitrep.eval.linking.CorefMetrics;
import org.sitrep.eval.linking.EcbPlusReader;
import org.sitrep.eval.linking.GvcReader;
import org.sitrep.link.coref.CorefSettings;
import org.sitrep.link.coref.CrossDocCoreference;
import org.sitrep.link.coref.HeadWords;
import org.sitrep.link.coref.LemmaBaseline;
import org.sitrep.link.coref.Mention;
import org.sitrep.link.coref.MentionHeads;

/**
 * Scores cross-document coreference ({@code org.sitrep.link.coref}) on {@code ../shared/data/linking/}: ECB+ val
 * events and entities (from the XML, validated sentences only) and GVC dev events. The conventions, stated with
 * every figure: gold mentions in; events and entities scored apart; all documents of a set scored as one
 * meta-document (cross-document links count); singletons included; topics predicted (no gold topic or incident
 * is given to any system). Metrics: MUC, B³, CEAF-e F1, their mean (CoNLL F1) and LEA F1.
 *
 * <p>Beside sitrep, the same-head-lemma baseline with the same head finder and lemmatiser, over the whole set and
 * within sitrep's document clusters. The split: a document's id for {@link DevSplit} is its topic (ECB+'s topic
 * number, "12") or incident (GVC's incident id, "146565"), so that one topic never straddles the halves; each
 * half is resolved and scored on its own. {@code -Dsitrep.linking.sweep=true} searches the settings on the
 * tuning half only and prints the best.
 */
public final class LinkingEvaluation implements Evaluation {

    @Override
    public String name() {
        return "linking";
    }

    @Override
    public String dataset() {
        return "linking";
    }

    @Override
    public void run(Path data, int limit, PrintStream out) throws Exception {
        Path ecb = data.resolve("ecbplus");
        Path gvc = data.resolve("gvc");
        if (!Files.isDirectory(ecb) && !Files.isDirectory(gvc)) {
            throw new IOException("no ecbplus/ or gvc/ under " + data);
        }
        MentionHeads heads = new MentionHeads(HeadWords.load());
        out.println("Cross-document coreference: gold mentions; events and entities apart; each set (and each half) one"
                + " meta-document; singletons included; topics predicted. F1 in %.");
        boolean sweep = Boolean.getBoolean("sitrep.linking.sweep");
        if (Files.isDirectory(ecb)) {
            CorefCorpus corpus = EcbPlusReader.read(ecb, "val").limit(limit);
            report(corpus.ofKind(Mention.Kind.EVENT), "ECB+ val events", Mention.Kind.EVENT, heads, sweep, out);
            report(corpus.ofKind(Mention.Kind.ENTITY), "ECB+ val entities", Mention.Kind.ENTITY, heads, sweep, out);
        }
        if (Files.isDirectory(gvc)) {
            report(GvcReader.read(gvc).limit(limit), "GVC dev events", Mention.Kind.EVENT, heads, sweep, out);
        }
    }

    private static void report(CorefCorpus corpus, String title, Mention.Kind kind, MentionHeads heads, boolean sweep,
            PrintStream out) {
        CorefSettings settings = CorefSettings.defaults(kind);
        out.printf(Locale.ROOT, "%n%s: %d mentions, %d gold chains, %d documents, %d topics%n", title,
                corpus.mentions().size(), corpus.goldChains().size(), corpus.documents().size(), corpus.topics());
        out.printf(Locale.ROOT, "  %-40s %6s %6s %6s %6s %6s%n", "", "MUC", "B3", "CEAF-e", "CoNLL", "LEA");
        table(corpus, settings, heads, "  ", out);
        for (DevSplit.Half half : DevSplit.Half.values()) {
            CorefCorpus part = corpus.ofTopics(topic -> DevSplit.of(topic) == half);
            out.println(DevSplit.lineHead(half, (int) part.topics(), "topics") + ": " + part.mentions().size()
                    + " mentions, " + part.goldChains().size() + " gold chains, " + part.documents().size() + " documents");
            table(part, settings, heads, "  ", out);
        }
        if (sweep) {
            sweep(corpus.ofTopics(topic -> DevSplit.of(topic) == DevSplit.Half.TUNING), settings, heads, out);
        }
    }

    private static void table(CorefCorpus corpus, CorefSettings settings, MentionHeads heads, String indent,
            PrintStream out) {
        if (corpus.mentions().isEmpty()) {
            return;
        }
        List<Set<String>> gold = corpus.goldChains();
        LemmaBaseline baseline = new LemmaBaseline(heads);
        CrossDocCoreference.Result sitrep = new CrossDocCoreference(heads, settings)
                .resolve(corpus.documents(), corpus.plainMentions());
        Map<String, Integer> clusters = sitrep.documentClusters();
        out.println(indent + "document clusters: " + clusters.values().stream().distinct().count() + " (gold topics: "
                + corpus.topics() + ")");
        if (Boolean.getBoolean("sitrep.linking.debug")) {
            Map<Integer, List<String>> members = new java.util.TreeMap<>();
            clusters.forEach((doc, c) -> members.computeIfAbsent(c, k -> new ArrayList<>()).add(doc));
            members.forEach((c, docs) -> out.println(indent + "  cluster " + c + ": " + docs.stream().sorted().toList()));
        }
        row(indent + "lemma baseline, whole set", CorefMetrics.score(gold,
                ids(baseline.cluster(corpus.documents(), corpus.plainMentions(), m -> ""))), out);
        row(indent + "lemma baseline, sitrep's document clusters", CorefMetrics.score(gold,
                ids(baseline.cluster(corpus.documents(), corpus.plainMentions(),
                        m -> String.valueOf(clusters.get(m.document()))))), out);
        row(indent + "sitrep", CorefMetrics.score(gold, ids(sitrep.chains())), out);
    }

    private static void sweep(CorefCorpus tuning, CorefSettings base, MentionHeads heads, PrintStream out) {
        List<Set<String>> gold = tuning.goldChains();
        record Trial(CorefSettings settings, CorefMetrics.Scores scores) {
        }
        List<Trial> trials = new ArrayList<>();
        for (double documents : new double[] {0.1, 0.15}) {
            for (double related : new double[] {0.3, 0.6, 0.9}) {
                for (double sentence : new double[] {0.0, 0.3}) {
                    for (double document : new double[] {0.5, 1.0, 1.5}) {
                        for (double threshold : new double[] {1.0, 1.1, 1.2}) {
                            CorefSettings s = new CorefSettings(documents, related, sentence, document, threshold);
                            trials.add(new Trial(s, CorefMetrics.score(gold, ids(new CrossDocCoreference(heads, s)
                                    .resolve(tuning.documents(), tuning.plainMentions()).chains()))));
                        }
                    }
                }
            }
        }
        trials.sort(Comparator.comparingDouble((Trial t) -> -t.scores().conll()));
        out.println("  sweep on the tuning half, best settings by CoNLL F1 (defaults: " + base + "):");
        for (Trial trial : trials.subList(0, Math.min(8, trials.size()))) {
            row("    " + trial.settings(), trial.scores(), out);
        }
    }

    private static void row(String label, CorefMetrics.Scores scores, PrintStream out) {
        out.printf(Locale.ROOT, "%-42s %6.1f %6.1f %6.1f %6.1f %6.1f%n", label, 100 * scores.muc().f1(),
                100 * scores.bCubed().f1(), 100 * scores.ceafE().f1(), 100 * scores.conll(), 100 * scores.lea().f1());
    }

    private static List<Set<String>> ids(List<List<Mention>> chains) {
        List<Set<String>> sets = new ArrayList<>();
        for (List<Mention> chain : chains) {
            Set<String> ids = new LinkedHashSet<>();
            chain.forEach(m -> ids.add(m.id()));
            sets.add(ids);
        }
        return sets;
    }
}
