package org.sitrep.eval.linking;

/**
 * The best one-to-one assignment of rows to columns (Kuhn-Munkres, the Hungarian method with potentials,
 * O(n² m)), which CEAF needs to align key and response entities.
 */
final class Assignment {

    private Assignment() {
    }

    /** The largest total similarity of a one-to-one matching of rows to columns (either may be left over). */
    static double maximum(double[][] similarity) {
        int rows = similarity.length;
        if (rows == 0) {
            return 0;
        }
        int columns = similarity[0].length;
        if (columns == 0) {
            return 0;
        }
        // the method wants rows <= columns; transpose otherwise
        if (rows > columns) {
            double[][] t = new double[columns][rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    t[j][i] = similarity[i][j];
                }
            }
            return maximum(t);
        }
        int n = rows;
        int m = columns;
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] matchOfColumn = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            matchOfColumn[0] = i;
            int column = 0;
            double[] minimum = new double[m + 1];
            boolean[] used = new boolean[m + 1];
            java.util.Arrays.fill(minimum, Double.POSITIVE_INFINITY);
            do {
                used[column] = true;
                int row = matchOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cost = -similarity[row - 1][j - 1] - u[row] - v[j];
                        if (cost < minimum[j]) {
                            minimum[j] = cost;
                            way[j] = column;
                        }
                        if (minimum[j] < delta) {
                            delta = minimum[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[matchOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minimum[j] -= delta;
                    }
                }
                column = next;
            } while (matchOfColumn[column] != 0);
            do {
                int previous = way[column];
                matchOfColumn[column] = matchOfColumn[previous];
                column = previous;
            } while (column != 0);
        }
        double total = 0;
        for (int j = 1; j <= m; j++) {
            if (matchOfColumn[j] != 0) {
                total += similarity[matchOfColumn[j] - 1][j - 1];
            }
        }
        return total;
    }
}
