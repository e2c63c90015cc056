package org.lime4j.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxPredictorTest {
    private static final float[][] WEIGHTS = {
        {0.5f, -1.0f, 0.25f}, {2.0f, 0.0f, -0.5f}, {-1.5f, 1.0f, 1.0f}, {0.1f, 0.2f, 0.3f}};
    private static final float[] BIAS = {0.1f, -0.2f, 0.3f};

    @TempDir
    Path dir;

    @Test
    void dynamicBatchMatchesLinearModel() throws Exception {
        Path file = TinyOnnxModel.write(dir.resolve("linear.onnx"), WEIGHTS, BIAS, 0);
        List<double[]> rows = randomRows(50, 7);
        try (OnnxPredictor<double[]> model = OnnxPredictor.forRows(file).build()) {
            assertThat(model.runsSingleSamples()).isFalse();
            assertThat(model.modelInputShape()).containsExactly(-1, 4);
            assertThat(model.inputName()).isEqualTo("x");
            assertThat(model.outputName()).isEqualTo("logits");
            double[][] out = model.predict(rows);
            assertThat(out).hasNumberOfRows(50);
            for (int i = 0; i < rows.size(); i++) {
                double[] expected = logits(rows.get(i));
                for (int c = 0; c < 3; c++) {
                    assertThat(out[i][c]).as("row %d class %d", i, c)
                            .isCloseTo(expected[c], within(1e-4));
                }
            }
        }
    }

    @Test
    void softmaxGivesProbabilities() throws Exception {
        Path file = TinyOnnxModel.write(dir.resolve("linear.onnx"), WEIGHTS, BIAS, 0);
        List<double[]> rows = randomRows(20, 8);
        try (OnnxPredictor<double[]> model = OnnxPredictor.forRows(file).softmax(true).build()) {
            double[][] out = model.predict(rows);
            for (int i = 0; i < rows.size(); i++) {
                double[] logits = logits(rows.get(i));
                double sum = Math.exp(logits[0]) + Math.exp(logits[1]) + Math.exp(logits[2]);
                for (int c = 0; c < 3; c++) {
                    assertThat(out[i][c]).isCloseTo(Math.exp(logits[c]) / sum, within(1e-5));
                }
                assertThat(out[i][0] + out[i][1] + out[i][2]).isCloseTo(1.0, within(1e-12));
            }
        }
    }

    @Test
    void temperatureDividesLogitsBeforeSoftmax() throws Exception {
        Path file = TinyOnnxModel.write(dir.resolve("linear.onnx"), WEIGHTS, BIAS, 0);
        List<double[]> rows = randomRows(10, 10);
        try (OnnxPredictor<double[]> model =
                OnnxPredictor.forRows(file).softmaxTemperature(4).build()) {
            double[][] out = model.predict(rows);
            for (int i = 0; i < rows.size(); i++) {
                double[] logits = logits(rows.get(i));
                double sum = 0;
                for (int c = 0; c < 3; c++) {
                    sum += Math.exp(logits[c] / 4);
                }
                for (int c = 0; c < 3; c++) {
                    assertThat(out[i][c]).isCloseTo(Math.exp(logits[c] / 4) / sum, within(1e-5));
                }
            }
        }
        assertThatThrownBy(() -> OnnxPredictor.forRows(file).softmaxTemperature(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0.0");
    }

    @Test
    void fixedBatchOfOneRunsSingleSamples() throws Exception {
        Path fixed = TinyOnnxModel.write(dir.resolve("fixed.onnx"), WEIGHTS, BIAS, 1);
        Path dynamic = TinyOnnxModel.write(dir.resolve("dynamic.onnx"), WEIGHTS, BIAS, 0);
        List<double[]> rows = randomRows(40, 9);
        try (OnnxPredictor<double[]> single = OnnxPredictor.forRows(fixed).build();
                OnnxPredictor<double[]> sequential =
                        OnnxPredictor.forRows(fixed).parallel(false).build();
                OnnxPredictor<double[]> whole = OnnxPredictor.forRows(dynamic).build()) {
            assertThat(single.runsSingleSamples()).isTrue();
            assertThat(single.modelInputShape()).containsExactly(1, 4);
            double[][] expected = whole.predict(rows);
            assertThat(single.predict(rows)).isDeepEqualTo(expected);
            assertThat(sequential.predict(rows)).isDeepEqualTo(expected);
        }
    }

    @Test
    void missingFileIsRejected() {
        Path missing = dir.resolve("absent.onnx");
        assertThatThrownBy(() -> OnnxPredictor.forRows(missing).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining("absent.onnx");
    }

    @Test
    void unknownInputNameListsInputs() throws IOException {
        Path file = TinyOnnxModel.write(dir.resolve("linear.onnx"), WEIGHTS, BIAS, 0);
        assertThatThrownBy(() -> OnnxPredictor.forRows(file).inputName("features").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no input 'features'")
                .hasMessageContaining("[x]");
    }

    @Test
    void unknownOutputNameListsOutputs() throws IOException {
        Path file = TinyOnnxModel.write(dir.resolve("linear.onnx"), WEIGHTS, BIAS, 0);
        assertThatThrownBy(() -> OnnxPredictor.forRows(file).outputName("probs").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no output 'probs'")
                .hasMessageContaining("[logits]");
    }

    @Test
    void wrongRowLengthNamesBothSizes() throws Exception {
        Path file = TinyOnnxModel.write(dir.resolve("linear.onnx"), WEIGHTS, BIAS, 0);
        try (OnnxPredictor<double[]> model = OnnxPredictor.forRows(file).build()) {
            List<double[]> batch = List.of(new double[4], new double[3]);
            assertThatThrownBy(() -> model.predict(batch))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("input 1")
                    .hasMessageContaining("has 3 values")
                    .hasMessageContaining("takes 4 per sample");
        }
    }

    @Test
    void sampleShapeThatDoesNotFitIsRejected() throws IOException {
        Path file = TinyOnnxModel.write(dir.resolve("linear.onnx"), WEIGHTS, BIAS, 0);
        assertThatThrownBy(() -> OnnxPredictor.forRows(file).sampleShape(5).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[5]")
                .hasMessageContaining("[-1, 4]");
    }

    @Test
    void fileThatIsNotAModelFailsClearly() throws IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("broken.onnx"), "not a model");
        assertThatThrownBy(() -> OnnxPredictor.forRows(file).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not load")
                .hasMessageContaining("broken.onnx");
    }

    private static List<double[]> randomRows(int count, long seed) {
        Random random = new Random(seed);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double[] row = new double[4];
            for (int j = 0; j < 4; j++) {
                row[j] = (float) (random.nextGaussian() * 2);
            }
            rows.add(row);
        }
        return rows;
    }

    private static double[] logits(double[] row) {
        double[] out = new double[3];
        for (int c = 0; c < 3; c++) {
            out[c] = BIAS[c];
            for (int j = 0; j < 4; j++) {
                out[c] += row[j] * WEIGHTS[j][c];
            }
        }
        return out;
    }
}
