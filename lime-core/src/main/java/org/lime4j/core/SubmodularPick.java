package org.lime4j.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses a few explanations that together cover the features that matter most across a data
 * set: the submodular pick of Ribeiro, Singh and Guestrin (KDD 2016, section 4).
 *
 * <p>Each feature's global importance is {@code I_j = sqrt(Σ_i |W_ij|)} over the explanations
 * {@code i}, where {@code W_ij} is feature {@code j}'s weight for the chosen label. The pick then
 * adds, one at a time, the explanation that most increases the coverage
 * {@code Σ_j I_j · [j has a nonzero weight in a picked explanation]}; ties go to the lower index.
 * Stateless and thread-safe.
 */
public final class SubmodularPick {
    private SubmodularPick() {}

    /**
     * Picks up to {@code budget} explanations.
     *
     * @param explanations explanations of different instances by one explainer, so feature
     *     indices mean the same thing in all of them
     * @param label the label whose weights count
     * @param budget the maximum number of explanations to pick, at least 1
     * @return the indices of the picked explanations, in the order picked
     * @throws IllegalArgumentException if the budget is below 1 or an explanation lacks the label
     */
    public static List<Integer> pick(List<Explanation> explanations, int label, int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be at least 1, got " + budget);
        }
        int features = 0;
        for (Explanation explanation : explanations) {
            features = Math.max(features, explanation.features().size());
        }
        double[][] weights = new double[explanations.size()][features];
        double[] importance = new double[features];
        for (int i = 0; i < explanations.size(); i++) {
            for (FeatureWeight weight : explanations.get(i).label(label).weights()) {
                weights[i][weight.feature()] = weight.weight();
                importance[weight.feature()] += Math.abs(weight.weight());
            }
        }
        for (int j = 0; j < features; j++) {
            importance[j] = Math.sqrt(importance[j]);
        }
        boolean[] covered = new boolean[features];
        boolean[] picked = new boolean[explanations.size()];
        List<Integer> order = new ArrayList<>();
        while (order.size() < Math.min(budget, explanations.size())) {
            int best = -1;
            double bestGain = -1;
            for (int i = 0; i < explanations.size(); i++) {
                if (picked[i]) {
                    continue;
                }
                double gain = 0;
                for (int j = 0; j < features; j++) {
                    if (!covered[j] && weights[i][j] != 0) {
                        gain += importance[j];
                    }
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    best = i;
                }
            }
            picked[best] = true;
            order.add(best);
            for (int j = 0; j < features; j++) {
                covered[j] |= weights[best][j] != 0;
            }
        }
        return order;
    }
}
