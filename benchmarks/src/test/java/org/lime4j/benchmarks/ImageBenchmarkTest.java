package org.lime4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lime4j.core.Explanation;
import org.lime4j.image.ImageExplanation;
import org.lime4j.image.Segmentation;

/** Runs each image benchmark method once at 224×224 and checks the shapes of its results. */
class ImageBenchmarkTest {
    private static final ImageBenchmark BENCHMARK = new ImageBenchmark();

    @BeforeAll
    static void setUp() {
        BENCHMARK.size = 224;
        BENCHMARK.setUp();
    }

    @Test
    void quickshiftFindsSuperpixels() {
        Segmentation segmentation = BENCHMARK.quickshift();
        assertThat(segmentation.width()).isEqualTo(224);
        assertThat(segmentation.height()).isEqualTo(224);
        assertThat(segmentation.count()).isGreaterThan(10);
    }

    @Test
    void segmentedExplanationUsesGivenSegments() {
        int segments = BENCHMARK.quickshift().count();
        ImageExplanation explanation = BENCHMARK.explainSegmented();
        assertThat(explanation.segmentation().count()).isEqualTo(segments);
        assertThat(explanation.explanation().numSamples()).isEqualTo(1000);
        assertThat(explanation.topLabels()).hasSize(5);
    }

    @Test
    void engineOnlyMatchesImageShape() {
        int segments = BENCHMARK.quickshift().count();
        Explanation explanation = BENCHMARK.engineOnly();
        assertThat(explanation.features()).hasSize(segments);
        assertThat(explanation.numSamples()).isEqualTo(1000);
        assertThat(explanation.labels()).hasSize(5);
    }

    @Test
    void wholeExplanationSegmentsImage() {
        ImageExplanation explanation = BENCHMARK.explainWhole();
        assertThat(explanation.segmentation().count()).isGreaterThan(10);
        assertThat(explanation.image().width()).isEqualTo(224);
    }

    @Test
    void baselineRunsOnThousandImages() throws Exception {
        BENCHMARK.modelBaseline(Blackholes.create());
    }
}
