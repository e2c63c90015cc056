package org.lime4j.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * How much an explanation changes when only its seed changes: the same explanation is computed
 * with several seeds and the selected features and weights are compared. Immutable.
 *
 * <p>LIME's surrogate is fitted on random samples, so two seeds can select different features.
 * A mean Jaccard index near 1 and small weight deviations relative to the weights mean that the
 * explanation is a property of the model, not of the sample.
 *
 * @param label the label compared
 * @param seeds the seeds used, in order
 * @param meanJaccard the mean Jaccard index of the selected feature sets over all pairs of seeds
 * @param signAgreement the fraction of (feature, seed) pairs whose weight has the sign of the
 *     feature's mean weight, over features selected at least once
 * @param features per feature selected by any seed: its description, mean weight, standard
 *     deviation (0 for a weight absent under a seed) and the fraction of seeds that selected it
 */
public record Stability(
        int label,
        List<Long> seeds,
        double meanJaccard,
        double signAgreement,
        List<FeatureStability> features) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a list is null
     */
    public Stability {
        seeds = List.copyOf(seeds);
        features = List.copyOf(features);
    }

    /**
     * The spread of one feature's weight over the seeds.
     *
     * @param feature the feature index
     * @param description the feature's description
     * @param meanWeight the mean weight, counting 0 for seeds that did not select it
     * @param standardDeviation the population standard deviation of the weight
     * @param selectedFraction the fraction of seeds that selected the feature
     */
    public record FeatureStability(
            int feature, String description, double meanWeight, double standardDeviation,
            double selectedFraction) {}

    /**
     * Explains once per seed and compares the results for one label.
     *
     * @param explain computes the explanation for a seed, with every other input fixed
     * @param label the label to compare
     * @param seeds at least two seeds
     * @return the comparison
     * @throws IllegalArgumentException if fewer than two seeds are given
     */
    public static Stability assess(LongFunction<Explanation> explain, int label, long... seeds) {
        Objects.requireNonNull(explain, "explain");
        if (seeds.length < 2) {
            throw new IllegalArgumentException(
                    "stability needs at least two seeds, got " + seeds.length);
        }
        List<Explanation> runs = new ArrayList<>();
        for (long seed : seeds) {
            runs.add(explain.apply(seed));
        }
        return compare(runs, label);
    }

    /**
     * Compares explanations of the same instance that differ only in their seed.
     *
     * @param runs at least two explanations
     * @param label the label to compare
     * @return the comparison
     * @throws IllegalArgumentException if fewer than two explanations are given or one of them
     *     lacks the label
     */
    public static Stability compare(List<Explanation> runs, int label) {
        if (runs.size() < 2) {
            throw new IllegalArgumentException(
                    "stability needs at least two explanations, got " + runs.size());
        }
        List<Set<Integer>> selected = new ArrayList<>();
        Map<Integer, double[]> weights = new LinkedHashMap<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        for (int r = 0; r < runs.size(); r++) {
            Set<Integer> set = new HashSet<>();
            for (FeatureWeight weight : runs.get(r).label(label).weights()) {
                set.add(weight.feature());
                names.putIfAbsent(weight.feature(), weight.description());
                weights.computeIfAbsent(weight.feature(), f -> new double[runs.size()])[r] =
                        weight.weight();
            }
            selected.add(set);
        }
        return new Stability(label, seedsOf(runs), meanJaccard(selected),
                signAgreement(weights, selected), summarize(weights, names, selected));
    }

    private static List<Long> seedsOf(List<Explanation> runs) {
        List<Long> seeds = new ArrayList<>();
        for (Explanation run : runs) {
            seeds.add(run.seed());
        }
        return seeds;
    }

    private static double meanJaccard(List<Set<Integer>> selected) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < selected.size(); a++) {
            for (int b = a + 1; b < selected.size(); b++) {
                Set<Integer> union = new HashSet<>(selected.get(a));
                union.addAll(selected.get(b));
                Set<Integer> intersection = new HashSet<>(selected.get(a));
                intersection.retainAll(selected.get(b));
                sum += union.isEmpty() ? 1.0 : (double) intersection.size() / union.size();
                pairs++;
            }
        }
        return sum / pairs;
    }

    private static double signAgreement(Map<Integer, double[]> weights,
            List<Set<Integer>> selected) {
        int agree = 0;
        int total = 0;
        for (Map.Entry<Integer, double[]> entry : weights.entrySet()) {
            double mean = mean(entry.getValue());
            for (int r = 0; r < selected.size(); r++) {
                if (selected.get(r).contains(entry.getKey())) {
                    total++;
                    if (Math.signum(entry.getValue()[r]) == Math.signum(mean)) {
                        agree++;
                    }
                }
            }
        }
        return total == 0 ? 1.0 : (double) agree / total;
    }

    private static List<FeatureStability> summarize(Map<Integer, double[]> weights,
            Map<Integer, String> names, List<Set<Integer>> selected) {
        List<FeatureStability> result = new ArrayList<>();
        for (Map.Entry<Integer, double[]> entry : weights.entrySet()) {
            double[] values = entry.getValue();
            double mean = mean(values);
            double squares = 0;
            for (double value : values) {
                squares += (value - mean) * (value - mean);
            }
            int count = 0;
            for (Set<Integer> set : selected) {
                count += set.contains(entry.getKey()) ? 1 : 0;
            }
            result.add(new FeatureStability(entry.getKey(), names.get(entry.getKey()), mean,
                    Math.sqrt(squares / values.length), (double) count / selected.size()));
        }
        result.sort((a, b) -> Double.compare(Math.abs(b.meanWeight()), Math.abs(a.meanWeight())));
        return result;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
