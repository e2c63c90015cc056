package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.Feature;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.Kernel;
import org.lime4j.core.LabelExplanation;
import org.lime4j.core.Sampler;

/** The tabular edge cases: constant columns, missing values, exact perturbation and more. */
class EdgeCaseTest {

    private static double[][] gaussianRows(int rows, int columns, long seed) {
        Random random = new Random(seed);
        double[][] data = new double[rows][columns];
        for (double[] row : data) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return data;
    }

    private static List<Column> numericColumns(String... names) {
        return java.util.Arrays.stream(names).map(Column::numeric).toList();
    }

    // C01: a constant column is never perturbed and gets no rule above its value.
    @ParameterizedTest
    @EnumSource(SamplingMode.class)
    void constantColumnKeepsItsValue(SamplingMode mode) {
        double[][] training = {
            {0.1, 1.2, 3.0}, {0.5, -0.3, 3.0}, {-1.1, 0.7, 3.0}, {2.0, 0.0, 3.0},
            {0.9, -1.5, 3.0}, {-0.4, 2.2, 3.0}, {1.3, 0.4, 3.0}, {-2.1, -0.8, 3.0}};
        TabularExplainer explainer = TabularExplainer
                .builder(training, numericColumns("x0", "x1", "A"))
                .samplingMode(mode)
                .build();
        Models.Recording model = new Models.Recording(Models.P_LIN);

        Explanation explanation = explainer.explain(training[0], model,
                ExplainOptions.builder().seed(1).build());

        assertThat(model.inputs).hasSize(5000);
        assertThat(model.inputs).allSatisfy(row -> assertThat(row[2]).isEqualTo(3.0));
        assertThat(explanation.label(1).weightOf(2)).isZero();
        assertThat(explanation.usableFeatures()).isEqualTo(2);
        assertThat(explanation.features()).extracting(Feature::description)
                .noneMatch(description -> description.startsWith("A >"));
        assertThat(String.join(" ", explanation.warnings())).contains("do not vary");
    }

    // C02: non-finite training cells are rejected, naming the column and the count.
    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void nonFiniteTrainingCellIsRejected(double bad) {
        double[][] training = gaussianRows(8, 2, 2);
        training[5][1] = bad;
        TabularExplainer.Builder builder =
                TabularExplainer.builder(training, numericColumns("F", "G"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column G")
                .hasMessageContaining("1 non-finite cells");
    }

    @Test
    void nonFiniteRowIsRejectedBeforeModelCall() {
        TabularExplainer explainer = TabularExplainer
                .builder(gaussianRows(8, 2, 2), numericColumns("F", "G")).build();
        Models.Recording model = new Models.Recording(Models.P_LIN);

        assertThatThrownBy(() -> explainer.explain(new double[] {1, Double.NaN}, model))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column G");
        assertThat(model.rows.get()).isZero();
    }

    @Test
    void nonFiniteStatisticsAreRejected() {
        assertThatThrownBy(() -> new ColumnStatistics.Bin(0, 1, Double.NaN, 1, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mean NaN");
    }

    // C03: untouched columns are bit-identical; a bin with min == max yields that value.
    @Test
    void perturbingOneColumnLeavesOthersBitIdentical() {
        double[][] training = new double[8][];
        for (int r = 0; r < 8; r++) {
            training[r] = new double[] {r < 4 ? 0 : 1, 1.5 + r};
        }
        double[] instance = {1, 0.1 + 0.2};
        TabularExplainer explainer = TabularExplainer
                .builder(training, numericColumns("x0", "x1")).build();
        TabularSampler sampler = explainer.sampler(instance);
        int n = 2000;
        Sampler.Worker<double[]> worker = sampler.newWorker(n);
        double[] rows = new double[n * 2];
        List<double[]> inputs = worker.fill(7, 0, n, rows, new double[n]);

        int onlyFirst = 0;
        for (int i = 0; i < n; i++) {
            double[] input = inputs.get(i);
            if (rows[2 * i + 1] == 1.0) {
                assertThat(Double.doubleToRawLongBits(input[1]))
                        .isEqualTo(Double.doubleToRawLongBits(instance[1]));
            }
            if (rows[2 * i] == 0.0 && rows[2 * i + 1] == 1.0) {
                assertThat(input).containsExactly(0.0, 0.1 + 0.2);
                onlyFirst++;
            }
        }
        assertThat(inputs.get(0)).containsExactly(instance);
        assertThat(onlyFirst).isGreaterThan(100);
    }

    // C04: an unseen category is an error naming the column and the code, or, when allowed, a
    // feature labelled as unseen.
    @Test
    void unseenCategoryIsRejected() {
        TabularExplainer explainer = colourExplainer(false);
        Models.Recording model = new Models.Recording(Models.P_LIN);

        assertThatThrownBy(() -> explainer.explain(new double[] {0.5, 3}, model))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("colour")
                .hasMessageContaining("category 3");
        assertThat(model.rows.get()).isZero();
    }

    @Test
    void unseenCategoryIsLabelledWhenAllowed() {
        TabularExplainer explainer = colourExplainer(true);

        Explanation explanation = explainer.explain(new double[] {0.5, 3}, Models.P_LIN,
                ExplainOptions.builder().seed(3).build());

        assertThat(explanation.features().get(1).description()).isEqualTo("colour=3 (unseen)");
        LabelExplanation label = explanation.label(1);
        assertThat(label.weights()).isNotEmpty();
        assertThat(label.weights()).allSatisfy(w -> assertThat(w.weight()).isFinite());
        assertThat(label.score()).isBetween(0.0, 1.0);
    }

    private static TabularExplainer colourExplainer(boolean allowUnseen) {
        Random random = new Random(4);
        double[][] training = new double[60][];
        for (int r = 0; r < training.length; r++) {
            training[r] = new double[] {random.nextGaussian(), r % 3};
        }
        return TabularExplainer.builder(training, List.of(Column.numeric("x0"),
                        Column.categorical("colour", "red", "green", "blue")))
                .allowUnseenCategories(allowUnseen)
                .build();
    }

    // C08: the same seed gives bit-identical explanations, on one explainer or two.
    @Test
    void sameSeedGivesIdenticalExplanations() {
        double[][] training = gaussianRows(200, 4, 8);
        List<Column> columns = numericColumns("a", "b", "c", "d");
        ExplainOptions options = ExplainOptions.builder().seed(42).build();
        TabularExplainer first = TabularExplainer.builder(training, columns).build();
        TabularExplainer second = TabularExplainer.builder(training, columns).build();

        Explanation a = first.explain(training[3], Models.P_LIN, options);
        Explanation b = second.explain(training[3], Models.P_LIN, options);
        Explanation c = first.explain(training[3], Models.P_LIN, options);

        assertThat(weightsAndIntercept(b)).containsExactly(weightsAndIntercept(a));
        assertThat(weightsAndIntercept(c)).containsExactly(weightsAndIntercept(a));
        assertThat(b.withoutRun()).isEqualTo(a.withoutRun());
        assertThat(c.withoutRun()).isEqualTo(a.withoutRun());
    }

    private static double[] weightsAndIntercept(Explanation explanation) {
        LabelExplanation label = explanation.label(1);
        double[] values = new double[label.weights().size() + 1];
        values[0] = label.intercept();
        for (int i = 0; i < label.weights().size(); i++) {
            values[i + 1] = label.weights().get(i).weight();
        }
        return values;
    }

    // C09: one explainer shared by 8 threads gives the sequential results.
    @Test
    void sharedExplainerMatchesSequentialResults() throws Exception {
        double[][] training = gaussianRows(300, 5, 9);
        TabularExplainer explainer = TabularExplainer
                .builder(training, numericColumns("a", "b", "c", "d", "e")).build();
        List<Explanation> sequential = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            sequential.add(explainer.explain(training[t], Models.P_LIN,
                    ExplainOptions.builder().seed(100 + t).build()).withoutRun());
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Explanation>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int row = t;
                futures.add(pool.submit(() -> explainer.explain(training[row], Models.P_LIN,
                        ExplainOptions.builder().seed(100 + row).build()).withoutRun()));
            }
            for (int t = 0; t < 8; t++) {
                assertThat(futures.get(t).get()).as("thread %d", t).isEqualTo(sequential.get(t));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // C15: a row of the wrong width is rejected, naming both widths, before any model call.
    @Test
    void wrongRowWidthIsRejectedBeforeModelCall() {
        TabularExplainer explainer = TabularExplainer
                .builder(gaussianRows(20, 4, 15), numericColumns("a", "b", "c", "d")).build();
        Models.Recording model = new Models.Recording(Models.P_LIN);

        assertThatThrownBy(() -> explainer.explain(new double[6], model))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6 values")
                .hasMessageContaining("4 columns");
        assertThat(model.rows.get()).isZero();
    }

    // C16: 40 features and 500 samples give exactly 500 model rows and usable kernel weights.
    @Test
    void highDimensionUsesExactlyTheSampleCount() {
        checkHighDimension(40, 500);
    }

    /** Takes about a minute on two shared cores, most of it in the surrogate fit. */
    @Test
    void veryHighDimensionUsesExactlyTheSampleCount() {
        checkHighDimension(50_000, 500);
    }

    private static void checkHighDimension(int d, int n) {
        double[][] training = gaussianRows(100, d, 16);
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            columns.add(Column.numeric("x" + j));
        }
        TabularExplainer explainer = TabularExplainer.builder(training, columns).build();
        Models.Recording model = new Models.Recording(Models.P_LIN);
        ExplainOptions options = ExplainOptions.builder().numSamples(n).seed(16).build();

        Explanation explanation = explainer.explain(training[0], model, options);

        assertThat(model.rows.get()).isEqualTo(n);
        // Recompute the samples' distances in chunks, to bound the memory of the check.
        int chunk = 50;
        Sampler.Worker<double[]> worker = explainer.sampler(training[0]).newWorker(chunk);
        double[] rows = new double[chunk * d];
        double[] distances = new double[chunk];
        for (int first = 0; first < n; first += chunk) {
            worker.fill(16, first, Math.min(chunk, n - first), rows, distances);
            for (int i = 0; i < Math.min(chunk, n - first); i++) {
                double weight =
                        Kernel.EXPONENTIAL.weight(distances[i], explainer.defaultKernelWidth());
                assertThat(weight).as("kernel weight of sample %d", first + i)
                        .isGreaterThan(0.0).isFinite();
            }
        }
        assertThat(explanation.effectiveSampleSize()).isGreaterThan(1.0).isFinite();
        assertThat(explanation.label(1).weights()).extracting(FeatureWeight::weight)
                .allSatisfy(w -> assertThat(w).isFinite());
    }

    // C24: an empty batch gives an empty list.
    @Test
    void emptyBatchGivesEmptyList() {
        TabularExplainer explainer = TabularExplainer
                .builder(gaussianRows(20, 2, 24), numericColumns("a", "b")).build();

        assertThat(explainer.explainAll(List.of(), Models.P_LIN, ExplainOptions.defaults()))
                .isEmpty();
    }

    @Test
    void batchRowErrorNamesTheRow() {
        TabularExplainer explainer = TabularExplainer
                .builder(gaussianRows(20, 2, 24), numericColumns("a", "b")).build();
        Models.Recording model = new Models.Recording(Models.P_LIN);
        List<double[]> rows = List.of(new double[2], new double[3]);

        assertThatThrownBy(() -> explainer.explainAll(rows, model, ExplainOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("row 1:");
        assertThat(model.rows.get()).isZero();
    }
}
