package org.lime4j.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real MNIST CNN of the ONNX Model Zoo, whose input fixes the batch dimension at 1. */
class MnistModelTest {
    /** Images scored; the model's published accuracy on all 10,000 test images is 98.91 %. */
    private static final int IMAGES = 300;

    static Path modelFile() throws URISyntaxException {
        return Path.of(MnistModelTest.class.getResource("/mnist/mnist-8.onnx").toURI());
    }

    @Test
    void readsFixedBatchShape() throws Exception {
        try (OnnxPredictor<float[]> model = mnist().build()) {
            assertThat(model.inputName()).isEqualTo("Input3");
            assertThat(model.outputName()).isEqualTo("Plus214_Output_0");
            assertThat(model.modelInputShape()).containsExactly(1, 1, 28, 28);
            assertThat(model.sampleShape()).containsExactly(1, 28, 28);
            assertThat(model.runsSingleSamples()).isTrue();
        }
    }

    @Test
    void classifiesTestDigits() throws Exception {
        float[][] images = Mnist.images();
        int[] labels = Mnist.labels();
        List<float[]> batch = new ArrayList<>(Arrays.asList(images).subList(0, IMAGES));
        try (OnnxPredictor<float[]> model = mnist().softmax(true).build()) {
            double[][] probabilities = model.predict(batch);
            int correct = 0;
            for (int i = 0; i < IMAGES; i++) {
                assertThat(Arrays.stream(probabilities[i]).sum()).isCloseTo(1.0,
                        org.assertj.core.api.Assertions.within(1e-9));
                if (argmax(probabilities[i]) == labels[i]) {
                    correct++;
                }
            }
            double accuracy = correct / (double) IMAGES;
            assertThat(accuracy).as("accuracy on the first %d test digits", IMAGES)
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void parallelCallsMatchSequentialCalls() throws Exception {
        List<float[]> batch = new ArrayList<>(Arrays.asList(Mnist.images()).subList(0, 64));
        try (OnnxPredictor<float[]> parallel = mnist().build();
                OnnxPredictor<float[]> sequential = mnist().parallel(false).build()) {
            assertThat(parallel.predict(batch)).isDeepEqualTo(sequential.predict(batch));
        }
    }

    private static OnnxPredictor.Builder<float[]> mnist() throws URISyntaxException {
        return OnnxPredictor.builder(modelFile(), InputEncoder.floats());
    }

    private static int argmax(double[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }
}
