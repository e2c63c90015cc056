package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.LabelExplanation;
import org.lime4j.core.Task;

/** A linear black box with known coefficients: the explanation must rank them correctly. */
class LinearModelTest {
    private static final double[] COEFFICIENTS = {3.0, -2.0, 1.0, 0.25, 0.0};

    private static double[][] training() {
        Random random = new Random(31);
        double[][] data = new double[500][COEFFICIENTS.length];
        for (double[] row : data) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return data;
    }

    @ParameterizedTest
    @EnumSource(SamplingMode.class)
    void regressionWeightsRankTheCoefficients(SamplingMode mode) {
        double[][] training = training();
        List<Column> columns = List.of(Column.numeric("a"), Column.numeric("b"),
                Column.numeric("c"), Column.numeric("d"), Column.numeric("e"));
        TabularExplainer explainer = TabularExplainer.builder(training, columns)
                .samplingMode(mode)
                .build();
        // An instance in the lowest quartile of every column, so every bin change is large.
        double[] instance = {-1.5, -1.5, -1.5, -1.5, -1.5};

        Explanation explanation = explainer.explain(instance, Models.linear(1, COEFFICIENTS),
                ExplainOptions.builder().task(Task.REGRESSION).numFeatures(5).numSamples(20_000)
                        .seed(2).build());

        LabelExplanation fit = explanation.first();
        assertThat(fit.weights()).extracting(FeatureWeight::feature)
                .as("features by |weight|").startsWith(0, 1, 2, 3);
        // In the lowest bin, "x <= q1" holding lowers y for a positive coefficient.
        double sign = mode == SamplingMode.DISCRETIZED ? -1 : 1;
        for (int j = 0; j < 4; j++) {
            assertThat(Math.signum(fit.weightOf(j))).as("sign of feature %d", j)
                    .isEqualTo(sign * Math.signum(COEFFICIENTS[j]));
        }
        // The feature with coefficient 0 carries only sampling noise.
        assertThat(Math.abs(fit.weightOf(4))).isLessThan(0.5 * Math.abs(fit.weightOf(3)));
        double[] row = explainer.sampler(instance).instanceRow();
        double surrogate = fit.intercept();
        for (FeatureWeight weight : fit.weights()) {
            surrogate += weight.weight() * row[weight.feature()];
        }
        assertThat(fit.localPrediction()).isCloseTo(surrogate, offset(1e-9));
        if (mode.isContinuous()) {
            // Continuous weights are per training standard deviation, here about 1.
            for (int j = 0; j < 4; j++) {
                double std = explainer.statistics().column(j).std();
                assertThat(fit.weightOf(j)).isCloseTo(COEFFICIENTS[j] * std,
                        offset(0.02 * Math.abs(COEFFICIENTS[j] * std) + 1e-6));
            }
        }
    }
}
