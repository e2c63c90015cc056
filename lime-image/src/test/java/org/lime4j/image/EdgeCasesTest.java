package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Predictor;

/**
 * Grey and RGBA images reach the model in their own shape, and a uniform image gives one
 * superpixel, one feature and a warning.
 */
class EdgeCasesTest {

    @Test
    void greyImageReachesPredictorInItsOwnShape() {
        int[] samples = new int[64];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                samples[y * 8 + x] = x < 4 ? 30 : 220;
            }
        }
        LimeImage grey = LimeImage.ofInts(8, 8, 1, samples);
        Set<String> shapes = ConcurrentHashMap.newKeySet();
        Predictor<LimeImage> model = recording(shapes, new BrightnessModel(4, 0, 8, 8));
        // A maximum distance of 5 keeps quickshift from linking the two halves, whose
        // lightness differs by about 15 after the ratio 0.2.
        ImageExplanation explanation = ImageExplainer.builder()
                .segmenter(Segmenters.quickshift(1, 5, 0.2)).hiding(Hiding.colour(0)).build()
                .explain(grey, model, options());

        assertThat(shapes).containsExactly("8×8×1");
        assertThat(explanation.segmentation().count()).as("segments of a two-level image")
                .isGreaterThan(1);
        // The right half decides the model, so its superpixels carry the largest weight.
        int top = explanation.explanation().label(1).weights().get(0).feature();
        assertThat(countPixels(explanation.segmentation(), top, 4, 8)).isPositive();
    }

    @Test
    void rgbaImageKeepsAlphaAndShape() {
        int[] samples = new int[8 * 8 * 4];
        for (int p = 0; p < 64; p++) {
            int x = p % 8;
            samples[p * 4] = x < 4 ? 20 : 230;
            samples[p * 4 + 1] = 100;
            samples[p * 4 + 2] = 50;
            samples[p * 4 + 3] = 10 + p;
        }
        LimeImage rgba = LimeImage.ofInts(8, 8, 4, samples);
        Set<String> shapes = ConcurrentHashMap.newKeySet();
        Set<Integer> alphaMismatches = ConcurrentHashMap.newKeySet();
        Predictor<LimeImage> alphaCheck = batch -> {
            for (LimeImage image : batch) {
                for (int p = 0; p < 64; p++) {
                    if (image.sample(p * 4 + 3) != 10 + p) {
                        alphaMismatches.add(p);
                    }
                }
            }
            return new BrightnessModel(4, 0, 8, 8).predict(batch);
        };
        ImageExplanation explanation = ImageExplainer.builder()
                .segmenter(Segmenters.quickshift(1, 5, 0.2)).hiding(Hiding.colour(0, 0, 0))
                .build().explain(rgba, recording(shapes, alphaCheck), options());

        assertThat(shapes).containsExactly("8×8×4");
        assertThat(alphaMismatches).as("pixels whose alpha hiding changed").isEmpty();
        assertThat(explanation.segmentation().count()).isGreaterThan(1);
        assertThat(explanation.boundaries().channels()).isEqualTo(4);
    }

    @Test
    void rgbaSegmentationIgnoresAlpha() {
        LimeImage rgb = LimeImageTest.pattern(12, 10, 3);
        int[] rgba = new int[12 * 10 * 4];
        for (int p = 0; p < 120; p++) {
            for (int c = 0; c < 3; c++) {
                rgba[p * 4 + c] = rgb.sample(p * 3 + c);
            }
            rgba[p * 4 + 3] = (p * 91) % 256;
        }
        LimeImage withAlpha = LimeImage.ofInts(12, 10, 4, rgba);
        Segmenter quickshift = Segmenters.quickshift(1, 200, 0.2);
        assertThat(quickshift.segment(withAlpha, 3).labels())
                .isEqualTo(quickshift.segment(rgb, 3).labels());
    }

    @Test
    void uniformImageGivesOneFeatureAndWarning() {
        LimeImage uniform = LimeImage.ofInts(16, 16, 3, LimeImageTest.filled(16 * 16 * 3, 200));
        ImageExplanation explanation = ImageExplainer.builder().hiding(Hiding.colour(0)).build()
                .explain(uniform, new BrightnessModel(0, 0, 16, 16),
                        options().toBuilder().numFeatures(5).labels(1).build());

        assertThat(explanation.segmentation().count()).isEqualTo(1);
        assertThat(explanation.explanation().label(1).weights()).hasSize(1);
        assertThat(explanation.explanation().warnings())
                .anyMatch(w -> w.contains("segmentation produced one segment"));
        ImageMask mask = explanation.mask(1);
        assertThat(mask.segments()).containsExactly(0);
        for (int value : mask.mask()) {
            assertThat(value).isEqualTo(1);
        }
    }

    @Test
    void hidingThatChangesNothingIsReported() {
        LimeImage uniform = LimeImage.ofInts(16, 16, 3, LimeImageTest.filled(16 * 16 * 3, 200));
        ImageExplanation explanation = ImageExplainer.builder().build()
                .explain(uniform, new BrightnessModel(0, 0, 16, 16), options());
        assertThat(explanation.explanation().warnings())
                .anyMatch(w -> w.contains("leaves 1 of 1 superpixels unchanged"));
    }

    private static ExplainOptions options() {
        return ImageExplainer.defaultOptions().numSamples(300).seed(5).build();
    }

    private static Predictor<LimeImage> recording(Set<String> shapes, Predictor<LimeImage> inner) {
        return batch -> {
            for (LimeImage image : batch) {
                shapes.add(image.shape());
            }
            return inner.predict(batch);
        };
    }

    private static int countPixels(Segmentation segmentation, int segment, int x0, int x1) {
        Set<Integer> hits = new HashSet<>();
        for (int y = 0; y < segmentation.height(); y++) {
            for (int x = x0; x < x1; x++) {
                if (segmentation.label(x, y) == segment) {
                    hits.add(y * segmentation.width() + x);
                }
            }
        }
        return hits.size();
    }

}
