package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Samplers that declare binary rows take the bit-set path: pair counts per weight group, or row
 * by row when the weights have many distinct values. Both must agree with the block sums of the
 * general path and stay bit-identical across threads and batches.
 */
class BinaryRowsTest {
    private static final int D = 20;

    /** Wraps a sampler, declaring its rows binary and optionally jittering its distances. */
    private static Sampler<double[]> declared(Sampler<double[]> base, boolean binary,
            double jitter) {
        return new Sampler<>() {
            @Override
            public int features() {
                return base.features();
            }

            @Override
            public double[] instanceRow() {
                return base.instanceRow();
            }

            @Override
            public boolean binary() {
                return binary;
            }

            @Override
            public Worker<double[]> newWorker(int capacity) {
                Worker<double[]> worker = base.newWorker(capacity);
                return (seed, first, count, rows, distances) -> {
                    List<double[]> inputs = worker.fill(seed, first, count, rows, distances);
                    for (int s = 0; s < count; s++) {
                        distances[s] += jitter * ((first + s) % 997);
                    }
                    return inputs;
                };
            }
        };
    }

    private static Explanation explain(Sampler<double[]> sampler, int threads, int batch) {
        ExplainOptions options = ExplainOptions.builder().seed(17).numSamples(3000)
                .featureSelection(FeatureSelection.NONE).parallelism(threads).batchSize(batch)
                .topLabels(2).build();
        return LimeEngine.explain(sampler, TestSamplers.logistic(), options,
                TestSamplers.spec(D));
    }

    @ParameterizedTest(name = "jitter {0}")
    @CsvSource({"0", "1e-7"})
    void bitPathMatchesBlockSums(double jitter) {
        Sampler<double[]> base = TestSamplers.binary(D);
        Explanation blocks = explain(declared(base, false, jitter), 2, 100);
        Explanation bits = explain(declared(base, true, jitter), 2, 100);

        for (int label = 0; label < 2; label++) {
            LabelExplanation expected = blocks.label(label);
            LabelExplanation actual = bits.label(label);
            assertThat(actual.intercept()).isCloseTo(expected.intercept(), within(1e-10));
            assertThat(actual.score()).isCloseTo(expected.score(), within(1e-10));
            for (int j = 0; j < D; j++) {
                assertThat(actual.weightOf(j)).as("label %d feature %d", label, j)
                        .isCloseTo(expected.weightOf(j), within(1e-10));
            }
        }
    }

    @ParameterizedTest(name = "threads {0}, batch {1}")
    @CsvSource({"1, 3000", "2, 1", "2, 7", "8, 100"})
    void bitPathIsBitIdentical(int threads, int batch) {
        Sampler<double[]> sampler = declared(TestSamplers.binary(D), true, 0);
        assertThat(ExplanationJson.toCanonicalJson(explain(sampler, threads, batch)))
                .isEqualTo(ExplanationJson.toCanonicalJson(explain(sampler, 1, 3000)));
    }

    @Test
    void nonBinaryValueIsRejected() {
        Sampler<double[]> liar = declared(TestSamplers.gaussian(new double[] {1, 2},
                new double[] {1, 1}), true, 0);
        assertThatThrownBy(() -> LimeEngine.explain(liar, TestSamplers.logistic(),
                ExplainOptions.builder().numSamples(50).build(), TestSamplers.spec(2)))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("declared binary rows");
    }
}
