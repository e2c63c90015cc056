package org.lime4j.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Samplers for engine tests: binary masks and Gaussian perturbations of a numeric instance. */
final class TestSamplers {
    private TestSamplers() {}

    /**
     * Keeps each feature with probability 1/2 and passes the binary row itself to the model. Features
     * listed as constant are always kept.
     */
    static Sampler<double[]> binary(int d, int... constant) {
        boolean[] fixed = new boolean[d];
        for (int j : constant) {
            fixed[j] = true;
        }
        return new Sampler<>() {
            @Override
            public int features() {
                return d;
            }

            @Override
            public double[] instanceRow() {
                double[] ones = new double[d];
                Arrays.fill(ones, 1.0);
                return ones;
            }

            @Override
            public Worker<double[]> newWorker(int capacity) {
                SampleRandom random = new SampleRandom();
                return (seed, first, count, rows, distances) -> {
                    List<double[]> inputs = new ArrayList<>(count);
                    for (int s = 0; s < count; s++) {
                        int index = first + s;
                        random.reset(seed, index);
                        int zeros = 0;
                        double[] input = new double[d];
                        for (int j = 0; j < d; j++) {
                            double value = index == 0 || fixed[j] || random.nextBoolean() ? 1 : 0;
                            rows[s * d + j] = value;
                            input[j] = value;
                            zeros += value == 0 ? 1 : 0;
                        }
                        distances[s] = Math.sqrt(zeros);
                        inputs.add(input);
                    }
                    return inputs;
                };
            }
        };
    }

    /**
     * Draws each feature from {@code N(instance_j, scale_j²)}; the interpretable row is the
     * standardized value and the distance Euclidean on it. A scale of 0 keeps the feature fixed.
     */
    static Sampler<double[]> gaussian(double[] instance, double[] scale) {
        int d = instance.length;
        return new Sampler<>() {
            @Override
            public int features() {
                return d;
            }

            @Override
            public double[] instanceRow() {
                return standardized(instance);
            }

            private double[] standardized(double[] x) {
                double[] z = new double[d];
                for (int j = 0; j < d; j++) {
                    z[j] = scale[j] == 0 ? 0 : x[j] / scale[j];
                }
                return z;
            }

            @Override
            public Worker<double[]> newWorker(int capacity) {
                SampleRandom random = new SampleRandom();
                double[] origin = standardized(instance);
                return (seed, first, count, rows, distances) -> {
                    List<double[]> inputs = new ArrayList<>(count);
                    for (int s = 0; s < count; s++) {
                        int index = first + s;
                        random.reset(seed, index);
                        double[] x = instance.clone();
                        if (index > 0) {
                            for (int j = 0; j < d; j++) {
                                x[j] += random.nextGaussian() * scale[j];
                            }
                        }
                        double[] z = standardized(x);
                        System.arraycopy(z, 0, rows, s * d, d);
                        distances[s] = Distances.euclidean(z, origin);
                        inputs.add(x);
                    }
                    return inputs;
                };
            }
        };
    }

    static ExplanationSpec spec(int d, String... classNames) {
        List<Feature> features = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            features.add(Feature.of(j, "x" + j));
        }
        return new ExplanationSpec("test", features, List.of(classNames),
                0.75 * Math.sqrt(d), java.util.Map.of());
    }

    static double sigmoid(double t) {
        return 1.0 / (1.0 + Math.exp(-t));
    }

    /** The logistic model {@code p1 = sigmoid(2·x0 − x1)} over the first two inputs. */
    static Predictor<double[]> logistic() {
        return batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                double p = sigmoid(2 * batch.get(i)[0] - batch.get(i)[1]);
                out[i] = new double[] {1 - p, p};
            }
            return out;
        };
    }
}
