package org.lime4j.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes {@link TrainingStatistics} from training rows. */
final class StatisticsCalculator {
    private static final double[] QUARTILES = {25, 50, 75};
    private static final double[] DECILES = {10, 20, 30, 40, 50, 60, 70, 80, 90};

    private StatisticsCalculator() {}

    /**
     * Computes the statistics of every column.
     *
     * @param data the training rows
     * @param columns the column descriptions
     * @param discretizer how numeric columns are binned
     * @param labels the training labels, or null; needed by {@link Discretizer#ENTROPY}
     * @param userEdges bin edges given per column name; they override the discretizer
     */
    static TrainingStatistics compute(double[][] data, List<Column> columns,
            Discretizer discretizer, int[] labels, Map<String, double[]> userEdges) {
        checkShape(data, columns);
        if (discretizer == Discretizer.ENTROPY && labels == null) {
            throw new IllegalArgumentException("the entropy discretizer needs training labels;"
                    + " set them with trainingLabels(...) or choose another discretizer");
        }
        if (labels != null && labels.length != data.length) {
            throw new IllegalArgumentException("there are " + labels.length
                    + " training labels for " + data.length + " training rows; give one per row");
        }
        List<ColumnStatistics> result = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            Column column = columns.get(j);
            double[] values = new double[data.length];
            for (int r = 0; r < data.length; r++) {
                values[r] = data[r][j];
            }
            checkValues(column, values);
            if (column.isCategorical()) {
                result.add(categorical(column, values));
            } else {
                double[] edges = userEdges.get(column.name());
                if (edges == null) {
                    edges = edges(values, discretizer, labels);
                }
                result.add(numeric(column, values, edges));
            }
        }
        return TrainingStatistics.of(result);
    }

    private static void checkShape(double[][] data, List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("nothing to explain: no column was given");
        }
        if (data.length == 0) {
            throw new IllegalArgumentException("the training data has no row; give at least one");
        }
        for (int r = 0; r < data.length; r++) {
            if (data[r].length != columns.size()) {
                throw new IllegalArgumentException("training row " + r + " has " + data[r].length
                        + " values but " + columns.size() + " columns were described");
            }
        }
    }

    private static void checkValues(Column column, double[] values) {
        int nonFinite = 0;
        int fractional = 0;
        double example = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                nonFinite++;
            } else if (column.type() == ColumnType.INTEGER && v != Math.rint(v)) {
                fractional++;
                example = v;
            }
        }
        if (nonFinite > 0) {
            throw new IllegalArgumentException("training column " + column.name() + " has "
                    + nonFinite + " non-finite cells (NaN or ±Infinity) of " + values.length
                    + "; remove or impute them before building the explainer");
        }
        if (fractional > 0) {
            throw new IllegalArgumentException("integer column " + column.name() + " has "
                    + fractional + " values that are not whole numbers, such as " + example
                    + "; declare it numeric or round the data");
        }
    }

    private static ColumnStatistics categorical(Column column, double[] values) {
        TreeMap<Double, Integer> counts = new TreeMap<>();
        for (double v : values) {
            // Adding 0.0 turns -0.0 into 0.0, so both are one category, as == compares them.
            counts.merge(v + 0.0, 1, Integer::sum);
        }
        List<ColumnStatistics.Category> categories = new ArrayList<>();
        for (Map.Entry<Double, Integer> entry : counts.entrySet()) {
            categories.add(new ColumnStatistics.Category(entry.getKey(),
                    entry.getValue() / (double) values.length));
        }
        return new ColumnStatistics(column, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                List.of(), categories);
    }

    private static ColumnStatistics numeric(Column column, double[] values, double[] edges) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double[] moments = moments(values);
        try {
            List<ColumnStatistics.Bin> bins = bins(values, edges, min, max);
            return new ColumnStatistics(column, moments[0], moments[1], min, max, bins,
                    List.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "column '" + column.name() + "': " + e.getMessage(), e);
        }
    }

    /**
     * Returns the mean and the population standard deviation, by two passes over the values
     * divided by their largest magnitude, so that finite values near {@code ±Double.MAX_VALUE}
     * do not overflow the sums.
     */
    static double[] moments(double[] values) {
        double scale = 0;
        for (double v : values) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (scale == 0) {
            return new double[] {0.0, 0.0};
        }
        double sum = 0;
        for (double v : values) {
            sum += v / scale;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            double centred = v / scale - mean;
            squares += centred * centred;
        }
        return new double[] {mean * scale, Math.sqrt(squares / values.length) * scale};
    }

    static double[] edges(double[] values, Discretizer discretizer, int[] labels) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] edges;
        switch (discretizer) {
            case QUARTILE:
                edges = percentiles(sorted, QUARTILES);
                break;
            case DECILE:
                edges = percentiles(sorted, DECILES);
                break;
            case ENTROPY:
                edges = EntropySplits.thresholds(values, labels);
                if (edges.length == 0) {
                    edges = percentiles(sorted, new double[] {50});
                }
                break;
            default:
                throw new AssertionError(discretizer);
        }
        edges = Arrays.stream(edges).sorted().distinct().toArray();
        return keepTwoBins(sorted, edges);
    }

    /**
     * Replaces edges that put every value of a column with two or more distinct values into one
     * bin by the single edge below the maximum, so the column keeps two non-empty bins.
     */
    private static double[] keepTwoBins(double[] sorted, double[] edges) {
        double max = sorted[sorted.length - 1];
        if (sorted[0] == max || sorted[0] > edges[edges.length - 1]) {
            return edges;
        }
        for (double edge : edges) {
            if (edge < max && sorted[0] <= edge) {
                return edges;
            }
        }
        // Every value is in the first bin: cut below the largest value.
        int i = sorted.length - 1;
        while (sorted[i] == max) {
            i--;
        }
        return new double[] {sorted[i]};
    }

    /** Computes percentiles of sorted values with numpy's default linear interpolation. */
    static double[] percentiles(double[] sorted, double[] percents) {
        double[] result = new double[percents.length];
        int n = sorted.length;
        for (int k = 0; k < percents.length; k++) {
            double position = (n - 1) * (percents[k] / 100.0);
            int lo = (int) Math.floor(position);
            int hi = Math.min(lo + 1, n - 1);
            double t = position - lo;
            double a = sorted[lo];
            double b = sorted[hi];
            double diff = b - a;
            // numpy's lerp, which interpolates from the nearer end.
            result[k] = t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
        }
        return result;
    }

    private static List<ColumnStatistics.Bin> bins(double[] values, double[] edges, double min,
            double max) {
        int count = edges.length + 1;
        double[][] members = new double[count][];
        int[] sizes = new int[count];
        int[] binOf = new int[values.length];
        for (int r = 0; r < values.length; r++) {
            binOf[r] = binOf(edges, values[r]);
            sizes[binOf[r]]++;
        }
        for (int b = 0; b < count; b++) {
            members[b] = new double[sizes[b]];
            sizes[b] = 0;
        }
        for (int r = 0; r < values.length; r++) {
            members[binOf[r]][sizes[binOf[r]]++] = values[r];
        }
        List<ColumnStatistics.Bin> bins = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            double lower = b == 0 ? Math.min(min, edges[0]) : edges[b - 1];
            double upper = b == count - 1 ? Math.max(max, edges[count - 2]) : edges[b];
            double mean = lower / 2 + upper / 2;
            double std = 0;
            if (members[b].length > 0) {
                double[] moments = moments(members[b]);
                mean = moments[0];
                std = moments[1];
            }
            bins.add(new ColumnStatistics.Bin(lower, upper, mean, std,
                    members[b].length / (double) values.length));
        }
        return bins;
    }

    static int binOf(double[] edges, double x) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x <= edges[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
