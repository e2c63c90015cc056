package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.SampleRandom;

/** Bin edges, bin statistics, bin names and the truncated normal draws. */
class StatisticsTest {

    @Test
    void percentilesInterpolateLinearly() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // numpy.percentile(range(1, 11), [25, 50, 75]) is [3.25, 5.5, 7.75].
        assertThat(StatisticsCalculator.percentiles(sorted, new double[] {25, 50, 75}))
                .containsExactly(3.25, 5.5, 7.75);
    }

    @Test
    void repeatedEdgesAreMerged() {
        double[] values = {0, 0, 0, 0, 0, 0, 1, 2};
        assertThat(StatisticsCalculator.edges(values, Discretizer.QUARTILE, null))
                .containsExactly(0.0, 0.25);
    }

    @Test
    void twoDistinctValuesKeepTwoBins() {
        // Every quartile is 1, which would put all values into the bin "x <= 1".
        double[] values = {0, 1, 1, 1, 1, 1, 1, 1};
        double[] edges = StatisticsCalculator.edges(values, Discretizer.QUARTILE, null);
        assertThat(edges).containsExactly(0.0);
    }

    @Test
    void constantColumnHasOneNonEmptyBin() {
        double[] values = {3, 3, 3, 3};
        assertThat(StatisticsCalculator.edges(values, Discretizer.QUARTILE, null))
                .containsExactly(3.0);
    }

    @Test
    void entropySplitsSeparateClasses() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8};
        int[] labels = {0, 0, 0, 0, 1, 1, 1, 1};
        assertThat(StatisticsCalculator.edges(values, Discretizer.ENTROPY, labels))
                .containsExactly(4.5);
    }

    @Test
    void entropyWithoutSplitUsesMedian() {
        double[] values = {1, 2, 3, 4, 5};
        int[] labels = {1, 1, 1, 1, 1};
        assertThat(StatisticsCalculator.edges(values, Discretizer.ENTROPY, labels))
                .containsExactly(3.0);
    }

    @Test
    void entropyNeedsLabels() {
        TabularExplainer.Builder builder = TabularExplainer
                .builder(new double[][] {{1}, {2}}, List.of(Column.numeric("x")))
                .discretizer(Discretizer.ENTROPY);
        assertThatThrownBy(builder::build).hasMessageContaining("training labels");
    }

    @Test
    void binsHoldTrainingStatistics() {
        double[][] training = {{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}};
        TrainingStatistics statistics = TabularExplainer
                .builder(training, List.of(Column.numeric("x"))).build().statistics();
        ColumnStatistics column = statistics.column(0);

        assertThat(column.edges()).containsExactly(2.75, 4.5, 6.25);
        ColumnStatistics.Bin first = column.bins().get(0);
        assertThat(first.lower()).isEqualTo(1.0);
        assertThat(first.upper()).isEqualTo(2.75);
        assertThat(first.mean()).isEqualTo(1.5);
        assertThat(first.std()).isEqualTo(0.5);
        assertThat(first.frequency()).isEqualTo(0.25);
        assertThat(column.bins().get(3).upper()).isEqualTo(8.0);
        assertThat(column.mean()).isEqualTo(4.5);
        assertThat(column.std()).isCloseTo(Math.sqrt(5.25), offset(1e-15));
    }

    @ParameterizedTest
    @CsvSource({"1, x <= 2.75", "2.75, x <= 2.75", "3, 2.75 < x <= 4.50", "6.25, 4.50 < x <= 6.25",
        "7, x > 6.25", "100, x > 6.25"})
    void binNamesHaveTwoDecimals(double value, String description) {
        TabularExplainer wide = TabularExplainer
                .builder(new double[][] {{1, 0}, {2, 1}, {3, 0}, {4, 1}, {5, 0}, {6, 1}, {7, 0},
                    {8, 1}}, List.of(Column.numeric("x"), Column.numeric("y")))
                .build();
        Explanation explanation = wide.explain(new double[] {value, 0}, Models.P_LIN,
                ExplainOptions.builder().numSamples(50).build());
        assertThat(explanation.features().get(0).description()).isEqualTo(description);
    }

    @Test
    void userEdgesOverrideTheDiscretizer() {
        double[][] training = {{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}};
        ColumnStatistics column = TabularExplainer
                .builder(training, List.of(Column.numeric("x")))
                .binEdges("x", 4.0)
                .build().statistics().column(0);
        assertThat(column.edges()).containsExactly(4.0);
        assertThatThrownBy(() -> TabularExplainer.builder(training, List.of(Column.numeric("x")))
                .binEdges("y", 4.0).build())
                .hasMessageContaining("column y, which does not exist");
        assertThatThrownBy(() -> TabularExplainer.builder(training, List.of(Column.numeric("x")))
                .binEdges("x", 4.0, 2.0))
                .hasMessageContaining("strictly increasing");
    }

    @Test
    void equalBinEdgesYieldTheValue() {
        // The reference returns the standardized value for such a bin; the value itself is right.
        ColumnStatistics.Bin bin = new ColumnStatistics.Bin(5, 5, 5, 0, 1);
        TruncatedNormal normal = new TruncatedNormal(bin, false, false);
        SampleRandom random = new SampleRandom();
        for (int i = 0; i < 100; i++) {
            assertThat(normal.draw(random.reset(1, i))).isEqualTo(5.0);
        }
    }

    @Test
    void integerDrawsStayWholeInsideTheBin() {
        // The bin (2.5, 6.25] contains the whole numbers 3 to 6.
        ColumnStatistics.Bin bin = new ColumnStatistics.Bin(2.5, 6.25, 4, 3, 1);
        TruncatedNormal normal = new TruncatedNormal(bin, false, true);
        SampleRandom random = new SampleRandom();
        boolean[] seen = new boolean[10];
        for (int i = 0; i < 10_000; i++) {
            double x = normal.draw(random.reset(2, i));
            assertThat(x).isEqualTo(Math.rint(x)).isBetween(3.0, 6.0);
            seen[(int) x] = true;
        }
        assertThat(seen).containsExactly(false, false, false, true, true, true, true, false,
                false, false);
    }

    /**
     * Compares the sample mean of 100,000 draws with the mean of the truncated normal
     * {@code μ + σ(φ(α) − φ(β)) / (Φ(β) − Φ(α))}, within 5 standard errors (a two-sided
     * significance level below 1e-6), on both the rejection and the inverse-CDF path, including
     * far tails where a naive inverse CDF loses all precision.
     */
    @ParameterizedTest
    @CsvSource({"0, 1, 0.8, 0.5", "-1, 3, 1, 2", "2, 3, 0, 1", "8, 9, 0, 1", "-9, -8, 0, 1",
        "0.001, 0.002, 0, 1", "10, 40, 0, 1"})
    void truncatedDrawsHaveTheTruncatedMean(double lower, double upper, double mean, double std) {
        TruncatedNormal normal = new TruncatedNormal(
                new ColumnStatistics.Bin(lower, upper, mean, std, 1), false, false);
        SampleRandom random = new SampleRandom();
        int n = 100_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double x = normal.draw(random.reset(3, i));
            assertThat(x).isBetween(lower, upper);
            sum += x;
            squares += x * x;
        }
        double sampleMean = sum / n;
        double sampleSd = Math.sqrt(squares / n - sampleMean * sampleMean);
        double expected = truncatedMean(lower, upper, Math.max(lower, Math.min(upper, mean)),
                std);
        assertThat(sampleMean).isCloseTo(expected, offset(5 * sampleSd / Math.sqrt(n) + 1e-12));
    }

    private static double truncatedMean(double lower, double upper, double mean, double std) {
        double a = (lower - mean) / std;
        double b = (upper - mean) / std;
        // Mirror the right tail so both normal probabilities are small and exact.
        if (a > 0) {
            return -truncatedMean(-upper, -lower, -mean, std);
        }
        double mass = TruncatedNormal.cdf(b) - TruncatedNormal.cdf(a);
        return mean + std * (density(a) - density(b)) / mass;
    }

    private static double density(double x) {
        return Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
    }

    @Test
    void quantileInvertsTheCdf() {
        // Above about 3, a probability near 1 no longer pins x down. The sampler never inverts
        // such a probability, because it mirrors right tails to the left.
        for (double x = -35; x <= 3; x += 0.25) {
            double p = TruncatedNormal.cdf(x);
            assertThat(TruncatedNormal.quantile(p)).as("x = %s", x)
                    .isCloseTo(x, offset(1e-9 * Math.max(1, Math.abs(x))));
        }
    }

    @Test
    void statisticsRebuildTheSameExplainer() {
        double[][] training = new double[50][];
        for (int r = 0; r < training.length; r++) {
            training[r] = new double[] {Math.sin(r), r % 4, Math.cos(r * 0.3)};
        }
        List<Column> columns = List.of(Column.numeric("a"), Column.categorical("b"),
                Column.numeric("c"));
        TabularExplainer original = TabularExplainer.builder(training, columns).build();
        TabularExplainer rebuilt = TabularExplainer.fromStatistics(original.statistics()).build();
        ExplainOptions options = ExplainOptions.builder().seed(9).build();

        Explanation a = original.explain(training[2], Models.P_LIN, options);
        Explanation b = rebuilt.explain(training[2], Models.P_LIN, options);

        assertThat(b.label(1).weights()).isEqualTo(a.label(1).weights());
        assertThat(b.features()).isEqualTo(a.features());
    }

    @Test
    void statisticsFixTheBins() {
        TabularExplainer original = TabularExplainer
                .builder(new double[][] {{1}, {2}, {3}}, List.of(Column.numeric("x"))).build();
        assertThatThrownBy(() -> TabularExplainer.fromStatistics(original.statistics())
                .discretizer(Discretizer.DECILE).build())
                .hasMessageContaining("fixed by the statistics");
        TrainingStatistics withoutBins = TrainingStatistics.of(List.of(new ColumnStatistics(
                Column.numeric("x"), 2, 1, 1, 3, List.of(), List.of())));
        assertThatThrownBy(() -> TabularExplainer.fromStatistics(withoutBins).build())
                .hasMessageContaining("needs bins");
        assertThat(TabularExplainer.fromStatistics(withoutBins)
                .configure(Map.of("samplingMode", "continuous_around_mean")).build()
                .samplingMode()).isEqualTo(SamplingMode.CONTINUOUS_AROUND_MEAN);
    }
}
