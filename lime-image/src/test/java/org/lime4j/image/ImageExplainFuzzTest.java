package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;
import org.lime4j.core.Predictor;

/**
 * Seeded random images and explainer settings. The images range from 1×1 to 48×48, single rows
 * and columns included, in grey, RGB and RGBA, with uniform, noisy or striped content. The
 * settings cover every segmenter with random parameters (some out of range), hiding strategies
 * (some with invalid colours), caller segmentations and mask options. Every case must end in
 * an explanation whose masks and heat maps have the image's width and height and whose JSON
 * reads back equal, or in an {@link IllegalArgumentException} with a message. No case may
 * throw another exception type or hang.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ImageExplainFuzzTest {
    private static final int CASES = 1000;
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final AtomicInteger EXPLAINED = new AtomicInteger();

    /** Checks that the generator reaches the explainer, not only its argument checks. */
    @AfterAll
    static void mostCasesExplain() {
        System.out.println("image explain fuzz: " + EXPLAINED.get() + " of " + RUN.get()
                + " explained");
        if (RUN.get() == CASES) {
            assertThat(EXPLAINED.get()).as("cases that ended in an explanation")
                    .isGreaterThan(CASES / 2);
        }
    }

    static IntStream seeds() {
        return IntStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("seeds")
    void explainEndsCleanly(int seed) {
        RUN.incrementAndGet();
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 41);
        LimeImage image = image(random);
        ImageExplanation result;
        try {
            ImageExplainer explainer = ImageExplainer.builder()
                    .segmenter(segmenter(random, image)).hiding(hiding(random)).build();
            ExplainOptions options = ImageExplainer.defaultOptions()
                    .numSamples(20 + random.nextInt(40)).seed(seed)
                    .parallelism(1 + random.nextInt(2)).batchSize(1 + random.nextInt(30))
                    .build();
            result = explainer.explain(image, brightnessModel(image), options);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as("message of %s names the setting", e)
                    .containsAnyOf("quickshift", "SLIC", "Felzenszwalb", "hiding", "blur",
                            "segment", "label");
            return;
        }
        assertWellFormed(result, image, random);
        EXPLAINED.incrementAndGet();
    }

    private static void assertWellFormed(ImageExplanation result, LimeImage image,
            SplittableRandom random) {
        Explanation explanation = result.explanation();
        assertThat(result.segmentation().count()).isEqualTo(explanation.features().size());
        assertThat(ExplanationJson.fromJson(ExplanationJson.toJson(explanation)))
                .isEqualTo(explanation);
        for (int label : result.topLabels()) {
            assertThat(result.segmentWeights(label)).hasSize(result.segmentation().count());
            assertThat(result.heatMap(label)).hasSize(image.pixels());
            MaskOptions options;
            try {
                options = new MaskOptions(random.nextBoolean(), random.nextInt(3) == 0,
                        random.nextBoolean(), random.nextInt(-1, 6),
                        random.nextInt(5) == 0 ? Double.NaN : random.nextDouble() * 0.1);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).isNotBlank();
                continue;
            }
            ImageMask mask = result.mask(label, options);
            assertThat(mask.mask()).hasSize(image.pixels());
            // The two-sign mode tints superpixels, so its picture of a grey image is RGB.
            assertThat(mask.image().width()).isEqualTo(image.width());
            assertThat(mask.image().height()).isEqualTo(image.height());
            assertThat(mask.withBoundaries().width()).isEqualTo(image.width());
            assertThat(mask.withBoundaries().height()).isEqualTo(image.height());
        }
    }

    private static LimeImage image(SplittableRandom random) {
        int width = random.nextInt(6) == 0 ? 1 : 1 + random.nextInt(48);
        int height = random.nextInt(6) == 0 ? 1 : 1 + random.nextInt(48);
        int channels = new int[] {1, 3, 4}[random.nextInt(3)];
        byte[] samples = new byte[width * height * channels];
        int content = random.nextInt(3);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < channels; c++) {
                    int value = switch (content) {
                        case 0 -> 128;
                        case 1 -> random.nextInt(256);
                        default -> (x / 4 + y / 6) % 2 == 0 ? 30 * (c + 1) : 250 - 20 * c;
                    };
                    samples[(y * width + x) * channels + c] = (byte) value;
                }
            }
        }
        return LimeImage.of(width, height, channels, samples);
    }

    private static Segmenter segmenter(SplittableRandom random, LimeImage image) {
        return switch (random.nextInt(5)) {
            case 0 -> Segmenters.quickshift(random.nextDouble(0, 8), random.nextDouble(-5, 300),
                    random.nextDouble(-0.1, 1.1));
            case 1 -> Segmenters.slic(random.nextInt(-1, 30), random.nextDouble(-1, 20));
            case 2 -> Segmenters.felzenszwalb(random.nextDouble(-10, 500), random.nextInt(-1, 20));
            case 3 -> {
                int[] labels = new int[image.pixels()];
                int offset = random.nextInt(3) == 0 ? 5 : 0;
                for (int p = 0; p < labels.length; p++) {
                    int band = p * 7 / Math.max(1, labels.length);
                    labels[p] = offset + band * random.nextInt(1, 3);
                }
                yield Segmenters.given(image.width(), image.height(), labels);
            }
            default -> Segmenters.quickshift();
        };
    }

    private static Hiding hiding(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> Hiding.colour(random.nextInt(-10, 300));
            case 1 -> Hiding.colour(0, random.nextInt(256), 255);
            case 2 -> Hiding.blur(random.nextDouble(-1, 5));
            default -> Hiding.meanColour();
        };
    }

    /** Returns a two-class model whose class 1 probability is the image's mean brightness. */
    private static Predictor<LimeImage> brightnessModel(LimeImage reference) {
        return batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                LimeImage image = batch.get(i);
                if (!image.sameShape(reference)) {
                    throw new AssertionError("the model received " + image.shape()
                            + " for an image of " + reference.shape());
                }
                double sum = 0;
                for (int s = 0; s < image.pixels() * image.channels(); s++) {
                    sum += image.sample(s);
                }
                double p = sum / (255.0 * image.pixels() * image.channels());
                out[i] = new double[] {1 - p, p};
            }
            return out;
        };
    }
}
