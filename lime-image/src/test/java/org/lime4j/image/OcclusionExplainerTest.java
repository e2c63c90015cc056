package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lime4j.core.PredictionException;
import org.lime4j.core.Predictor;

/** Occlusion on a 32×32 bright image whose model looks only at the rectangle x 20–27, y 4–11. */
class OcclusionExplainerTest {
    private static final LimeImage BRIGHT = LimeImage.ofInts(32, 32, 1,
            LimeImageTest.filled(32 * 32, 220));
    private static final BrightnessModel MODEL = new BrightnessModel(20, 4, 28, 12);

    @Test
    void largestDropCoversTheRegionTheModelReads() {
        OcclusionMap map = OcclusionExplainer.builder().build().explain(BRIGHT, MODEL, 1);
        int[] patch = map.maxDropPatch();
        assertThat(overlap(patch, 20, 4, 28, 12)).as("pixels of %s inside the region",
                java.util.Arrays.toString(patch)).isEqualTo(64);
        assertThat(map.drop(0, 6)).as("a patch far from the region").isZero();
        float[] heat = map.heatMap();
        assertThat(heat[8 * 32 + 24]).isGreaterThan(0);
        assertThat(heat[28 * 32 + 2]).isZero();
    }

    @Test
    void patchesCoverEveryEdge() {
        OcclusionMap map = OcclusionExplainer.builder().patchSize(8).stride(5).build()
                .explain(LimeImage.of(30, 21, 1, new byte[30 * 21]), MODEL, 1);
        // Starts 0, 5, ..., 20 plus 22 across; 0, 5, 10 plus 13 down.
        assertThat(map.columns()).isEqualTo(6);
        assertThat(map.rows()).isEqualTo(4);
    }

    @Test
    void batchSizeDoesNotChangeTheMap() {
        double[] whole = OcclusionExplainer.builder().batchSize(1000).build()
                .explain(BRIGHT, MODEL, 1).drops();
        AtomicInteger calls = new AtomicInteger();
        Predictor<LimeImage> counting = batch -> {
            calls.incrementAndGet();
            assertThat(batch.size()).isLessThanOrEqualTo(3);
            return MODEL.predict(batch);
        };
        double[] small = OcclusionExplainer.builder().batchSize(3).build()
                .explain(BRIGHT, counting, 1).drops();
        assertThat(small).containsExactly(whole);
        // 7 × 7 patches plus the unoccluded image, three per call.
        assertThat(calls.get()).isEqualTo(17);
    }

    @Test
    void fillsChangeOnlyTheirPatch() {
        for (OcclusionFill fill : OcclusionFill.values()) {
            OcclusionMap map = OcclusionExplainer.builder().fill(fill).build()
                    .explain(LimeImageTest.pattern(32, 32, 3), MODEL, 1);
            assertThat(map.drop(0, 6)).as("%s fill far from the region", fill).isZero();
        }
    }

    @Test
    void uniformImageWithMeanFillHasNoDrop() {
        OcclusionMap map = OcclusionExplainer.builder().fill(OcclusionFill.MEAN).build()
                .explain(BRIGHT, MODEL, 1);
        assertThat(map.drops()).containsOnly(0.0);
        assertThat(map.baseline()).isEqualTo(MODEL.predict(java.util.List.of(BRIGHT))[0][1]);
    }

    @Test
    void labelOutsideOutputIsReported() {
        OcclusionExplainer occlusion = OcclusionExplainer.builder().build();
        assertThatThrownBy(() -> occlusion.explain(BRIGHT, MODEL, 5))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("label 5 is out of range")
                .hasMessageContaining("2 columns");
    }

    @Test
    void heatMapImageHasImageSize() {
        OcclusionMap map = OcclusionExplainer.builder().build().explain(BRIGHT, MODEL, 1);
        assertThat(map.heatMapImage(BRIGHT).shape()).isEqualTo("32×32×3");
    }

    private static int overlap(int[] patch, int x0, int y0, int x1, int y1) {
        int width = Math.max(0, Math.min(patch[0] + patch[2], x1) - Math.max(patch[0], x0));
        int height = Math.max(0, Math.min(patch[1] + patch[3], y1) - Math.max(patch[1], y0));
        return width * height;
    }
}
