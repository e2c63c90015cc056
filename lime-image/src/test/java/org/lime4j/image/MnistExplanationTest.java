package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lime4j.core.FeatureSelection;
import org.lime4j.onnx.OnnxPredictor;

/**
 * Faithfulness checks on the real MNIST CNN (ONNX Model Zoo) and the first MNIST test digits:
 * a deletion test for LIME and a localisation test for occlusion. The model's softmax runs at
 * temperature 1000, because its logits on raw 0–255 pixels differ by thousands and plain
 * probabilities are exactly 0 or 1, which would make every occlusion drop 0 or 1.
 */
class MnistExplanationTest {
    private static final int DIGITS = 25;
    private static final int TOP = 3;
    private static final int RANDOM_DRAWS = 20;
    /** A pixel at or above this value is ink; MNIST strokes are near 255 on a 0 background. */
    private static final int INK = 128;
    private static final double TEMPERATURE = 1000;

    private static OnnxPredictor<LimeImage> model;
    private static LimeImage[] digits;

    @BeforeAll
    static void load() {
        model = TestData.mnistModel(TEMPERATURE);
        digits = TestData.digits(DIGITS);
    }

    @AfterAll
    static void close() throws Exception {
        model.close();
    }

    @Test
    void hidingTopSuperpixelsLowersProbabilityMoreThanRandom() throws Exception {
        ImageExplainer explainer = ImageExplainer.builder().segmenter(Segmenters.slic(30, 200))
                .hiding(Hiding.colour(0)).build();
        double topSum = 0;
        double randomSum = 0;
        int topWins = 0;
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < DIGITS; i++) {
            LimeImage digit = digits[i];
            int predicted = argmax(model.predict(List.of(digit))[0]);
            ImageExplanation explanation = explainer.explain(digit, model,
                    ImageExplainer.defaultOptions().labels(predicted).seed(i)
                            .featureSelection(FeatureSelection.NONE).build());
            double base = explanation.explanation().label(predicted).modelPrediction();
            int[] top = topPositive(explanation.segmentWeights(predicted), TOP);
            double topDrop = base - probabilityWithHidden(digit, explanation, top, predicted);
            double randomDrop = 0;
            Random random = new Random(1000 + i);
            for (int draw = 0; draw < RANDOM_DRAWS; draw++) {
                int[] chosen = randomSegments(random, explanation.segmentation().count(), TOP);
                randomDrop += base - probabilityWithHidden(digit, explanation, chosen, predicted);
            }
            randomDrop /= RANDOM_DRAWS;
            topSum += topDrop;
            randomSum += randomDrop;
            topWins += topDrop > randomDrop ? 1 : 0;
            detail.append(String.format(Locale.ROOT, "%n digit %d (class %d, %d superpixels):"
                    + " top %.3f, random %.3f", i, predicted, explanation.segmentation().count(),
                    topDrop, randomDrop));
        }
        double topMean = topSum / DIGITS;
        double randomMean = randomSum / DIGITS;
        String message = String.format(Locale.ROOT, "mean drop hiding the top %d superpixels %.4f,"
                + " hiding %d random ones %.4f; top wins on %d of %d digits%s", TOP, topMean,
                TOP, randomMean, topWins, DIGITS, detail);
        assertThat(topMean).as(message).isGreaterThan(randomMean);
    }

    @Test
    void occlusionLargestDropLiesOnStrokes() throws Exception {
        // Mean fill: grey 128 on a black background reads as ink to the model, so grey patches
        // on the background can drop the probability more than patches over the strokes.
        OcclusionExplainer occlusion = OcclusionExplainer.builder().patchSize(6).stride(2)
                .fill(OcclusionFill.MEAN).build();
        int onStroke = 0;
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < DIGITS; i++) {
            LimeImage digit = digits[i];
            int predicted = argmax(model.predict(List.of(digit))[0]);
            OcclusionMap map = occlusion.explain(digit, model, predicted);
            float[] heat = map.heatMap();
            int peak = 0;
            for (int p = 1; p < heat.length; p++) {
                peak = heat[p] > heat[peak] ? p : peak;
            }
            boolean hit = inkAt(digit, peak % 28, peak / 28);
            onStroke += hit ? 1 : 0;
            detail.append(String.format(Locale.ROOT, "%n digit %d: peak at (%d, %d), mean drop"
                    + " %.3f, ink %.2f of the image, on a stroke: %s", i, peak % 28, peak / 28,
                    heat[peak], inkFraction(digit, new int[] {0, 0, 28, 28}), hit));
        }
        String message = "heat-map peak on a stroke pixel for " + onStroke + " of " + DIGITS
                + " digits" + detail;
        assertThat(onStroke).as(message).isGreaterThan(DIGITS / 2);
    }

    private static double probabilityWithHidden(LimeImage digit, ImageExplanation explanation,
            int[] segments, int label) throws Exception {
        byte[] samples = digit.samples();
        int[] labels = explanation.segmentation().labels();
        for (int p = 0; p < labels.length; p++) {
            for (int segment : segments) {
                if (labels[p] == segment) {
                    samples[p] = 0;
                }
            }
        }
        LimeImage hidden = LimeImage.of(digit.width(), digit.height(), 1, samples);
        return model.predict(List.of(hidden))[0][label];
    }

    private static int[] topPositive(double[] weights, int count) {
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < weights.length; s++) {
            if (weights[s] > 0) {
                order.add(s);
            }
        }
        order.sort((a, b) -> Double.compare(weights[b], weights[a]));
        return order.stream().limit(count).mapToInt(Integer::intValue).toArray();
    }

    private static int[] randomSegments(Random random, int segments, int count) {
        List<Integer> all = new ArrayList<>();
        for (int s = 0; s < segments; s++) {
            all.add(s);
        }
        java.util.Collections.shuffle(all, random);
        return all.stream().limit(Math.min(count, segments)).mapToInt(Integer::intValue).toArray();
    }

    private static boolean inkAt(LimeImage digit, int x, int y) {
        return digit.get(x, y, 0) >= INK;
    }

    private static double inkFraction(LimeImage digit, int[] rect) {
        int ink = 0;
        for (int y = rect[1]; y < rect[1] + rect[3]; y++) {
            for (int x = rect[0]; x < rect[0] + rect[2]; x++) {
                ink += inkAt(digit, x, y) ? 1 : 0;
            }
        }
        return ink / (double) (rect[2] * rect[3]);
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
