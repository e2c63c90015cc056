package org.lime4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The breast cancer data narrowed or widened to any number of columns, for the scaling
 * benchmarks over the feature count.
 *
 * <p>With {@code d <= 30} the data is the first {@code d} columns. With more, column {@code j}
 * copies source column {@code j mod 30}; copy {@code k = j / 30} (k at least 1) takes its values
 * from a fixed permutation of the rows (seed {@code k}), so a copy has the distribution of its
 * source but is not collinear with it. Immutable.
 */
final class WideData {
    private WideData() {}

    /** Returns the source column of column {@code j}. */
    static int sourceColumn(int j) {
        return j % BreastCancer.COLUMNS;
    }

    /** Returns how many of the first {@code columns} columns copy {@code source}. */
    static int copies(int source, int columns) {
        int full = columns / BreastCancer.COLUMNS;
        return full + (source < columns % BreastCancer.COLUMNS ? 1 : 0);
    }

    /** Returns the 569 rows with {@code columns} columns. */
    static double[][] rows(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
        double[][] source = BreastCancer.rows();
        int n = source.length;
        int[][] permutations = new int[(columns - 1) / BreastCancer.COLUMNS + 1][];
        for (int k = 0; k < permutations.length; k++) {
            permutations[k] = k == 0 ? identity(n) : permutation(n, k);
        }
        double[][] rows = new double[n][columns];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < columns; j++) {
                int copy = j / BreastCancer.COLUMNS;
                rows[i][j] = source[permutations[copy][i]][sourceColumn(j)];
            }
        }
        return rows;
    }

    /** Returns the column names: the source name, with {@code " #k"} appended for copy k. */
    static List<String> names(int columns) {
        List<String> names = new ArrayList<>(columns);
        for (int j = 0; j < columns; j++) {
            String base = BreastCancer.NAMES.get(sourceColumn(j));
            int copy = j / BreastCancer.COLUMNS;
            names.add(copy == 0 ? base : base + " #" + copy);
        }
        return names;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    private static int[] permutation(int n, long seed) {
        int[] p = identity(n);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }
}
