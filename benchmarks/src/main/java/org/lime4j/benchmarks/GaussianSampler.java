package org.lime4j.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lime4j.core.ExplanationSpec;
import org.lime4j.core.Feature;
import org.lime4j.core.SampleRandom;
import org.lime4j.core.Sampler;

/**
 * A minimal continuous tabular sampler written directly against the core SPI, so that the core
 * engine can be measured without any explainer module. Every value is drawn as
 * {@code N(0, 1) · std + mean} of its training column, the interpretable row is the standardized
 * value {@code (x - mean) / std}, and the distance is Euclidean between standardized rows. This
 * is the reference's {@code discretize_continuous=False} sampling. The sampler is immutable and
 * thread-safe, but its workers are not.
 */
final class GaussianSampler implements Sampler<double[]> {
    private final double[] instance;
    private final double[] mean;
    private final double[] std;
    private final double[] scaledInstance;

    /**
     * Creates a sampler around one instance.
     *
     * @param training the training rows, which give each column's mean and standard deviation
     * @param instance the explained row
     */
    GaussianSampler(double[][] training, double[] instance) {
        int d = instance.length;
        this.instance = instance.clone();
        this.mean = new double[d];
        this.std = new double[d];
        for (double[] row : training) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= training.length;
        }
        for (double[] row : training) {
            for (int j = 0; j < d; j++) {
                double delta = row[j] - mean[j];
                std[j] += delta * delta;
            }
        }
        this.scaledInstance = new double[d];
        for (int j = 0; j < d; j++) {
            // A constant column keeps scale 1, as scikit-learn's StandardScaler does.
            std[j] = std[j] == 0 ? 1 : Math.sqrt(std[j] / training.length);
            scaledInstance[j] = (instance[j] - mean[j]) / std[j];
        }
    }

    /** Returns the spec that the engine needs: one feature per column, kernel 0.75·sqrt(d). */
    ExplanationSpec spec(List<String> names) {
        List<Feature> features = new ArrayList<>(names.size());
        for (int j = 0; j < names.size(); j++) {
            features.add(Feature.of(j, names.get(j)));
        }
        Map<String, String> configuration = new HashMap<>();
        configuration.put("sampling", "gaussian around the training mean");
        return new ExplanationSpec("benchmark-gaussian", features, List.of("malignant", "benign"),
                0.75 * Math.sqrt(names.size()), configuration);
    }

    @Override
    public int features() {
        return instance.length;
    }

    @Override
    public double[] instanceRow() {
        return scaledInstance.clone();
    }

    @Override
    public Worker<double[]> newWorker(int capacity) {
        return new GaussianWorker(capacity);
    }

    /** The per-thread buffers: one reusable model input per batch slot. */
    private final class GaussianWorker implements Worker<double[]> {
        private final SampleRandom random = new SampleRandom();
        private final double[][] inputs;

        GaussianWorker(int capacity) {
            inputs = new double[capacity][instance.length];
        }

        @Override
        public List<double[]> fill(long seed, int first, int count, double[] rows,
                double[] distances) {
            int d = instance.length;
            for (int s = 0; s < count; s++) {
                int index = first + s;
                int offset = s * d;
                double[] x = inputs[s];
                if (index == 0) {
                    System.arraycopy(instance, 0, x, 0, d);
                    System.arraycopy(scaledInstance, 0, rows, offset, d);
                    distances[s] = 0;
                    continue;
                }
                random.reset(seed, index);
                double squared = 0;
                for (int j = 0; j < d; j++) {
                    double z = random.nextGaussian();
                    x[j] = z * std[j] + mean[j];
                    rows[offset + j] = z;
                    double delta = z - scaledInstance[j];
                    squared += delta * delta;
                }
                distances[s] = Math.sqrt(squared);
            }
            return Arrays.asList(inputs).subList(0, count);
        }
    }
}
