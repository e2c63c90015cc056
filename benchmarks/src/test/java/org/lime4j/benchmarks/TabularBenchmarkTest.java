package org.lime4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureSelection;

/** Runs each tabular benchmark method once and checks that it did the work it is named for. */
class TabularBenchmarkTest {
    private static final TabularBenchmark BENCHMARK = new TabularBenchmark();

    @BeforeAll
    static void setUp() {
        BENCHMARK.setUp();
    }

    @Test
    void quartileExplainsTenFeatures() {
        Explanation explanation = BENCHMARK.quartileTenFeatures();
        assertThat(explanation.numSamples()).isEqualTo(5000);
        assertThat(explanation.featureSelectionUsed())
                .isEqualTo(FeatureSelection.HIGHEST_WEIGHTS);
        assertThat(explanation.label(1).weights()).hasSize(10);
        assertThat(explanation.label(1).weights().get(0).description()).containsAnyOf("<", ">");
    }

    @Test
    void continuousExplainsTenFeatures() {
        Explanation explanation = BENCHMARK.continuousTenFeatures();
        assertThat(explanation.label(1).weights()).hasSize(10);
        assertThat(explanation.label(1).weights().get(0).description())
                .doesNotContain("<", ">");
    }

    @Test
    void forwardSelectionKeepsFiveFeatures() {
        Explanation explanation = BENCHMARK.quartileForwardSelectionFive();
        assertThat(explanation.featureSelectionUsed())
                .isEqualTo(FeatureSelection.FORWARD_SELECTION);
        assertThat(explanation.label(1).weights()).hasSize(5);
    }

    @Test
    void baselineRunsOnRecordedInputs() throws Exception {
        BENCHMARK.modelBaseline(Blackholes.create());
    }

    @Test
    void scalingBenchmarksRunAtWidestSetting() throws Exception {
        TabularScalingBenchmark scaling = new TabularScalingBenchmark();
        scaling.samples = 1000;
        scaling.features = 100;
        scaling.threads = 2;
        scaling.setUp();
        Explanation explanation = scaling.explain();
        assertThat(explanation.features()).hasSize(100);
        assertThat(explanation.numSamples()).isEqualTo(1000);

        TabularScalingBaselineBenchmark baseline = new TabularScalingBaselineBenchmark();
        baseline.samples = 1000;
        baseline.features = 100;
        baseline.setUp();
        baseline.modelBaseline(Blackholes.create());
    }

    @Test
    void recorderCopiesEveryModelInput() {
        TabularFixture fixture = TabularFixture.of(30);
        RecordingPredictor<double[]> recorder =
                new RecordingPredictor<>(fixture.model(), double[]::clone);
        TabularBenchmark.explainer(fixture, org.lime4j.tabular.SamplingMode.DISCRETIZED)
                .explain(fixture.instance(), recorder, TabularBenchmark.options(2500, 10, 2)
                        .batchSize(1000).build());
        assertThat(recorder.inputs()).isEqualTo(2500);
        assertThat(recorder.batches()).hasSize(3);
        assertThat(recorder.batches().get(0).get(0))
                .isNotSameAs(recorder.batches().get(0).get(1));
    }
}
