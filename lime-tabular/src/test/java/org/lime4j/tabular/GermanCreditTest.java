package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.LabelExplanation;
import org.lime4j.core.Predictor;

/**
 * Explains a Smile random forest on the German credit data (Hofmann 1994, UCI, CC BY 4.0): a
 * refused application, and 20 held-out rows with three settings whose fidelity
 * {@code docs/tabular.md} reports.
 */
class GermanCreditTest {
    private static final int TRAIN = 800;
    private static final int BAD = 1;

    private static TestData.Credit credit;
    private static double[][] train;
    private static double[][] test;
    private static Predictor<double[]> forest;
    private static TabularExplainer explainer;

    @BeforeAll
    static void train() throws Exception {
        credit = TestData.germanCredit();
        double[][] rows = credit.features().rows();
        train = Arrays.copyOfRange(rows, 0, TRAIN);
        test = Arrays.copyOfRange(rows, TRAIN, rows.length);
        int[] labels = Arrays.copyOfRange(credit.y(), 0, TRAIN);
        forest = SmileModels.randomForest(train, labels, credit.features().columns(), 7);
        explainer = TabularExplainer.builder(train, credit.features().columns())
                .classNames("good", "bad")
                .build();
    }

    @Test
    void forestPredictsHeldOutRows() throws Exception {
        double[][] probabilities = forest.predict(Arrays.asList(test));
        int correct = 0;
        for (int r = 0; r < test.length; r++) {
            int predicted = probabilities[r][BAD] > 0.5 ? BAD : 0;
            correct += predicted == credit.y()[TRAIN + r] ? 1 : 0;
        }
        // 70 % of the applications are good, so the forest must beat always saying good.
        assertThat(correct / (double) test.length).isGreaterThan(0.70);
    }

    @Test
    void refusedApplicationIsExplained() throws Exception {
        int row = firstRefused();
        double[] application = test[row];

        Explanation explanation = explainer.explain(application, forest,
                ExplainOptions.builder().seed(11).build());

        LabelExplanation bad = explanation.label(BAD);
        assertThat(bad.labelName()).isEqualTo("bad");
        assertThat(bad.modelPrediction()).isGreaterThan(0.5)
                .isEqualTo(forest.predict(List.of(application))[0][BAD]);
        assertThat(bad.weights()).hasSize(10);
        assertThat(bad.weights()).extracting(FeatureWeight::weight)
                .allSatisfy(w -> assertThat(w).isFinite());
        double positive = bad.weights().stream().mapToDouble(FeatureWeight::weight)
                .filter(w -> w > 0).sum();
        assertThat(positive).as("features pushing towards refusal").isGreaterThan(0);
        String checking = explanation.features().get(0).description();
        assertThat(checking).startsWith("checking_status=");
        assertThat(credit.features().columns().get(0).valueNames())
                .contains(checking.substring("checking_status=".length()));
        String duration = explanation.features().get(1).description();
        assertThat(duration).matches(".*duration.*\\d+\\.\\d\\d.*");
    }

    private static int firstRefused() throws Exception {
        double[][] probabilities = forest.predict(Arrays.asList(test));
        for (int r = 0; r < test.length; r++) {
            if (credit.y()[TRAIN + r] == BAD && probabilities[r][BAD] > 0.5) {
                return r;
            }
        }
        throw new AssertionError("the forest refuses no bad application among held-out rows");
    }

    @Test
    void threeSettingsReportFidelity() {
        double halfWidth = explainer.defaultKernelWidth() / 2;
        TabularExplainer continuous = TabularExplainer
                .builder(train, credit.features().columns())
                .samplingMode(SamplingMode.CONTINUOUS_AROUND_MEAN)
                .build();
        Map<String, List<Explanation>> settings = new LinkedHashMap<>();
        List<double[]> rows = Arrays.asList(test).subList(0, 20);
        ExplainOptions defaults = ExplainOptions.builder().seed(5).build();
        settings.put("defaults (discretized, quartile bins, width 0.75·sqrt(20))",
                explainer.explainAll(rows, forest, defaults));
        settings.put("continuous sampling around the mean",
                continuous.explainAll(rows, forest, defaults));
        settings.put(String.format(Locale.ROOT, "half the default kernel width (%.3f)", halfWidth),
                explainer.explainAll(rows, forest,
                        defaults.toBuilder().kernelWidth(halfWidth).build()));

        List<String> table = new ArrayList<>();
        table.add("| setting | mean weighted R² |"
                + " mean abs(local prediction − model probability) |");
        table.add("| --- | ---: | ---: |");
        for (Map.Entry<String, List<Explanation>> entry : settings.entrySet()) {
            List<Explanation> explanations = entry.getValue();
            assertThat(explanations).hasSize(20);
            double score = 0;
            double gap = 0;
            for (int r = 0; r < explanations.size(); r++) {
                LabelExplanation bad = explanations.get(r).label(BAD);
                assertThat(bad.score()).isFinite().isLessThanOrEqualTo(1.0);
                assertThat(bad.localPrediction()).isFinite();
                assertThat(bad.modelPrediction()).isBetween(0.0, 1.0);
                assertThat(bad.modelPrediction())
                        .isEqualTo(explanations.get(r).modelOutput()[BAD]);
                score += bad.score() / explanations.size();
                gap += Math.abs(bad.localPrediction() - bad.modelPrediction())
                        / explanations.size();
            }
            table.add(String.format(Locale.ROOT, "| %s | %.3f | %.3f |", entry.getKey(), score,
                    gap));
        }
        // The table in docs/tabular.md is this output.
        System.out.println(String.join("\n", table));
    }
}
