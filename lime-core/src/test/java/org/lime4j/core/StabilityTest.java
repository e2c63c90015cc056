package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The seed-to-seed comparison separates stable explanations from noisy ones. */
class StabilityTest {

    private static Explanation explain(long seed, int samples) {
        ExplainOptions options = ExplainOptions.builder().seed(seed).numSamples(samples)
                .numFeatures(2).build();
        return LimeEngine.explain(TestSamplers.binary(10), TestSamplers.logistic(), options,
                TestSamplers.spec(10));
    }

    @Test
    void strongSignalIsStable() {
        Stability stability = Stability.assess(seed -> explain(seed, 3000), 1, 1, 2, 3, 4, 5);

        assertThat(stability.meanJaccard()).isCloseTo(1.0, within(1e-12));
        assertThat(stability.signAgreement()).isCloseTo(1.0, within(1e-12));
        assertThat(stability.features()).hasSize(2);
        assertThat(stability.features().get(0).feature()).isEqualTo(0);
        assertThat(stability.features().get(0).selectedFraction()).isEqualTo(1.0);
        assertThat(stability.features().get(0).standardDeviation())
                .isLessThan(0.1 * Math.abs(stability.features().get(0).meanWeight()));
    }

    @Test
    void noiseFeaturesAreUnstable() {
        // Eight of ten features do not affect the model: with 5 features requested, the last
        // three places go to noise features that change with the seed.
        Stability stability = Stability.assess(seed -> {
            ExplainOptions options = ExplainOptions.builder().seed(seed).numSamples(60)
                    .numFeatures(5).build();
            return LimeEngine.explain(TestSamplers.binary(10), TestSamplers.logistic(), options,
                    TestSamplers.spec(10));
        }, 1, 1, 2, 3, 4, 5, 6);

        assertThat(stability.meanJaccard()).isLessThan(0.9);
        assertThat(stability.seeds()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void oneSeedIsRejected() {
        assertThatThrownBy(() -> Stability.assess(seed -> explain(seed, 100), 1, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two seeds, got 1");
    }
}
