package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * A black box that is linear in the interpretable features must be explained by its own
 * coefficients: that is the one case where the surrogate's truth is known.
 */
class LinearRecoveryTest {
    /** Coefficients with distinct magnitudes and mixed signs; feature 3 is the largest. */
    private static final double[] COEFFICIENTS = {0.9, -0.5, 0.3, -1.4, 0.05, 0.7, -0.2, 0.12};
    private static final double INTERCEPT = 0.25;
    private static final int D = COEFFICIENTS.length;

    private static Predictor<double[]> linearModel() {
        return batch -> {
            double[][] out = new double[batch.size()][1];
            for (int i = 0; i < out.length; i++) {
                double y = INTERCEPT;
                for (int j = 0; j < D; j++) {
                    y += COEFFICIENTS[j] * batch.get(i)[j];
                }
                out[i][0] = y;
            }
            return out;
        };
    }

    private static Explanation explain(FeatureSelection method, int k, double alpha) {
        ExplainOptions options = ExplainOptions.builder()
                .task(Task.REGRESSION).featureSelection(method).numFeatures(k)
                .ridgeAlpha(alpha).seed(7).build();
        return LimeEngine.explain(TestSamplers.binary(D), linearModel(), options,
                TestSamplers.spec(D));
    }

    /** Feature indices ordered by |coefficient|, largest first. */
    private static List<Integer> trueOrder() {
        return java.util.stream.IntStream.range(0, D).boxed()
                .sorted((a, b) -> Double.compare(
                        Math.abs(COEFFICIENTS[b]), Math.abs(COEFFICIENTS[a])))
                .collect(Collectors.toList());
    }

    @ParameterizedTest
    @EnumSource(FeatureSelection.class)
    void everyMethodRecoversSignsAndOrder(FeatureSelection method) {
        int k = 4;
        Explanation explanation = explain(method, k, 1.0);
        List<FeatureWeight> weights = explanation.first().weights();
        int expectedCount = method == FeatureSelection.NONE ? D : k;

        assertThat(weights).hasSize(expectedCount);
        List<Integer> ranked = weights.stream().map(FeatureWeight::feature)
                .collect(Collectors.toList());
        assertThat(ranked).as("features ranked by |weight|")
                .isEqualTo(trueOrder().subList(0, expectedCount));
        for (FeatureWeight weight : weights) {
            assertThat(Math.signum(weight.weight())).as("sign of feature %d", weight.feature())
                    .isEqualTo(Math.signum(COEFFICIENTS[weight.feature()]));
        }
        assertThat(explanation.featureSelectionUsed()).isEqualTo(method.resolve(k));
    }

    @Test
    void noneWithoutPenaltyRecoversValues() {
        Explanation explanation = explain(FeatureSelection.NONE, 2, 0.0);
        LabelExplanation fit = explanation.first();

        for (int j = 0; j < D; j++) {
            assertThat(fit.weightOf(j)).as("coefficient %d", j)
                    .isCloseTo(COEFFICIENTS[j], within(1e-6));
        }
        assertThat(fit.intercept()).isCloseTo(INTERCEPT, within(1e-6));
        assertThat(fit.score()).isCloseTo(1.0, within(1e-9));
        assertThat(fit.localPrediction()).isCloseTo(fit.modelPrediction(), within(1e-9));
    }
}
