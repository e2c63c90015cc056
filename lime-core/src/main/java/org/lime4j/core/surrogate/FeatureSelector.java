package org.lime4j.core.surrogate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.lime4j.core.FeatureSelection;

/**
 * Chooses the features of a surrogate by the methods of the Python {@code lime} package 0.2.0.1,
 * computed from a {@link WeightedDesign} instead of the samples themselves.
 *
 * <p>Only usable features take part: a feature whose weighted variance over the samples is zero
 * cannot explain anything, so it is never selected and does not count towards the requested
 * number. Stateless and thread-safe.
 */
public final class FeatureSelector {
    /** The ridge penalty {@code highest_weights} ranks features with. */
    static final double HIGHEST_WEIGHTS_ALPHA = 0.01;

    private FeatureSelector() {}

    /**
     * Returns the features whose weighted variance is not zero, in index order.
     *
     * @param design the weighted statistics
     * @return the usable feature indices
     */
    public static int[] usableFeatures(WeightedDesign design) {
        int d = design.features();
        int[] usable = new int[d];
        int count = 0;
        for (int j = 0; j < d; j++) {
            double mean = design.featureMean(j);
            double tolerance = 1e-10 * design.sumWeights() * (1.0 + mean * mean);
            if (design.gram(j, j) > tolerance) {
                usable[count++] = j;
            }
        }
        return Arrays.copyOf(usable, count);
    }

    /**
     * Selects features for one output column.
     *
     * @param design the weighted statistics
     * @param label the output column
     * @param method the method, already resolved from {@link FeatureSelection#AUTO}
     * @param numFeatures the requested number, clamped to the usable features
     * @param usable the usable features, from {@link #usableFeatures}
     * @return the selected features, in the order the method chose them
     */
    public static int[] select(WeightedDesign design, int label, FeatureSelection method,
            int numFeatures, int[] usable) {
        int k = Math.min(numFeatures, usable.length);
        switch (method) {
            case NONE:
                return usable.clone();
            case FORWARD_SELECTION:
                return forwardSelection(design, label, usable, k);
            case HIGHEST_WEIGHTS:
                return highestWeights(design, label, usable, k);
            case LASSO_PATH:
                return LassoPath.select(design, label, usable, k);
            case AUTO:
                return select(design, label, method.resolve(numFeatures), numFeatures, usable);
            default:
                throw new IllegalArgumentException("unknown feature selection " + method);
        }
    }

    private static int[] forwardSelection(WeightedDesign design, int label, int[] usable, int k) {
        int[] chosen = new int[0];
        boolean[] used = new boolean[design.features()];
        for (int step = 0; step < k; step++) {
            double best = Double.NEGATIVE_INFINITY;
            int bestFeature = -1;
            int[] candidate = Arrays.copyOf(chosen, chosen.length + 1);
            for (int feature : usable) {
                if (used[feature]) {
                    continue;
                }
                candidate[chosen.length] = feature;
                double score = RidgeFit.fit(design, label, candidate, 0.0).score();
                if (score > best) {
                    best = score;
                    bestFeature = feature;
                }
            }
            used[bestFeature] = true;
            candidate[chosen.length] = bestFeature;
            chosen = candidate;
        }
        return chosen;
    }

    private static int[] highestWeights(WeightedDesign design, int label, int[] usable, int k) {
        double[] coefficients = design.ridgeCoefficients(label, usable, HIGHEST_WEIGHTS_ALPHA);
        List<Integer> order = new ArrayList<>(usable.length);
        double[] score = new double[usable.length];
        for (int a = 0; a < usable.length; a++) {
            order.add(a);
            score[a] = Math.abs(coefficients[a] * design.instanceValue(usable[a]));
        }
        // List.sort is stable, so equal scores keep index order as Python's sorted does.
        order.sort(Comparator.comparingDouble((Integer a) -> score[a]).reversed());
        int[] chosen = new int[k];
        for (int a = 0; a < k; a++) {
            chosen[a] = usable[order.get(a)];
        }
        return chosen;
    }
}
