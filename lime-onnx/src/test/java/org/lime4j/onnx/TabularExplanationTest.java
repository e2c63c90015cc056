package org.lime4j.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lime4j.core.Distances;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationSpec;
import org.lime4j.core.Feature;
import org.lime4j.core.FeatureSelection;
import org.lime4j.core.LimeEngine;
import org.lime4j.core.SampleRandom;
import org.lime4j.core.Sampler;
import org.lime4j.core.Task;

/** Explains a linear ONNX regressor on tabular rows: the surrogate must recover its weights. */
class TabularExplanationTest {
    private static final float[][] WEIGHTS = {{0.5f}, {-2.0f}, {1.25f}};
    private static final float[] BIAS = {0.75f};
    private static final double[] INSTANCE = {1.0, 2.0, -1.0};

    @TempDir
    Path dir;

    @Test
    void surrogateRecoversLinearWeights() throws Exception {
        Path file = TinyOnnxModel.write(dir.resolve("regressor.onnx"), WEIGHTS, BIAS, 0);
        ExplainOptions options = ExplainOptions.builder().task(Task.REGRESSION).numSamples(2000)
                .numFeatures(3).featureSelection(FeatureSelection.NONE).kernelWidth(100)
                .ridgeAlpha(1e-6).seed(11).build();
        List<Feature> features = List.of(Feature.of(0, "a"), Feature.of(1, "b"),
                Feature.of(2, "c"));
        ExplanationSpec spec = new ExplanationSpec("test", features, List.of(), 100, java.util.Map.of());
        try (OnnxPredictor<double[]> model = OnnxPredictor.forRows(file).build()) {
            Explanation explanation = LimeEngine.explain(new GaussianSampler(), model, options,
                    spec);
            for (int j = 0; j < 3; j++) {
                assertThat(explanation.first().weightOf(j)).as("weight of feature %d", j)
                        .isCloseTo(WEIGHTS[j][0], within(1e-3));
            }
        }
    }

    /** Samples rows around the instance with unit Gaussian noise; the rows are the features. */
    private static final class GaussianSampler implements Sampler<double[]> {
        @Override
        public int features() {
            return INSTANCE.length;
        }

        @Override
        public double[] instanceRow() {
            return INSTANCE.clone();
        }

        @Override
        public Worker<double[]> newWorker(int capacity) {
            SampleRandom random = new SampleRandom();
            return (seed, first, count, rows, distances) -> {
                List<double[]> inputs = new ArrayList<>();
                for (int s = 0; s < count; s++) {
                    double[] row = INSTANCE.clone();
                    if (first + s > 0) {
                        random.reset(seed, first + s);
                        for (int j = 0; j < row.length; j++) {
                            row[j] += random.nextGaussian();
                        }
                    }
                    System.arraycopy(row, 0, rows, s * row.length, row.length);
                    distances[s] = Distances.euclidean(row, INSTANCE);
                    inputs.add(row);
                }
                return inputs;
            };
        }
    }
}
