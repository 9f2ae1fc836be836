package org.sitrep.eval.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coreference metrics of the field, over a key (gold) and a response (system) partition of mentions, each a
 * list of clusters of mention ids. Mentions the other side lacks count as they do in the reference scorer (Pradhan
 * et al. 2014): they are singletons of their own for MUC's partitions and count nothing in B³'s overlaps.
 * <ul>
 *   <li>MUC (Vilain et al. 1995): links; recall Σ(|k| − |p(k)|) / Σ(|k| − 1), p(k) the parts the response cuts k into;</li>
 *   <li>B³ (Bagga and Baldwin 1998): per mention; recall Σ_k Σ_r |k∩r|²/|k| over the key's mentions;</li>
 *   <li>CEAF-e (Luo 2005, φ4): the best one-to-one alignment of entities by 2|k∩r|/(|k|+|r|), over the key's
 *       and the response's entity counts;</li>
 *   <li>LEA (Moosavi and Strube 2016): each entity weighted by its size, resolved by the share of its links the
 *       other side keeps; a singleton's one "self link" is kept when the other side has it as a singleton too;</li>
 *   <li>CoNLL F1: the mean of MUC, B³ and CEAF-e F1.</li>
 * </ul>
 */
public final class CorefMetrics {

    /** The four metrics for one key and response. */
    public record Scores(Prf muc, Prf bCubed, Prf ceafE, Prf lea) {
        public double conll() {
            return (muc.f1() + bCubed.f1() + ceafE.f1()) / 3;
        }
    }

    private CorefMetrics() {
    }

    public static Scores score(List<Set<String>> key, List<Set<String>> response) {
        return new Scores(muc(key, response), bCubed(key, response), ceafE(key, response), lea(key, response));
    }

    public static Prf muc(List<Set<String>> key, List<Set<String>> response) {
        double[] recall = mucSide(key, response);
        double[] precision = mucSide(response, key);
        return Prf.of(recall[0], recall[1], precision[0], precision[1]);
    }

    private static double[] mucSide(List<Set<String>> gold, List<Set<String>> other) {
        Map<String, Integer> clusterOf = index(other);
        double numerator = 0;
        double denominator = 0;
        for (Set<String> cluster : gold) {
            Set<Integer> parts = new java.util.HashSet<>();
            int unmatched = 0;
            for (String mention : cluster) {
                Integer part = clusterOf.get(mention);
                if (part == null) {
                    unmatched++;
                } else {
                    parts.add(part);
                }
            }
            numerator += cluster.size() - (parts.size() + unmatched);
            denominator += cluster.size() - 1;
        }
        return new double[] {numerator, denominator};
    }

    public static Prf bCubed(List<Set<String>> key, List<Set<String>> response) {
        double[] recall = bCubedSide(key, response);
        double[] precision = bCubedSide(response, key);
        return Prf.of(recall[0], recall[1], precision[0], precision[1]);
    }

    private static double[] bCubedSide(List<Set<String>> gold, List<Set<String>> other) {
        Map<String, Integer> clusterOf = index(other);
        double numerator = 0;
        double mentions = 0;
        for (Set<String> cluster : gold) {
            Map<Integer, Integer> overlaps = overlaps(cluster, clusterOf);
            for (int overlap : overlaps.values()) {
                numerator += (double) overlap * overlap / cluster.size();
            }
            mentions += cluster.size();
        }
        return new double[] {numerator, mentions};
    }

    public static Prf ceafE(List<Set<String>> key, List<Set<String>> response) {
        Map<String, Integer> responseOf = index(response);
        // the alignment splits into the connected parts of the overlap graph; each part is aligned alone
        int k = key.size();
        int[] parent = new int[k + response.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < k; i++) {
            for (int r : overlaps(key.get(i), responseOf).keySet()) {
                union(parent, i, k + r);
            }
        }
        Map<Integer, List<Integer>> keysOfPart = new HashMap<>();
        Map<Integer, List<Integer>> responsesOfPart = new HashMap<>();
        for (int i = 0; i < k; i++) {
            keysOfPart.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
        }
        for (int r = 0; r < response.size(); r++) {
            responsesOfPart.computeIfAbsent(find(parent, k + r), x -> new ArrayList<>()).add(r);
        }
        double total = 0;
        for (Map.Entry<Integer, List<Integer>> part : keysOfPart.entrySet()) {
            List<Integer> keys = part.getValue();
            List<Integer> responses = responsesOfPart.getOrDefault(part.getKey(), List.of());
            if (responses.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> column = new HashMap<>();
            for (int c = 0; c < responses.size(); c++) {
                column.put(responses.get(c), c);
            }
            double[][] similarity = new double[keys.size()][responses.size()];
            for (int row = 0; row < keys.size(); row++) {
                Set<String> cluster = key.get(keys.get(row));
                for (Map.Entry<Integer, Integer> e : overlaps(cluster, responseOf).entrySet()) {
                    similarity[row][column.get(e.getKey())] = 2.0 * e.getValue()
                            / (cluster.size() + response.get(e.getKey()).size());
                }
            }
            total += Assignment.maximum(similarity);
        }
        return Prf.of(total, key.size(), total, response.size());
    }

    public static Prf lea(List<Set<String>> key, List<Set<String>> response) {
        double[] recall = leaSide(key, response);
        double[] precision = leaSide(response, key);
        return Prf.of(recall[0], recall[1], precision[0], precision[1]);
    }

    private static double[] leaSide(List<Set<String>> gold, List<Set<String>> other) {
        Map<String, Integer> clusterOf = index(other);
        double numerator = 0;
        double denominator = 0;
        for (Set<String> cluster : gold) {
            double resolution;
            if (cluster.size() == 1) {
                Integer part = clusterOf.get(cluster.iterator().next());
                resolution = part != null && other.get(part).size() == 1 ? 1 : 0;
            } else {
                double kept = 0;
                for (int overlap : overlaps(cluster, clusterOf).values()) {
                    kept += links(overlap);
                }
                resolution = kept / links(cluster.size());
            }
            numerator += cluster.size() * resolution;
            denominator += cluster.size();
        }
        return new double[] {numerator, denominator};
    }

    private static double links(int size) {
        return size * (size - 1) / 2.0;
    }

    private static Map<String, Integer> index(List<Set<String>> clusters) {
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String mention : clusters.get(i)) {
                clusterOf.put(mention, i);
            }
        }
        return clusterOf;
    }

    private static Map<Integer, Integer> overlaps(Set<String> cluster, Map<String, Integer> clusterOf) {
        Map<Integer, Integer> overlaps = new HashMap<>();
        for (String mention : cluster) {
            Integer other = clusterOf.get(mention);
            if (other != null) {
                overlaps.merge(other, 1, Integer::sum);
            }
        }
        return overlaps;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
