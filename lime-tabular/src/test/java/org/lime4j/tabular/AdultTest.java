package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.LabelExplanation;
import org.lime4j.core.Predictor;

/**
 * Explains a Smile random forest on the Adult census data (Kohavi and Becker 1996, UCI, CC BY
 * 4.0) for a high-income row, checking that integer and categorical columns keep their kind in
 * every row the model receives.
 */
class AdultTest {
    private static final int ROWS = 6000;
    private static final int HIGH = 1;

    private static TestData.Census census;
    private static Predictor<double[]> forest;

    @BeforeAll
    static void train() throws Exception {
        census = TestData.adult(ROWS);
        forest = SmileModels.randomForest(census.x(), census.y(), census.columns(), 3);
    }

    @Test
    void highIncomeRowIsExplained() throws Exception {
        double[] row = highIncomeRow();
        TabularExplainer explainer = TabularExplainer.builder(census.x(), census.columns())
                .classNames("<=50K", ">50K")
                .build();
        Models.Recording model = new Models.Recording(forest);

        Explanation explanation = explainer.explain(row, model,
                ExplainOptions.builder().seed(21).build());

        LabelExplanation high = explanation.label(HIGH);
        assertThat(high.labelName()).isEqualTo(">50K");
        assertThat(high.modelPrediction()).isGreaterThan(0.5);
        assertThat(high.weights()).hasSize(10);
        assertThat(explanation.features().get(5).description())
                .isEqualTo("marital-status=" + census.columns().get(5).valueName(row[5]));
        assertThat(model.inputs).hasSize(5000);
        for (int j = 0; j < row.length; j++) {
            Column column = census.columns().get(j);
            Set<Double> seen = new HashSet<>();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] training : census.x()) {
                seen.add(training[j]);
                min = Math.min(min, training[j]);
                max = Math.max(max, training[j]);
            }
            for (double[] input : model.inputs) {
                if (column.isCategorical()) {
                    assertThat(seen).as(column.name()).contains(input[j]);
                } else {
                    assertThat(input[j]).as(column.name()).isEqualTo(Math.rint(input[j]));
                    assertThat(input[j]).as(column.name()).isBetween(Math.min(min, row[j]),
                            Math.max(max, row[j]));
                }
            }
        }
    }

    private static double[] highIncomeRow() throws Exception {
        double[][] probabilities = forest.predict(Arrays.asList(census.x()).subList(0, 500));
        for (int r = 0; r < probabilities.length; r++) {
            if (census.y()[r] == HIGH && probabilities[r][HIGH] > 0.7) {
                return census.x()[r];
            }
        }
        throw new AssertionError("no confidently high-income row among the first 500");
    }

    @Test
    void logisticModelExplanationIsReproducible() {
        Predictor<double[]> logistic = SmileModels.logistic(census.x(), census.y());
        TabularExplainer explainer = TabularExplainer.builder(census.x(), census.columns())
                .samplingMode(SamplingMode.CONTINUOUS_AROUND_INSTANCE)
                .build();
        ExplainOptions options = ExplainOptions.builder().seed(4).numFeatures(5).build();

        Explanation first = explainer.explain(census.x()[7], logistic, options);
        Explanation second = explainer.explain(census.x()[7], logistic,
                options.toBuilder().parallelism(1).batchSize(333).build());

        assertThat(second.label(HIGH).weights()).isEqualTo(first.label(HIGH).weights());
        assertThat(first.label(HIGH).weights()).hasSize(5);
        assertThat(List.of(first.label(HIGH).score())).allSatisfy(s -> assertThat(s).isFinite());
    }
}
