package org.sitrep.link.coref;

/**
 * Agglomerative clustering with average linkage: start from singletons and merge the two clusters with the highest
 * average pairwise similarity while that average reaches the threshold. Quadratic memory and cubic time in the
 * number of items, so callers cluster blocks (documents of one topic, mentions of one document cluster).
 */
final class AverageLinkClustering {

    private AverageLinkClustering() {
    }

    /**
     * Clusters items given their symmetric similarity matrix.
     *
     * @return each item's cluster label, 0-based and dense, in order of first appearance
     */
    static int[] cluster(double[][] similarity, double threshold) {
        int n = similarity.length;
        double[][] sum = new double[n][];
        for (int i = 0; i < n; i++) {
            sum[i] = similarity[i].clone();
        }
        int[] size = new int[n];
        int[] parent = new int[n];
        boolean[] alive = new boolean[n];
        for (int i = 0; i < n; i++) {
            size[i] = 1;
            parent[i] = i;
            alive[i] = true;
        }
        while (true) {
            int bestI = -1;
            int bestJ = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) {
                    continue;
                }
                double[] row = sum[i];
                for (int j = i + 1; j < n; j++) {
                    if (alive[j]) {
                        double average = row[j] / ((double) size[i] * size[j]);
                        if (average > best) {
                            best = average;
                            bestI = i;
                            bestJ = j;
                        }
                    }
                }
            }
            if (bestI < 0 || best < threshold) {
                break;
            }
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != bestI && k != bestJ) {
                    sum[bestI][k] += sum[bestJ][k];
                    sum[k][bestI] = sum[bestI][k];
                }
            }
            size[bestI] += size[bestJ];
            alive[bestJ] = false;
            parent[bestJ] = bestI;
        }
        int[] labels = new int[n];
        int[] labelOfRoot = new int[n];
        java.util.Arrays.fill(labelOfRoot, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            if (labelOfRoot[root] < 0) {
                labelOfRoot[root] = next++;
            }
            labels[i] = labelOfRoot[root];
        }
        return labels;
    }
}
