package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lime4j.core.ConcurrencyCheck;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.ExplanationJson;
import org.lime4j.core.Predictor;
import org.lime4j.onnx.OnnxPredictor;

/**
 * One image explainer shared by many threads, and one explanation computed with any thread
 * count and batch size, must give the same canonical JSON as a sequential run with the same
 * seed. The images are MNIST test digits and a photo. The models are the MNIST CNN, a
 * nearest-centroid digit classifier trained on MNIST digits, which is cheap enough for 3,200
 * explanations, and a mean-colour classifier for the photo.
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConcurrencyReliabilityTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 200;
    private static final int SAMPLES = 300;
    private static final int DETERMINISM_SAMPLES = 500;

    private static final ImageExplainer EXPLAINER = ImageExplainer.builder().build();
    /** A finer quickshift, because the default finds one segment in most 28×28 digits. */
    private static final ImageExplainer DIGIT_EXPLAINER = ImageExplainer.builder()
            .segmenter(Segmenters.quickshift(1.5, 200, 0.2)).build();
    private static LimeImage[] digits;
    private static Predictor<LimeImage> centroids;
    private static OnnxPredictor<LimeImage> cnn;
    private static LimeImage photo;

    @BeforeAll
    static void load() throws IOException {
        digits = TestData.digits(1000);
        centroids = nearestCentroid(digits, labels(digits.length));
        cnn = TestData.mnistModel();
        photo = TestData.photo("chelsea.png").resize(60, 40);
    }

    @AfterAll
    static void close() throws Exception {
        if (cnn != null) {
            cnn.close();
        }
    }

    private static int[] labels(int count) throws IOException {
        try (InputStream raw = TestData.class.getResourceAsStream(
                "/mnist/t1k-labels-idx1-ubyte.gz")) {
            if (raw == null) {
                throw new IOException("test resource /mnist/t1k-labels-idx1-ubyte.gz not found");
            }
            DataInputStream in = new DataInputStream(new GZIPInputStream(raw));
            if (in.readInt() != 0x801) {
                throw new IOException("not an IDX label file");
            }
            int[] labels = new int[Math.min(count, in.readInt())];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = in.readUnsignedByte();
            }
            return labels;
        }
    }

    /**
     * Trains a classifier that scores each digit class by the negative squared distance between
     * the image's 7×7 grid of 4×4 pixel sums and the class's mean grid, scaled by 1e-7, and
     * returns the softmax of the scores.
     */
    private static Predictor<LimeImage> nearestCentroid(LimeImage[] images, int[] labels) {
        double[][] means = new double[10][CELLS];
        int[] counts = new int[10];
        for (int i = 0; i < labels.length; i++) {
            counts[labels[i]]++;
            double[] grid = grid(images[i]);
            for (int c = 0; c < CELLS; c++) {
                means[labels[i]][c] += grid[c];
            }
        }
        for (int k = 0; k < 10; k++) {
            for (int c = 0; c < CELLS; c++) {
                means[k][c] /= Math.max(1, counts[k]);
            }
        }
        return new Predictor<>() {
            @Override
            public double[][] predict(List<LimeImage> batch) {
                double[][] out = new double[batch.size()][];
                for (int i = 0; i < out.length; i++) {
                    double[] grid = grid(batch.get(i));
                    double[] scores = new double[10];
                    for (int k = 0; k < 10; k++) {
                        double sum = 0;
                        for (int c = 0; c < CELLS; c++) {
                            double delta = grid[c] - means[k][c];
                            sum += delta * delta;
                        }
                        scores[k] = -sum * 1e-7;
                    }
                    out[i] = softmax(scores);
                }
                return out;
            }

            @Override
            public boolean isThreadSafe() {
                return true;
            }
        };
    }

    private static final int CELLS = 49;

    private static double[] grid(LimeImage image) {
        double[] grid = new double[CELLS];
        for (int y = 0; y < TestData.SIDE; y++) {
            for (int x = 0; x < TestData.SIDE; x++) {
                grid[(y / 4) * 7 + x / 4] += image.get(x, y, 0);
            }
        }
        return grid;
    }

    /** Scores an RGB image by its mean red, green and blue values over 255, times 8. */
    private static final Predictor<LimeImage> MEAN_COLOUR = new Predictor<>() {
        @Override
        public double[][] predict(List<LimeImage> batch) {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                LimeImage image = batch.get(i);
                double[] scores = new double[3];
                for (int p = 0; p < image.pixels(); p++) {
                    for (int c = 0; c < 3; c++) {
                        scores[c] += image.sample(p * image.channels() + c);
                    }
                }
                for (int c = 0; c < 3; c++) {
                    scores[c] = 8 * scores[c] / (255.0 * image.pixels());
                }
                out[i] = softmax(scores);
            }
            return out;
        }

        @Override
        public boolean isThreadSafe() {
            return true;
        }
    };

    private static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double total = 0;
        double[] p = new double[scores.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(scores[k] - max);
            total += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= total;
        }
        return p;
    }

    private static String explain(ImageExplainer explainer, LimeImage image,
            Predictor<LimeImage> model, long seed, ExplainOptions.Builder options) {
        return ExplanationJson.toCanonicalJson(
                explainer.explain(image, model, options.seed(seed).build()).explanation());
    }

    /** C09: 8 threads share one explainer; each result equals the sequential one. */
    @Test
    void sharedExplainerMatchesSequentialRuns() throws Exception {
        String[][] expected = ConcurrencyCheck.assertConcurrentMatchesSequential(THREADS,
                PER_THREAD,
                (t, i) -> explain(DIGIT_EXPLAINER, digitOf(t, i), centroids, ConcurrencyCheck.seedOf(t, i),
                        ImageExplainer.defaultOptions().numSamples(SAMPLES).parallelism(1)),
                (t, i) -> explain(DIGIT_EXPLAINER, digitOf(t, i), centroids, ConcurrencyCheck.seedOf(t, i),
                        ImageExplainer.defaultOptions().numSamples(SAMPLES).parallelism(2)
                                .batchSize(64)));

        long severalSegments = Stream.of(expected).flatMap(Stream::of)
                .filter(json -> !json.contains("\"superpixels\":\"1\"")).count();
        assertThat(severalSegments).as("explanations with more than one superpixel")
                .isGreaterThan(THREADS * PER_THREAD / 2);
    }

    private static LimeImage digitOf(int thread, int i) {
        return digits[(thread * PER_THREAD + i) % digits.length];
    }


    static Stream<Arguments> runs() {
        Stream.Builder<Arguments> runs = Stream.builder();
        for (String image : new String[] {"digit", "photo"}) {
            for (int threads : new int[] {1, 2, 8}) {
                for (int batch : new int[] {1, 7, 100, DETERMINISM_SAMPLES}) {
                    runs.add(Arguments.of(image, threads, batch));
                }
            }
        }
        return runs.build();
    }

    /**
     * C08: the same seed gives bit-identical JSON for any thread count and batch size, with the
     * MNIST CNN on a digit and a colour model on a photo.
     */
    @ParameterizedTest(name = "{0}, threads {1}, batch {2}")
    @MethodSource("runs")
    void sameSeedIsBitIdentical(String kind, int threads, int batch) {
        LimeImage image = kind.equals("digit") ? digits[3] : photo;
        Predictor<LimeImage> model = kind.equals("digit") ? cnn : MEAN_COLOUR;
        ExplainOptions.Builder base = ImageExplainer.defaultOptions()
                .numSamples(DETERMINISM_SAMPLES);
        ImageExplainer explainer = kind.equals("digit") ? DIGIT_EXPLAINER : EXPLAINER;
        String reference = explain(explainer, image, model, 42,
                base.parallelism(1).batchSize(DETERMINISM_SAMPLES));
        String actual = explain(explainer, image, model, 42,
                base.parallelism(threads).batchSize(batch));
        assertThat(reference).doesNotContain("\"superpixels\":\"1\"");
        assertThat(actual).isEqualTo(reference);
    }
}
