package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lime4j.core.FeatureSelection;
import org.lime4j.core.Predictor;

/**
 * Masks on an 8×8 image split into four 4×4 quadrants. Class 1 grows with the top-left quadrant's
 * brightness and shrinks with the bottom-right one's, so hiding them (black) gives the top-left
 * quadrant a positive weight and the bottom-right one a negative weight.
 */
class MaskTest {
    private static final int TOP_LEFT = 0;
    private static final int BOTTOM_RIGHT = 3;
    private static final LimeImage IMAGE = quadrantImage();
    private static final ImageExplanation EXPLANATION = ImageExplainer.builder()
            .segmenter(Segmenters.given(8, 8, quadrantLabels())).hiding(Hiding.colour(0)).build()
            .explain(IMAGE, new QuadrantModel(), ImageExplainer.defaultOptions().seed(1)
                    .featureSelection(FeatureSelection.FORWARD_SELECTION).numFeatures(2).build());

    @Test
    void weightsHaveExpectedSigns() {
        double[] weights = EXPLANATION.segmentWeights(1);
        assertThat(weights[TOP_LEFT]).isPositive();
        assertThat(weights[BOTTOM_RIGHT]).isNegative();
    }

    @Test
    void positiveOnlyShowsPositiveSuperpixel() {
        ImageMask mask = EXPLANATION.mask(1);
        assertThat(mask.segments()).containsExactly(TOP_LEFT);
        assertThat(mask.get(1, 1)).isEqualTo(1);
        assertThat(mask.get(6, 6)).isZero();
        assertThat(mask.image().samples()).isEqualTo(IMAGE.samples());
    }

    @Test
    void negativeOnlyShowsNegativeSuperpixel() {
        ImageMask mask = EXPLANATION.mask(1, MaskOptions.defaults().negative());
        assertThat(mask.segments()).containsExactly(BOTTOM_RIGHT);
        assertThat(mask.get(6, 6)).isEqualTo(1);
        assertThat(mask.get(1, 1)).isZero();
    }

    @Test
    void bothSignsMarkAndTintSuperpixels() {
        ImageMask mask = EXPLANATION.mask(1, MaskOptions.defaults().bothSigns());
        assertThat(mask.segments()).containsExactlyInAnyOrder(TOP_LEFT, BOTTOM_RIGHT);
        assertThat(mask.get(1, 1)).isEqualTo(1);
        assertThat(mask.get(6, 6)).isEqualTo(-1);
        assertThat(mask.get(6, 1)).isZero();
        // Positive superpixels get the image's maximum in green, negative ones in red.
        assertThat(mask.image().get(1, 1, 1)).isEqualTo(200);
        assertThat(mask.image().get(6, 6, 0)).isEqualTo(200);
        assertThat(mask.image().get(6, 1, 1)).isEqualTo(IMAGE.get(6, 1, 1));
    }

    @Test
    void hideRestBlacksOutOtherPixels() {
        ImageMask mask = EXPLANATION.mask(1, MaskOptions.defaults().withHideRest(true));
        assertThat(mask.image().get(1, 1, 0)).isEqualTo(IMAGE.get(1, 1, 0));
        assertThat(mask.image().get(6, 1, 0)).isZero();
        assertThat(mask.image().get(6, 6, 2)).isZero();
    }

    @Test
    void numFeaturesAndMinWeightLimitTheMask() {
        MaskOptions both = MaskOptions.defaults().bothSigns();
        assertThat(EXPLANATION.mask(1, both.withNumFeatures(1)).segments()).hasSize(1);
        assertThat(EXPLANATION.mask(1, both.withNumFeatures(0)).isEmpty()).isTrue();
        assertThat(EXPLANATION.mask(1, both.withMinWeight(10)).isEmpty()).isTrue();
    }

    @Test
    void positiveOnlyWithoutPositiveWeightIsEmpty() {
        ImageExplanation single = ImageExplainer.builder()
                .segmenter(Segmenters.given(8, 8, quadrantLabels())).hiding(Hiding.colour(0))
                .build().explain(IMAGE, new QuadrantModel(), ImageExplainer.defaultOptions()
                        .labels(0).numFeatures(1).seed(2).build());
        assertThat(single.segmentWeights(0)[single.explanation().label(0).weights().get(0)
                .feature()]).isNegative();
        ImageMask mask = single.mask(0);
        assertThat(mask.isEmpty()).isTrue();
        assertThat(mask.mask()).containsOnly(0);
    }

    @Test
    void heatMapCarriesSegmentWeights() {
        float[] heat = EXPLANATION.heatMap(1);
        double[] weights = EXPLANATION.segmentWeights(1);
        assertThat(heat[9]).isEqualTo((float) weights[TOP_LEFT]);
        assertThat(heat[63]).isEqualTo((float) weights[BOTTOM_RIGHT]);
        LimeImage picture = EXPLANATION.heatMapImage(1);
        assertThat(picture.shape()).isEqualTo("8×8×3");
        assertThat(picture.get(1, 1, 1)).as("green at the positive quadrant")
                .isGreaterThan(picture.get(1, 1, 0));
        assertThat(picture.get(6, 6, 0)).as("red at the negative quadrant")
                .isGreaterThan(picture.get(6, 6, 1));
    }

    @Test
    void boundariesAreDrawnBetweenQuadrants() {
        LimeImage drawn = EXPLANATION.boundaries();
        assertThat(List.of(drawn.get(3, 0, 0), drawn.get(3, 0, 1), drawn.get(3, 0, 2)))
                .containsExactly(255, 255, 0);
        assertThat(drawn.get(0, 0, 2)).isEqualTo(IMAGE.get(0, 0, 2));
    }

    @Test
    void unexplainedLabelIsRejected() {
        assertThatThrownBy(() -> EXPLANATION.mask(7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label 7 was not explained");
    }

    @Test
    void positiveAndNegativeOnlyTogetherAreRejected() {
        assertThatThrownBy(() -> new MaskOptions(true, true, false, 5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot both be set");
    }

    static int[] quadrantLabels() {
        int[] labels = new int[64];
        for (int p = 0; p < 64; p++) {
            labels[p] = (p / 8 >= 4 ? 2 : 0) + (p % 8 >= 4 ? 1 : 0);
        }
        return labels;
    }

    private static LimeImage quadrantImage() {
        int[] labels = quadrantLabels();
        int[] samples = new int[64 * 3];
        for (int p = 0; p < 64; p++) {
            int value = labels[p] == TOP_LEFT || labels[p] == BOTTOM_RIGHT ? 200 : 100;
            samples[p * 3] = value;
            samples[p * 3 + 1] = value;
            samples[p * 3 + 2] = value;
        }
        return LimeImage.ofInts(8, 8, 3, samples);
    }

    /** Class 1 is a logistic function of the top-left minus the bottom-right brightness. */
    private static final class QuadrantModel implements Predictor<LimeImage> {
        @Override
        public double[][] predict(List<LimeImage> batch) {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                LimeImage image = batch.get(i);
                double score = (image.get(1, 1, 0) - image.get(6, 6, 0)) / 100.0;
                double p = 1 / (1 + Math.exp(-score));
                out[i] = new double[] {1 - p, p};
            }
            return out;
        }
    }

}
