package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same seed must give the same explanation, whatever the threads and batches. */
class DeterminismTest {
    private static final int SAMPLES = 5000;

    private static String explain(Sampler<double[]> sampler, int threads, int batch, long seed,
            FeatureSelection method) {
        ExplainOptions options = ExplainOptions.builder().parallelism(threads).batchSize(batch)
                .seed(seed).numSamples(SAMPLES).featureSelection(method).numFeatures(5)
                .topLabels(2).build();
        Explanation explanation = LimeEngine.explain(sampler, TestSamplers.logistic(), options,
                TestSamplers.spec(sampler.features(), "no", "yes"));
        return ExplanationJson.toCanonicalJson(explanation);
    }

    static Stream<Arguments> runs() {
        Stream.Builder<Arguments> runs = Stream.builder();
        for (int threads : new int[] {1, 2, 8}) {
            for (int batch : new int[] {1, 7, 100, SAMPLES}) {
                runs.add(Arguments.of(threads, batch));
            }
        }
        return runs.build();
    }

    @ParameterizedTest(name = "threads {0}, batch {1}")
    @MethodSource("runs")
    void binarySamplesAreBitIdentical(int threads, int batch) {
        Sampler<double[]> sampler = TestSamplers.binary(12);
        String reference = explain(sampler, 1, SAMPLES, 42, FeatureSelection.LASSO_PATH);
        assertThat(explain(sampler, threads, batch, 42, FeatureSelection.LASSO_PATH))
                .isEqualTo(reference);
    }

    @ParameterizedTest(name = "threads {0}, batch {1}")
    @MethodSource("runs")
    void gaussianSamplesAreBitIdentical(int threads, int batch) {
        double[] instance = {0.3, -1.2, 2.0, 0.0, 5.0};
        double[] scale = {1.0, 0.5, 2.0, 1.0, 3.0};
        Sampler<double[]> sampler = TestSamplers.gaussian(instance, scale);
        String reference = explain(sampler, 1, SAMPLES, 9, FeatureSelection.FORWARD_SELECTION);
        assertThat(explain(sampler, threads, batch, 9, FeatureSelection.FORWARD_SELECTION))
                .isEqualTo(reference);
    }

    @Test
    void differentSeedsDiffer() {
        Sampler<double[]> sampler = TestSamplers.binary(12);
        assertThat(explain(sampler, 2, 100, 1, FeatureSelection.NONE))
                .isNotEqualTo(explain(sampler, 2, 100, 2, FeatureSelection.NONE));
    }

    @Test
    void sameOptionsTwiceGiveEqualExplanations() {
        Sampler<double[]> sampler = TestSamplers.binary(12);
        assertThat(explain(sampler, 2, 100, 5, FeatureSelection.AUTO))
                .isEqualTo(explain(sampler, 2, 100, 5, FeatureSelection.AUTO));
    }
}
