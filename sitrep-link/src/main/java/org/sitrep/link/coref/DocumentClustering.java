package org.sitrep.link.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups documents that tell of the same happenings before any mention is compared, as strong cross-document
 * systems do: mentions in unrelated documents are never merged, whatever their words. Average-link clustering on
 * the cosine of the documents' TF-IDF vectors.
 */
final class DocumentClustering {

    /**
     * A document left alone, or in a small cluster, joins the larger cluster it is closest to on average when that
     * reaches this share of the threshold: a short report of a happening shares fewer words with the longer ones.
     */
    static final double LONER_SHARE = 0.5;

    /**
     * A cluster of this many documents or fewer is a fragment of a larger one when it is, on average, that close to
     * it: average linkage leaves the odd report whose words differ (a short update, a wire copy with other quotes)
     * in a cluster of its own or with one or two like it, and their mentions could then corefer with nothing.
     */
    static final int SMALL = 3;

    private DocumentClustering() {
    }

    static void attachLoners(int[] labels, double[][] similarity, double threshold) {
        int n = labels.length;
        int[] size = new int[n];
        for (int label : labels) {
            size[label]++;
        }
        int[] original = labels.clone();
        // a small cluster's documents join together, by the average over the whole small cluster
        Map<Integer, List<Integer>> small = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (size[original[i]] <= SMALL) {
                small.computeIfAbsent(original[i], k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : small.values()) {
            double[] sum = new double[n];
            for (int i : members) {
                for (int j = 0; j < n; j++) {
                    if (size[original[j]] > SMALL) {
                        sum[original[j]] += similarity[i][j];
                    }
                }
            }
            int best = -1;
            double bestAverage = threshold;
            for (int c = 0; c < n; c++) {
                double average = size[c] > SMALL ? sum[c] / ((double) size[c] * members.size()) : 0;
                if (size[c] > SMALL && average >= bestAverage) {
                    bestAverage = average;
                    best = c;
                }
            }
            if (best >= 0) {
                for (int i : members) {
                    labels[i] = best;
                }
            }
        }
    }

    /** Each document's cluster label, by document id. */
    static Map<String, Integer> cluster(List<CorefDocument> documents, TermVectors vectors, double threshold) {
        List<Map<String, Double>> vector = new ArrayList<>();
        for (CorefDocument document : documents) {
            vector.add(vectors.document(document));
        }
        int n = documents.size();
        double[][] similarity = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double cosine = TermVectors.cosine(vector.get(i), vector.get(j));
                similarity[i][j] = cosine;
                similarity[j][i] = cosine;
            }
        }
        int[] labels = AverageLinkClustering.cluster(similarity, threshold);
        attachLoners(labels, similarity, threshold * LONER_SHARE);
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byId.put(documents.get(i).id(), labels[i]);
        }
        return byId;
    }
}
