package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 200,000 samples of 30 features. Surefire runs this class in its own JVM with a 256 MB heap
 * (see the lime-core pom): the statistics are summed per block, so memory does not grow with the
 * sample count.
 */
class ManySamplesHeap256Test {

    @Test
    void twoHundredThousandSamplesFitInAQuarterGigabyte() {
        assertThat(Runtime.getRuntime().maxMemory()).as("max heap of this JVM")
                .isLessThanOrEqualTo(300L << 20);
        double[] instance = new double[30];
        double[] scale = new double[30];
        java.util.Arrays.fill(scale, 1.0);
        ExplainOptions options = ExplainOptions.builder().numSamples(200_000).seed(5).build();
        Explanation explanation = LimeEngine.explain(TestSamplers.gaussian(instance, scale),
                TestSamplers.logistic(), options, TestSamplers.spec(30));

        assertThat(explanation.numSamples()).isEqualTo(200_000);
        assertThat(explanation.label(1).weights().get(0).feature()).isEqualTo(0);
        assertThat(explanation.label(1).weights().get(1).feature()).isEqualTo(1);
    }
}
