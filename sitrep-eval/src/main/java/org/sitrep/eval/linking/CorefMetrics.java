package org.sitrep.eval.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

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

    /** MUC: each cluster's links the other side keeps, |k| − |p(k)| (a mention it lacks is a part of its own). */
    public static Prf muc(List<Set<String>> key, List<Set<String>> response) {
        return bothWays(key, response, (cluster, overlaps, other) -> sum(overlaps) - overlaps.size(), cluster -> cluster.size() - 1);
    }

    /** B³: each mention's share of its cluster that the other side puts with it, Σ_r |k∩r|²/|k| per cluster. */
    public static Prf bCubed(List<Set<String>> key, List<Set<String>> response) {
        return bothWays(key, response, (cluster, overlaps, other) -> {
            long squares = 0;
            for (int overlap : overlaps.values()) {
                squares += (long) overlap * overlap;
            }
            return (double) squares / cluster.size();
        }, Set::size);
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

    /** LEA: each cluster weighted by its size, resolved by the share of its links (a singleton's self link) kept. */
    public static Prf lea(List<Set<String>> key, List<Set<String>> response) {
        return bothWays(key, response, (cluster, overlaps, other) -> {
            if (cluster.size() == 1) {
                return overlaps.keySet().stream().anyMatch(part -> other.get(part).size() == 1) ? 1 : 0;
            }
            double kept = 0;
            for (int overlap : overlaps.values()) {
                kept += links(overlap);
            }
            return cluster.size() * (kept / links(cluster.size()));
        }, Set::size);
    }

    /** What one cluster of the side scored adds to the numerator, given the clusters of the other side it overlaps. */
    @FunctionalInterface
    private interface Credit {
        /**
         * @param overlaps how many of the cluster's mentions each cluster of the other side (by index) holds
         * @param other    the other side's clusters
         */
        double of(Set<String> cluster, Map<Integer, Integer> overlaps, List<Set<String>> other);
    }

    /**
     * A metric summed over clusters: its recall with the key as the side scored against the response, its precision
     * the other way round; each cluster adds its credit to the numerator and its weight to the denominator.
     */
    private static Prf bothWays(List<Set<String>> key, List<Set<String>> response, Credit credit,
            ToIntFunction<Set<String>> weight) {
        double[] recall = side(key, response, credit, weight);
        double[] precision = side(response, key, credit, weight);
        return Prf.of(recall[0], recall[1], precision[0], precision[1]);
    }

    private static double[] side(List<Set<String>> scored, List<Set<String>> other, Credit credit, ToIntFunction<Set<String>> weight) {
        Map<String, Integer> clusterOf = index(other);
        double numerator = 0;
        double denominator = 0;
        for (Set<String> cluster : scored) {
            numerator += credit.of(cluster, overlaps(cluster, clusterOf), other);
            denominator += weight.applyAsInt(cluster);
        }
        return new double[] {numerator, denominator};
    }

    private static int sum(Map<Integer, Integer> overlaps) {
        int total = 0;
        for (int overlap : overlaps.values()) {
            total += overlap;
        }
        return total;
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
