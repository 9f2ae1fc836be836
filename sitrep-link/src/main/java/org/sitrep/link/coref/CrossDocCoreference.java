package org.sitrep.link.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves mentions of one kind across a collection of documents into chains: documents are clustered by topic
 * first, then within each document cluster the mentions are merged by average-link clustering on head agreement
 * plus sentence and document overlap (the score {@link CorefSettings} describes).
 */
public final class CrossDocCoreference {

    /** The chains, and the document clusters they were found in. */
    public record Result(List<List<Mention>> chains, Map<String, Integer> documentClusters) {
    }

    /**
     * Average-link clustering takes time cubic in a block's size; a document cluster with more mentions than this is
     * cut by head lemma first (mentions with different heads then never merge), then into pieces of this size in
     * input order, so that the cost of a large collection stays bounded.
     */
    static final int MAX_BLOCK = 1000;

    private final MentionHeads heads;
    private final CorefSettings settings;

    public CrossDocCoreference(MentionHeads heads, CorefSettings settings) {
        this.heads = heads;
        this.settings = settings;
    }

    public Result resolve(List<CorefDocument> documents, List<Mention> mentions) {
        TermVectors vectors = new TermVectors(documents);
        Map<String, Integer> documentClusters = DocumentClustering.cluster(documents, vectors,
                settings.documentThreshold());
        Map<String, CorefDocument> byId = new HashMap<>();
        Map<String, Map<String, Double>> documentVectors = new HashMap<>();
        for (CorefDocument document : documents) {
            byId.put(document.id(), document);
            documentVectors.put(document.id(), vectors.document(document));
        }
        for (Mention mention : mentions) {
            if (!byId.containsKey(mention.document())) {
                throw new IllegalArgumentException("mention " + mention.id() + " names unknown document " + mention.document());
            }
        }
        Map<Mention, Mention> antecedents = new PronounAntecedents(heads).find(mentions, byId);
        Map<Integer, List<Mention>> blocks = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            if (antecedents.containsKey(mention)) {
                continue;
            }
            blocks.computeIfAbsent(documentClusters.get(mention.document()), k -> new ArrayList<>()).add(mention);
        }
        List<List<Mention>> chains = new ArrayList<>();
        for (List<Mention> block : blocks.values()) {
            for (List<Mention> piece : bounded(block, byId)) {
                chains.addAll(resolveBlock(piece, byId, vectors, documentVectors));
            }
        }
        followAntecedents(chains, mentions, antecedents);
        return new Result(List.copyOf(chains), Map.copyOf(documentClusters));
    }

    /** Puts each pronoun that has an antecedent in its antecedent's chain, in input order. */
    private static void followAntecedents(List<List<Mention>> chains, List<Mention> mentions,
            Map<Mention, Mention> antecedents) {
        if (antecedents.isEmpty()) {
            return;
        }
        Map<Mention, List<Mention>> chainOf = new HashMap<>();
        for (List<Mention> chain : chains) {
            chain.forEach(m -> chainOf.put(m, chain));
        }
        for (Mention mention : mentions) {
            Mention antecedent = antecedents.get(mention);
            // an antecedent may itself have one ("he" → "the man" → "Jackson"); antecedents come earlier, so no cycle
            while (antecedent != null && !chainOf.containsKey(antecedent)) {
                antecedent = antecedents.get(antecedent);
            }
            if (antecedent != null) {
                chainOf.get(antecedent).add(mention);
            } else if (antecedents.containsKey(mention)) {
                List<Mention> alone = new ArrayList<>(List.of(mention));
                chains.add(alone);
                chainOf.put(mention, alone);
            }
        }
    }

    private List<List<Mention>> bounded(List<Mention> block, Map<String, CorefDocument> documents) {
        if (block.size() <= MAX_BLOCK) {
            return List.of(block);
        }
        Map<String, List<Mention>> byLemma = new LinkedHashMap<>();
        for (Mention mention : block) {
            byLemma.computeIfAbsent(heads.lemma(mention, documents.get(mention.document())), k -> new ArrayList<>())
                    .add(mention);
        }
        List<List<Mention>> pieces = new ArrayList<>();
        for (List<Mention> group : byLemma.values()) {
            for (int from = 0; from < group.size(); from += MAX_BLOCK) {
                pieces.add(group.subList(from, Math.min(group.size(), from + MAX_BLOCK)));
            }
        }
        return pieces;
    }

    private List<List<Mention>> resolveBlock(List<Mention> block, Map<String, CorefDocument> documents,
            TermVectors vectors, Map<String, Map<String, Double>> documentVectors) {
        int n = block.size();
        String[] lemma = new String[n];
        List<Map<String, Double>> context = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Mention mention = block.get(i);
            CorefDocument document = documents.get(mention.document());
            lemma[i] = heads.lemma(mention, document);
            context.add(vectors.context(document, mention));
        }
        Map<String, Double> documentOverlap = new HashMap<>();
        double[][] score = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double head = lemma[i].equals(lemma[j]) ? 1.0
                        : heads.words().related(lemma[i], lemma[j]) ? settings.relatedHead() : 0.0;
                double sentence = TermVectors.cosine(context.get(i), context.get(j));
                String a = block.get(i).document();
                String b = block.get(j).document();
                double doc = a.equals(b) ? 1.0 : documentOverlap.computeIfAbsent(a.compareTo(b) < 0 ? a + "\u0000" + b
                        : b + "\u0000" + a, k -> TermVectors.cosine(documentVectors.get(a), documentVectors.get(b)));
                double s = head + settings.sentenceWeight() * sentence + settings.documentWeight() * doc;
                score[i][j] = s;
                score[j][i] = s;
            }
        }
        int[] labels = AverageLinkClustering.cluster(score, settings.mentionThreshold());
        Map<Integer, List<Mention>> chains = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            chains.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(block.get(i));
        }
        return new ArrayList<>(chains.values());
    }
}
