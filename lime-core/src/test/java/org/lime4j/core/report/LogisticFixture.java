package org.lime4j.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lime4j.core.Distances;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationSpec;
import org.lime4j.core.Feature;
import org.lime4j.core.LimeEngine;
import org.lime4j.core.Predictor;
import org.lime4j.core.SampleRandom;
import org.lime4j.core.Sampler;
import org.lime4j.core.Span;
import org.lime4j.core.Task;

/**
 * Real explanations for the report tests: the engine explains a logistic model
 * {@code p1 = sigmoid(2·x0 − x1 + 0.5·x2)} over four numeric features, sampled as
 * {@code N(instance, 1)} in every column.
 */
final class LogisticFixture {
    static final double[] COEFFICIENTS = {2.0, -1.0, 0.5, 0.0};

    private LogisticFixture() {}

    /** Explains the instance with features named by {@code names} and classes {@code classes}. */
    static Explanation explain(double[] instance, List<String> names, List<String> classes) {
        List<Feature> features = new ArrayList<>();
        for (int j = 0; j < instance.length; j++) {
            features.add(new Feature(j, names.get(j), names.get(j) + " = " + instance[j],
                    Double.toString(instance[j]), List.of()));
        }
        return explainFeatures(instance, features, classes);
    }

    /** Explains the instance with the given features, one per column. */
    static Explanation explainFeatures(double[] instance, List<Feature> features, List<String> classes) {
        ExplainOptions options = ExplainOptions.builder().numSamples(2000).numFeatures(3)
                .seed(7).parallelism(1).build();
        ExplanationSpec spec = new ExplanationSpec("tabular", features, classes, 1.5,
                Map.of("sampling", "gaussian around the instance"));
        return LimeEngine.explain(new GaussianSampler(instance), logistic(), options, spec);
    }

    /** Explains the linear regression {@code y = 3·x0 − 2·x1 + 1} at the instance. */
    static Explanation explainRegression(double[] instance) {
        List<Feature> features = new ArrayList<>();
        for (int j = 0; j < instance.length; j++) {
            features.add(new Feature(j, "x" + j, "x" + j, Double.toString(instance[j]), List.of()));
        }
        ExplainOptions options = ExplainOptions.builder().numSamples(1000).numFeatures(2)
                .task(Task.REGRESSION).seed(3).parallelism(1).build();
        ExplanationSpec spec = new ExplanationSpec("tabular", features, List.of(), 1.5, Map.of());
        Predictor<double[]> linear = batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                double[] x = batch.get(i);
                out[i] = new double[] {3 * x[0] - 2 * x[1] + 1};
            }
            return out;
        };
        return LimeEngine.explain(new GaussianSampler(instance), linear, options, spec);
    }

    /** Returns a text feature for each given word occurrence, for the highlighting tests. */
    static List<Feature> wordFeatures(String text, String... words) {
        List<Feature> features = new ArrayList<>();
        for (String word : words) {
            int at = text.indexOf(word);
            List<Span> spans = at < 0 ? List.of() : List.of(new Span(at, at + word.length()));
            features.add(new Feature(features.size(), word, word, "", spans));
        }
        return features;
    }

    static Predictor<double[]> logistic() {
        return batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                double[] x = batch.get(i);
                double score = 0;
                for (int j = 0; j < COEFFICIENTS.length && j < x.length; j++) {
                    score += COEFFICIENTS[j] * x[j];
                }
                double p1 = 1 / (1 + Math.exp(-score));
                out[i] = new double[] {1 - p1, p1};
            }
            return out;
        };
    }

    /** Samples every column from a unit normal around the instance. */
    private static final class GaussianSampler implements Sampler<double[]> {
        private final double[] instance;

        GaussianSampler(double[] instance) {
            this.instance = instance.clone();
        }

        @Override
        public int features() {
            return instance.length;
        }

        @Override
        public double[] instanceRow() {
            return instance.clone();
        }

        @Override
        public Worker<double[]> newWorker(int capacity) {
            SampleRandom random = new SampleRandom();
            int d = instance.length;
            return (seed, first, count, rows, distances) -> {
                List<double[]> inputs = new ArrayList<>(count);
                for (int s = 0; s < count; s++) {
                    double[] x = instance.clone();
                    if (first + s > 0) {
                        random.reset(seed, first + s);
                        for (int j = 0; j < d; j++) {
                            x[j] += random.nextGaussian();
                        }
                    }
                    System.arraycopy(x, 0, rows, s * d, d);
                    distances[s] = Distances.euclidean(x, instance);
                    inputs.add(x);
                }
                return inputs;
            };
        }
    }
}
