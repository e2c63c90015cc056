package org.lime4j.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.lime4j.core.Distances;
import org.lime4j.core.ExplanationSpec;
import org.lime4j.core.Feature;
import org.lime4j.core.Predictor;
import org.lime4j.core.SampleRandom;
import org.lime4j.core.Sampler;

/**
 * A sampler of binary rows with no model input behind them. Each of {@code d} features is kept
 * with probability 1/2 and the distance is the cosine distance to the all-ones row, as for
 * images. Every model input is the sample index. With {@link #constantModel} it times the core
 * engine and the surrogate fit alone at the shape of an image explanation. The sampler is
 * immutable and thread-safe, but its workers are not.
 */
final class BinarySampler implements Sampler<Integer> {
    private final int d;

    BinarySampler(int d) {
        this.d = d;
    }

    /** Returns a spec with one feature per column. */
    ExplanationSpec spec(double kernelWidth) {
        List<Feature> features = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            features.add(Feature.of(j, "segment " + j));
        }
        return new ExplanationSpec("benchmark-binary", features, List.of(), kernelWidth,
                Map.of());
    }

    /** Returns a model that returns the same probability row for every input. */
    static Predictor<Integer> constantModel(double[] probabilities) {
        return new Predictor<>() {
            @Override
            public double[][] predict(List<Integer> batch) {
                double[][] out = new double[batch.size()][];
                for (int i = 0; i < out.length; i++) {
                    out[i] = probabilities.clone();
                }
                return out;
            }

            @Override
            public boolean isThreadSafe() {
                return true;
            }
        };
    }

    @Override
    public int features() {
        return d;
    }

    @Override
    public double[] instanceRow() {
        double[] ones = new double[d];
        Arrays.fill(ones, 1);
        return ones;
    }

    @Override
    public Worker<Integer> newWorker(int capacity) {
        SampleRandom random = new SampleRandom();
        Integer[] indices = new Integer[capacity];
        return (seed, first, count, rows, distances) -> {
            for (int s = 0; s < count; s++) {
                int index = first + s;
                indices[s] = index;
                int offset = s * d;
                int active = d;
                if (index == 0) {
                    Arrays.fill(rows, offset, offset + d, 1.0);
                } else {
                    random.reset(seed, index);
                    active = 0;
                    long bits = 0;
                    for (int j = 0; j < d; j++) {
                        if ((j & 63) == 0) {
                            bits = random.nextLong();
                        }
                        double bit = (bits >>> (j & 63)) & 1L;
                        rows[offset + j] = bit;
                        active += (int) bit;
                    }
                }
                distances[s] = Distances.cosineToAllOnes(active, d);
            }
            return Arrays.asList(indices).subList(0, count);
        };
    }
}
