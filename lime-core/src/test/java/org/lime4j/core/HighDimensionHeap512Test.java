package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Explanations with far more features than samples. Surefire runs this class in its own JVM
 * with a 512 MB heap (see the lime-core pom), so it fails if memory grows with {@code d²}.
 */
class HighDimensionHeap512Test {

    @Test
    void fiftyThousandFeaturesFitInHalfAGigabyte() {
        assertThat(Runtime.getRuntime().maxMemory()).as("max heap of this JVM")
                .isLessThanOrEqualTo(600L << 20);
        int d = 50_000;
        AtomicLong rows = new AtomicLong();
        Predictor<double[]> model = batch -> {
            rows.addAndGet(batch.size());
            return TestSamplers.logistic().predict(batch);
        };
        Sampler<double[]> base = TestSamplers.binary(d);
        Sampler<double[]> sampler = new Sampler<>() {
            @Override
            public int features() {
                return d;
            }

            @Override
            public double[] instanceRow() {
                return base.instanceRow();
            }

            @Override
            public boolean binary() {
                return true;
            }

            @Override
            public Worker<double[]> newWorker(int capacity) {
                return base.newWorker(capacity);
            }
        };
        ExplainOptions options = ExplainOptions.builder().numSamples(500).seed(3).build();
        Explanation explanation = LimeEngine.explain(sampler, model, options,
                TestSamplers.spec(d));

        assertThat(rows).hasValue(500);
        assertThat(explanation.label(1).weights()).hasSize(10);
        assertThat(explanation.label(1).weights().get(0).feature()).isEqualTo(0);
        assertThat(explanation.effectiveSampleSize()).isGreaterThan(1);
        assertThat(explanation.run().batchSize()).isLessThanOrEqualTo(500);
    }

    @Test
    void manyFeaturesRejectUnsupportedSelectionBeforeSampling() {
        AtomicLong calls = new AtomicLong();
        Predictor<double[]> model = batch -> {
            calls.incrementAndGet();
            return TestSamplers.logistic().predict(batch);
        };
        int d = 5000;
        ExplainOptions options = ExplainOptions.builder().numSamples(100).numFeatures(5)
                .featureSelection(FeatureSelection.FORWARD_SELECTION).build();
        assertThatThrownBy(() -> LimeEngine.explain(TestSamplers.binary(d), model, options,
                TestSamplers.spec(d)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FORWARD_SELECTION supports at most 2048 features");
        assertThat(calls).hasValue(0);
    }

    @Test
    void autoAboveLimitUsesHighestWeights() {
        int d = 5000;
        ExplainOptions options = ExplainOptions.builder().numSamples(200).numFeatures(3).seed(2)
                .build();
        Explanation explanation = LimeEngine.explain(TestSamplers.binary(d),
                TestSamplers.logistic(), options, TestSamplers.spec(d));

        assertThat(explanation.featureSelectionUsed()).isEqualTo(FeatureSelection.HIGHEST_WEIGHTS);
        assertThat(explanation.label(1).weights()).hasSize(3);
    }
}
