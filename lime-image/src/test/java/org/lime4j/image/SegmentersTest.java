package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SegmentersTest {
    private static final LimeImage ASTRONAUT = TestData.photo("astronaut.png").resize(224, 224);

    @Test
    void quickshiftOnAstronautGivesReferenceRange() {
        Segmentation segmentation = Segmenters.quickshift().segment(ASTRONAUT, 0);
        assertThat(segmentation.count()).as("segments").isBetween(15, 60);
        assertCompleteLabels(segmentation, 224, 224);
    }

    @Test
    void quickshiftIsDeterministicForOneSeed() {
        Segmenter quickshift = Segmenters.quickshift();
        int[] first = quickshift.segment(ASTRONAUT, 42).labels();
        int[] second = quickshift.segment(ASTRONAUT, 42).labels();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void quickshiftSmallerKernelGivesMoreSegments() {
        LimeImage chelsea = TestData.photo("chelsea.png").resize(150, 100);
        int coarse = Segmenters.quickshift(4, 200, 0.2).segment(chelsea, 0).count();
        int fine = Segmenters.quickshift(2, 200, 0.2).segment(chelsea, 0).count();
        assertThat(fine).as("segments with kernel 2 against %d with kernel 4", coarse)
                .isGreaterThan(coarse);
    }

    @Test
    void quickshiftMaxDistZeroLeavesEveryPixelAlone() {
        LimeImage small = LimeImageTest.pattern(6, 5, 3);
        Segmentation segmentation = Segmenters.quickshift(1, 1e-9, 0.2).segment(small, 0);
        assertThat(segmentation.count()).isEqualTo(30);
    }

    @Test
    void slicOnAstronautGivesAboutRequestedRegions() {
        Segmentation segmentation = Segmenters.slic(50, 200).segment(ASTRONAUT, 0);
        assertThat(segmentation.count()).as("segments").isBetween(25, 100);
        assertCompleteLabels(segmentation, 224, 224);
    }

    @Test
    void felzenszwalbOnAstronautLabelsEveryPixel() {
        Segmentation segmentation = Segmenters.felzenszwalb(300, 50).segment(ASTRONAUT, 0);
        assertThat(segmentation.count()).as("segments").isBetween(10, 1000);
        assertCompleteLabels(segmentation, 224, 224);
    }

    @Test
    void givenLabelsAreRemappedToDenseRange() {
        int[] labels = {7, 7, 3, 3, 10, 10};
        Segmentation segmentation = Segmenters.given(3, 2, labels)
                .segment(LimeImage.of(3, 2, 1, new byte[6]), 0);
        assertThat(segmentation.count()).isEqualTo(3);
        assertThat(segmentation.labels()).containsExactly(1, 1, 0, 0, 2, 2);
    }

    @Test
    void givenLabelsOfWrongShapeNameBothShapes() {
        Segmenter given = Segmenters.given(4, 2, new int[8]);
        LimeImage image = LimeImage.of(2, 4, 1, new byte[8]);
        assertThatThrownBy(() -> given.segment(image, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label map is 4×2")
                .hasMessageContaining("image is 2×4");
    }

    @Test
    void givenLabelCountMustMatchSize() {
        assertThatThrownBy(() -> Segmenters.given(4, 4, new int[15]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs 16 labels, got 15");
    }

    @Test
    void invalidParametersAreRejected() {
        assertThatThrownBy(() -> Segmenters.quickshift(0, 200, 0.2))
                .hasMessageContaining("kernelSize");
        assertThatThrownBy(() -> Segmenters.quickshift(4, 200, 2))
                .hasMessageContaining("ratio");
        assertThatThrownBy(() -> Segmenters.slic(0, 200)).hasMessageContaining("regions");
        assertThatThrownBy(() -> Segmenters.felzenszwalb(100, 0)).hasMessageContaining("minSize");
    }

    static void assertCompleteLabels(Segmentation segmentation, int width, int height) {
        int[] labels = segmentation.labels();
        assertThat(labels).hasSize(width * height);
        assertThat(Arrays.stream(labels).min().getAsInt()).isZero();
        assertThat(Arrays.stream(labels).max().getAsInt()).isEqualTo(segmentation.count() - 1);
        assertThat(Arrays.stream(labels).distinct().count()).isEqualTo(segmentation.count());
    }
}
