package org.lime4j.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The thresholds of a depth-3 classification tree grown on one column by information gain, the
 * way scikit-learn's {@code DecisionTreeClassifier(criterion="entropy", max_depth=3)} grows it:
 * values rounded to {@code float}, thresholds halfway between neighbouring distinct values, the
 * first best split kept on ties, pure nodes not split.
 */
final class EntropySplits {
    private static final int MAX_DEPTH = 3;
    /** Neighbouring values closer than this are one value, as in scikit-learn. */
    private static final double FEATURE_THRESHOLD = 1e-7;
    private static final double EPSILON = 1e-12;

    private final double[] x;
    private final int[] y;
    private final int classes;
    private final List<Double> thresholds = new ArrayList<>();

    private EntropySplits(double[] x, int[] y, int classes) {
        this.x = x;
        this.y = y;
        this.classes = classes;
    }

    /** Returns the tree's thresholds in ascending order; empty when the root is not split. */
    static double[] thresholds(double[] values, int[] labels) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] rounded = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = (float) values[i];
        }
        Arrays.sort(order, (a, b) -> Float.compare(rounded[a], rounded[b]));
        int[] distinct = Arrays.stream(labels).sorted().distinct().toArray();
        double[] x = new double[values.length];
        int[] y = new int[values.length];
        for (int i = 0; i < order.length; i++) {
            x[i] = rounded[order[i]];
            y[i] = Arrays.binarySearch(distinct, labels[order[i]]);
        }
        EntropySplits tree = new EntropySplits(x, y, distinct.length);
        tree.grow(0, x.length, 0);
        return tree.thresholds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private void grow(int start, int end, int depth) {
        int[] counts = new int[classes];
        for (int i = start; i < end; i++) {
            counts[y[i]]++;
        }
        if (depth >= MAX_DEPTH || end - start < 2 || entropy(counts, end - start) <= EPSILON) {
            return;
        }

        // Scan the split positions in value order, keeping the first best one.
        int[] left = new int[classes];
        int[] right = counts.clone();
        double best = Double.NEGATIVE_INFINITY;
        int bestPosition = -1;
        for (int p = start + 1; p < end; p++) {
            left[y[p - 1]]++;
            right[y[p - 1]]--;
            if (x[p] <= x[p - 1] + FEATURE_THRESHOLD) {
                continue;
            }
            int nLeft = p - start;
            int nRight = end - p;
            double proxy = -nLeft * entropy(left, nLeft) - nRight * entropy(right, nRight);
            if (proxy > best) {
                best = proxy;
                bestPosition = p;
            }
        }
        if (bestPosition < 0) {
            return;
        }

        double threshold = x[bestPosition - 1] / 2.0 + x[bestPosition] / 2.0;
        if (threshold == x[bestPosition] || Double.isInfinite(threshold)) {
            threshold = x[bestPosition - 1];
        }
        thresholds.add(threshold);
        grow(start, bestPosition, depth + 1);
        grow(bestPosition, end, depth + 1);
    }

    private static double entropy(int[] counts, int total) {
        double h = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = c / (double) total;
                h -= p * Math.log(p);
            }
        }
        return h;
    }
}
