package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lime4j.core.ConcurrencyCheck;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.ExplanationJson;
import org.lime4j.core.FeatureSelection;
import org.lime4j.core.Predictor;

/**
 * One tabular explainer shared by many threads, and one explanation computed with any thread
 * count and batch size, must give the same canonical JSON as a sequential run with the same
 * seed. The data is the breast cancer set and the model the reference's logistic regression,
 * rebuilt from its coefficients.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConcurrencyReliabilityTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 200;
    private static final int SAMPLES = 300;
    private static final int DETERMINISM_SAMPLES = 2000;

    private static TestData.Labelled data;
    private static Predictor<double[]> model;
    private static TabularExplainer discretized;
    private static TabularExplainer continuous;

    @BeforeAll
    static void load() throws IOException {
        data = TestData.breastCancer();
        model = ReferenceModels.load("logreg").classifier();
        discretized = TabularExplainer.builder(data.x(), TestData.breastCancerColumns()).build();
        continuous = TabularExplainer.builder(data.x(), TestData.breastCancerColumns())
                .samplingMode(SamplingMode.CONTINUOUS_AROUND_INSTANCE).build();
    }

    private static String explain(TabularExplainer explainer, int row, long seed,
            ExplainOptions.Builder options) {
        return ExplanationJson.toCanonicalJson(
                explainer.explain(data.x()[row], model, options.seed(seed).build()));
    }

    /** C09: 8 threads share one explainer; each result equals the sequential one. */
    @Test
    void sharedExplainerMatchesSequentialRuns() throws Exception {
        ConcurrencyCheck.assertConcurrentMatchesSequential(THREADS, PER_THREAD,
                (t, i) -> explain(discretized, rowOf(t, i), ConcurrencyCheck.seedOf(t, i),
                        ExplainOptions.builder().numSamples(SAMPLES).numFeatures(5)
                                .parallelism(1)),
                (t, i) -> explain(discretized, rowOf(t, i), ConcurrencyCheck.seedOf(t, i),
                        ExplainOptions.builder().numSamples(SAMPLES).numFeatures(5)
                                .parallelism(2).batchSize(64)));
    }

    private static int rowOf(int thread, int i) {
        return (thread * PER_THREAD + i) % data.x().length;
    }


    static Stream<Arguments> runs() {
        Stream.Builder<Arguments> runs = Stream.builder();
        for (String mode : new String[] {"discretized", "continuous"}) {
            for (int threads : new int[] {1, 2, 8}) {
                for (int batch : new int[] {1, 7, 100, DETERMINISM_SAMPLES}) {
                    runs.add(Arguments.of(mode, threads, batch));
                }
            }
        }
        return runs.build();
    }

    /** C08: the same seed gives bit-identical JSON for any thread count and batch size. */
    @ParameterizedTest(name = "{0}, threads {1}, batch {2}")
    @MethodSource("runs")
    void sameSeedIsBitIdentical(String mode, int threads, int batch) {
        TabularExplainer explainer = mode.equals("discretized") ? discretized : continuous;
        ExplainOptions.Builder base = ExplainOptions.builder().numSamples(DETERMINISM_SAMPLES)
                .numFeatures(6).featureSelection(FeatureSelection.FORWARD_SELECTION);
        String reference = explain(explainer, 7, 42,
                base.parallelism(1).batchSize(DETERMINISM_SAMPLES));
        String actual = explain(explainer, 7, 42, base.parallelism(threads).batchSize(batch));
        assertThat(actual).isEqualTo(reference);
    }

    /** C08: two explainers built from the same data give the same result for one seed. */
    @Test
    void twoExplainersAgree() {
        TabularExplainer second =
                TabularExplainer.builder(data.x(), TestData.breastCancerColumns()).build();
        ExplainOptions.Builder options = ExplainOptions.builder().numSamples(1000);
        String first = explain(discretized, 3, 42, options);
        assertThat(explain(second, 3, 42, options)).isEqualTo(first);
        assertThat(explain(discretized, 3, 42, options)).isEqualTo(first);
        assertThat(explain(discretized, 3, 43, options)).isNotEqualTo(first);
    }
}
