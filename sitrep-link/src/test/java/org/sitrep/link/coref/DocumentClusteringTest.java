package org.sitrep.link.coref;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The rule that joins fragments of a story back to it: a cluster of at most {@link DocumentClustering#SMALL}
 * documents joins the larger cluster closest to it on average, when that average reaches the threshold given.
 */
class DocumentClusteringTest {

    /** Documents 0-3 and 4-7 are two stories; 8-9 a pair of short updates of the first; 10 an unrelated report. */
    private static double[][] similarity() {
        int n = 11;
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean firstStory = i < 4 && j < 4;
                boolean secondStory = i >= 4 && i < 8 && j >= 4 && j < 8;
                boolean pair = i >= 8 && i < 10 && j >= 8 && j < 10;
                boolean updateOfFirst = i < 4 && j >= 8 && j < 10 || j < 4 && i >= 8 && i < 10;
                boolean updateOfSecond = i >= 4 && i < 8 && j >= 8 && j < 10 || j >= 4 && j < 8 && i >= 8 && i < 10;
                s[i][j] = i == j ? 1 : firstStory || secondStory ? 0.4 : pair ? 0.3 : updateOfFirst ? 0.12
                        : updateOfSecond ? 0.05 : 0.02;
            }
        }
        return s;
    }

    @Test
    void aSmallClusterJoinsTheLargerClusterItIsClosestTo() {
        int[] labels = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3};

        DocumentClustering.attachLoners(labels, similarity(), 0.1);

        assertThat(labels).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 3);
    }

    @Test
    void aSmallClusterNotCloseEnoughStaysApart() {
        int[] labels = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3};

        DocumentClustering.attachLoners(labels, similarity(), 0.15);

        assertThat(labels).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3);
    }
}
