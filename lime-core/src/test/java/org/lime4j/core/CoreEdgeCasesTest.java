package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults that users met in other LIME tools, each fixed here for its whole kind. */
class CoreEdgeCasesTest {

    private static ExplainOptions.Builder options() {
        return ExplainOptions.builder().seed(11).numSamples(2000);
    }

    private static Explanation explain(Sampler<double[]> sampler, Predictor<double[]> model,
            ExplainOptions options) {
        return LimeEngine.explain(sampler, model, options, TestSamplers.spec(sampler.features()));
    }

    /** C05: more features requested than exist are clamped; the true drivers rank first. */
    @ParameterizedTest
    @ValueSource(ints = {5, 7, 20})
    void featureCountIsClampedAndDriversRankFirst(int k) {
        double[] instance = {0.5, -0.5, 1, 2, 3, 4, 5, 6};
        double[] scale = new double[8];
        Arrays.fill(scale, 1.0);
        Explanation explanation = explain(TestSamplers.gaussian(instance, scale),
                TestSamplers.logistic(), options().numFeatures(k).build());
        List<FeatureWeight> weights = explanation.label(1).weights();

        assertThat(weights).hasSize(Math.min(k, 8));
        assertThat(weights.get(0).feature()).isEqualTo(0);
        assertThat(weights.get(1).feature()).isEqualTo(1);
        assertThat(explanation.featureSelectionUsed())
                .isEqualTo(FeatureSelection.AUTO.resolve(k));
        if (k > 8) {
            assertThat(explanation.warnings()).anyMatch(w -> w.contains("only 8 are usable"));
        }
    }

    /** C06: selection none returns every feature, whatever was requested. */
    @Test
    void noneReturnsAllFeatures() {
        Explanation explanation = explain(TestSamplers.binary(4), TestSamplers.logistic(),
                options().numSamples(5000).featureSelection(FeatureSelection.NONE)
                        .numFeatures(2).build());
        assertThat(explanation.label(1).weights()).hasSize(4);
    }

    /** C07: constant interpretable columns get weight 0 and do not count. */
    @Test
    void constantColumnsAreNotCounted() {
        Explanation explanation = explain(TestSamplers.binary(6, 3, 4, 5), TestSamplers.logistic(),
                options().numFeatures(5).build());
        LabelExplanation label = explanation.label(1);

        assertThat(explanation.usableFeatures()).isEqualTo(3);
        assertThat(label.weights()).hasSize(3);
        assertThat(label.weights()).allMatch(w -> w.feature() < 3);
        assertThat(explanation.warnings()).anyMatch(w -> w.contains("3 of 6 features do not vary"));
    }

    /** C07 with selection none: the constant columns are listed with weight exactly 0. */
    @Test
    void constantColumnsGetZeroWeightUnderNone() {
        Explanation explanation = explain(TestSamplers.binary(6, 4), TestSamplers.logistic(),
                options().featureSelection(FeatureSelection.NONE).build());
        assertThat(explanation.label(1).weights()).hasSize(6);
        assertThat(explanation.label(1).weightOf(4)).isEqualTo(0.0);
    }

    /** C10 (a) and C13: one output column cannot be classified, and the error explains why. */
    @Test
    void oneColumnClassifierIsRejected() {
        Predictor<double[]> labelsOnly = batch -> {
            double[][] out = new double[batch.size()][1];
            for (int i = 0; i < out.length; i++) {
                out[i][0] = batch.get(i)[0] > 0.5 ? 1 : 0;
            }
            return out;
        };
        assertThatThrownBy(() -> explain(TestSamplers.binary(3), labelsOnly, options().build()))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("1 column")
                .hasMessageContaining("label 1 is out of range")
                .hasMessageContaining("n × C matrix");
    }

    /** C10 (b): a regression model returning n × 1 is accepted. */
    @Test
    void regressionSingleColumnIsAccepted() {
        Predictor<double[]> model = batch -> batch.stream()
                .map(x -> new double[] {3 * x[0] - 2 * x[1] + 1}).toArray(double[][]::new);
        Explanation explanation = explain(TestSamplers.binary(2), model,
                options().task(Task.REGRESSION).build());
        assertThat(explanation.labels()).hasSize(1);
    }

    /** C10 (c): a two-column regression needs the caller to name the column. */
    @Test
    void regressionTwoColumnsNeedsOutputColumn() {
        Predictor<double[]> model = batch -> batch.stream()
                .map(x -> new double[] {x[0], 10 * x[1]}).toArray(double[][]::new);
        assertThatThrownBy(() -> explain(TestSamplers.binary(2), model,
                options().task(Task.REGRESSION).build()))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("n × 2")
                .hasMessageContaining("outputColumn");

        Explanation second = explain(TestSamplers.binary(2), model,
                options().task(Task.REGRESSION).outputColumn(1).build());
        assertThat(second.first().weights().get(0).feature()).isEqualTo(1);
        assertThat(second.first().modelPrediction()).isEqualTo(10.0);
    }

    /** C12: rows that do not sum to 1 give a warning naming a row and its sum. */
    @Test
    void nonProbabilitiesWarn() {
        Predictor<double[]> model = batch -> batch.stream()
                .map(x -> new double[] {0.2, 0.5 * x[0]}).toArray(double[][]::new);
        Explanation explanation = explain(TestSamplers.binary(3), model, options().build());
        assertThat(explanation.warnings())
                .anyMatch(w -> w.contains("do not sum to 1") && w.contains("sample 0")
                        && w.contains("0.7"));
    }

    /** C12 in strict mode: the same rows are an error. */
    @Test
    void nonProbabilitiesFailWhenStrict() {
        Predictor<double[]> model = batch -> batch.stream()
                .map(x -> new double[] {0.2, 0.5}).toArray(double[][]::new);
        assertThatThrownBy(() -> explain(TestSamplers.binary(3), model,
                options().strictProbabilities(true).build()))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("sum to 0.7");
    }

    /** C12: a model whose output never changes is flagged, not silently explained by zeros. */
    @Test
    void constantOutputIsFlagged() {
        Predictor<double[]> model = batch -> batch.stream()
                .map(x -> new double[] {1.0, 0.0}).toArray(double[][]::new);
        Explanation explanation = explain(TestSamplers.binary(3), model, options().build());
        assertThat(explanation.warnings())
                .anyMatch(w -> w.contains("model output constant over the samples"));
        assertThat(explanation.label(1).weights()).allMatch(w -> w.weight() == 0.0);
        assertThat(explanation.label(1).intercept()).isEqualTo(0.0);
    }

    /** A surrogate that cannot follow the model is flagged instead of looking confident. */
    @Test
    void lowScoreWarns() {
        // An exclusive or of two features: no linear function fits it.
        Predictor<double[]> xor = batch -> batch.stream().map(x -> {
            double p = (x[0] != x[1]) ? 0.9 : 0.1;
            return new double[] {1 - p, p};
        }).toArray(double[][]::new);
        Explanation explanation = explain(TestSamplers.binary(2), xor, options().build());

        assertThat(explanation.label(1).score()).isLessThan(0.5);
        assertThat(explanation.warnings()).anyMatch(w -> w.contains("weighted R² for label 1")
                && w.contains("below 0.5"));
    }

    /** Class names that do not match the model's columns are flagged. */
    @Test
    void classNameCountMismatchWarns() {
        Predictor<double[]> three = batch -> batch.stream()
                .map(x -> new double[] {0.2, 0.3 + 0.1 * x[0], 0.5 - 0.1 * x[0]})
                .toArray(double[][]::new);
        Explanation explanation = LimeEngine.explain(TestSamplers.binary(3), three,
                options().build(), TestSamplers.spec(3, "good", "bad"));
        assertThat(explanation.warnings()).anyMatch(w -> w.startsWith(
                "2 class names were given but the model returned 3 columns"));
    }

    /** Fewer samples than features leave the fit underdetermined, which the result reports. */
    @Test
    void fewerSamplesThanFeaturesWarns() {
        Explanation explanation = explain(TestSamplers.binary(50), TestSamplers.logistic(),
                options().numSamples(20).build());
        assertThat(explanation.warnings())
                .anyMatch(w -> w.startsWith("20 samples for 50 features"));
    }

    /** C13: looking up a label that was not explained lists those that were. */
    @Test
    void unexplainedLabelLookupListsLabels() {
        Explanation explanation = explain(TestSamplers.binary(3), TestSamplers.logistic(),
                options().build());
        assertThatThrownBy(() -> explanation.label(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label 0 was not explained")
                .hasMessageContaining("[1]");
    }

    /** C13: a label beyond the model's columns is named with the column count. */
    @Test
    void labelOutOfRangeIsNamed() {
        assertThatThrownBy(() -> explain(TestSamplers.binary(3), TestSamplers.logistic(),
                options().labels(4).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label 4 is out of range")
                .hasMessageContaining("2 columns");
    }

    /** C14: regression gives one intercept and one list, and they add up at the instance. */
    @Test
    void regressionHasOneConsistentWeightList() {
        Predictor<double[]> rLin = batch -> batch.stream()
                .map(x -> new double[] {3 * x[0] - 2 * x[1] + 1}).toArray(double[][]::new);
        double[] instance = {1.5, -0.5};
        Sampler<double[]> sampler = TestSamplers.gaussian(instance, new double[] {1, 1});
        Explanation explanation = explain(sampler, rLin, options().task(Task.REGRESSION).build());

        assertThat(explanation.labels()).hasSize(1);
        LabelExplanation fit = explanation.first();
        double[] z0 = sampler.instanceRow();
        double sum = fit.intercept();
        for (FeatureWeight weight : fit.weights()) {
            sum += weight.weight() * z0[weight.feature()];
        }
        assertThat(fit.localPrediction()).isCloseTo(sum, within(1e-9));
        assertThat(fit.weightOf(0)).isPositive();
        assertThat(fit.weightOf(1)).isNegative();
        assertThat(fit.modelPrediction()).isCloseTo(3 * 1.5 + 2 * 0.5 + 1, within(1e-12));
    }

    /** C17: a tiny width warns with the effective sample size; a huge one weighs all alike. */
    @Test
    void kernelWidthExtremesAreReported() {
        double[] instance = {2e6, -1e6};
        Sampler<double[]> sampler = TestSamplers.gaussian(instance, new double[] {1e6, 1e6});
        Explanation tiny = explain(sampler, TestSamplers.logistic(),
                options().kernelWidth(1e-3).build());
        Explanation huge = explain(sampler, TestSamplers.logistic(),
                options().kernelWidth(1e9).build());
        Explanation normal = explain(sampler, TestSamplers.logistic(),
                options().kernelWidth(1.0).build());

        assertThat(tiny.warnings()).anyMatch(w -> w.contains("effective sample size"));
        assertThat(tiny.effectiveSampleSize()).isLessThan(10);
        assertThat(huge.effectiveSampleSize()).isCloseTo(2000, within(1e-3));
        assertThat(huge.label(1).weightOf(0)).isNotEqualTo(normal.label(1).weightOf(0));
    }

    /** C18: an explanation without usable features has empty lists, never null. */
    @Test
    void emptyAccessorsAreEmpty() {
        Explanation explanation = explain(TestSamplers.binary(2, 0, 1), TestSamplers.logistic(),
                options().build());
        assertThat(explanation.label(1).weights()).isEmpty();
        assertThat(explanation.asList(1)).isEmpty();
        assertThat(explanation.toString()).contains("label 1");
    }

    /** C24: an instance without features is rejected before any model call. */
    @Test
    @Timeout(5)
    void noFeaturesIsNothingToExplain() {
        AtomicInteger calls = new AtomicInteger();
        Predictor<double[]> model = batch -> {
            calls.incrementAndGet();
            return new double[batch.size()][2];
        };
        assertThatThrownBy(() -> LimeEngine.explain(TestSamplers.binary(0), model,
                options().build(), TestSamplers.spec(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to explain");
        assertThat(calls).hasValue(0);
    }

    /** Asynchronous models: a hung batch times out with the batch and samples named. */
    @Test
    @Timeout(10)
    void asyncTimeoutNamesBatch() {
        AsyncPredictor<double[]> hanging = batch -> new CompletableFuture<>();
        assertThatThrownBy(() -> LimeEngine.explain(TestSamplers.binary(3), hanging,
                options().timeout(Duration.ofMillis(200)).parallelism(2).batchSize(500).build(),
                TestSamplers.spec(3)))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("batch")
                .hasMessageContaining("samples")
                .hasMessageContaining("timeout");
    }

    /** The JSON round trip keeps every number. */
    @Test
    void jsonRoundTripIsExact() {
        Explanation explanation = explain(TestSamplers.binary(5), TestSamplers.logistic(),
                options().topLabels(2).build());
        Explanation read = ExplanationJson.fromJson(ExplanationJson.toJson(explanation));
        assertThat(read).isEqualTo(explanation);
        assertThat(ExplanationJson.toJson(read)).isEqualTo(ExplanationJson.toJson(explanation));
    }

    /** Configuration text is checked when it is parsed, listing the allowed values. */
    @Test
    void misspelledModeIsRejected() {
        assertThatThrownBy(() -> Task.parse("clasification"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clasification")
                .hasMessageContaining("classification, regression");
        assertThat(FeatureSelection.parse("lasso-path")).isEqualTo(FeatureSelection.LASSO_PATH);
    }
}
