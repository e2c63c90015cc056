package org.lime4j.tabular;

import java.util.List;
import java.util.Objects;

/**
 * The training statistics of one column, all an explainer needs of the training data.
 *
 * <p>A numeric or integer column has its mean, standard deviation (population, {@code ddof = 0}),
 * minimum and maximum, and, for {@link SamplingMode#DISCRETIZED} sampling, its bins. A
 * categorical column has its categories and their frequencies; its mean, deviation, minimum and
 * maximum are not used. Immutable.
 *
 * @param column the column described
 * @param mean the training mean
 * @param std the training standard deviation, at least 0
 * @param min the training minimum
 * @param max the training maximum
 * @param bins the bins in ascending order; empty for a categorical column or when only continuous
 *     sampling is used
 * @param categories the categories seen in training; empty for a column that is not categorical
 */
public record ColumnStatistics(Column column, double mean, double std, double min, double max,
        List<Bin> bins, List<Category> categories) {

    /**
     * Checks and copies the parts.
     *
     * @param column the column described
     * @param mean the training mean
     * @param std the training standard deviation
     * @param min the training minimum
     * @param max the training maximum
     * @param bins the bins in ascending order, or empty
     * @param categories the categories, or empty
     * @throws IllegalArgumentException if a number is not finite, the bins overlap or are not in
     *     ascending order, a categorical column has no category, or a frequency is invalid
     */
    public ColumnStatistics {
        Objects.requireNonNull(column, "column");
        bins = List.copyOf(bins);
        categories = List.copyOf(categories);
        String name = column.name();
        if (column.isCategorical()) {
            if (categories.isEmpty() || !bins.isEmpty()) {
                throw new IllegalArgumentException("categorical column " + name
                        + " needs at least one category and no bins, got " + categories.size()
                        + " categories and " + bins.size() + " bins");
            }
            checkFrequencies(name, categories.stream().mapToDouble(Category::frequency).toArray());
        } else {
            if (!(Double.isFinite(mean) && Double.isFinite(min) && Double.isFinite(max)
                    && std >= 0 && Double.isFinite(std) && min <= max)) {
                throw new IllegalArgumentException("column " + name + " needs a finite mean,"
                        + " minimum <= maximum and a finite standard deviation >= 0, got mean "
                        + mean + ", std " + std + ", min " + min + ", max " + max);
            }
            if (!categories.isEmpty()) {
                throw new IllegalArgumentException(
                        "column " + name + " is " + column.type() + " and cannot have categories");
            }
            for (int i = 1; i < bins.size() - 1; i++) {
                if (!(bins.get(i - 1).upper() < bins.get(i).upper())) {
                    throw new IllegalArgumentException("bins of column " + name
                            + " must have strictly increasing inner edges, got "
                            + bins.get(i - 1).upper() + " then " + bins.get(i).upper());
                }
            }
            if (!bins.isEmpty()) {
                checkFrequencies(name, bins.stream().mapToDouble(Bin::frequency).toArray());
            }
        }
    }

    private static void checkFrequencies(String name, double[] frequencies) {
        double sum = 0;
        for (double f : frequencies) {
            if (!(f >= 0 && Double.isFinite(f))) {
                throw new IllegalArgumentException("frequencies of column " + name
                        + " must be finite and at least 0, got " + f);
            }
            sum += f;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException(
                    "column " + name + " needs at least one frequency greater than 0");
        }
    }

    /**
     * Returns the inner bin edges: the upper edge of every bin but the last.
     *
     * @return the edges in ascending order; empty when the column has no bins
     */
    public double[] edges() {
        int n = Math.max(0, bins.size() - 1);
        double[] edges = new double[n];
        for (int i = 0; i < n; i++) {
            edges[i] = bins.get(i).upper();
        }
        return edges;
    }

    /**
     * Returns the bin of a value: bin {@code i} contains {@code edges[i-1] < x <= edges[i]}, the
     * first bin every {@code x <= edges[0]} and the last every {@code x > edges[last]}.
     *
     * @param x the value
     * @return the bin index
     * @throws IllegalStateException if the column has no bins
     */
    public int binOf(double x) {
        if (bins.isEmpty()) {
            throw new IllegalStateException("column " + column.name() + " has no bins");
        }
        int last = bins.size() - 1;
        int lo = 0;
        int hi = last;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x <= bins.get(mid).upper()) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * One bin of a numeric column, with the statistics of the training values inside it.
     *
     * <p>Perturbed values are drawn from a normal with the bin's mean and standard deviation
     * truncated to {@code [lower, upper]}.
     *
     * @param lower the lower edge: the column minimum for the first bin, else the previous bin's
     *     upper edge (excluded)
     * @param upper the upper edge, included; the column maximum for the last bin
     * @param mean the mean of the training values in the bin
     * @param std the standard deviation of those values, at least 0
     * @param frequency the share (or count) of training values in the bin, at least 0
     */
    public record Bin(double lower, double upper, double mean, double std, double frequency) {
        /**
         * Checks the parts.
         *
         * @param lower the lower edge
         * @param upper the upper edge
         * @param mean the mean of the bin's training values
         * @param std the standard deviation of those values
         * @param frequency the share of training values in the bin
         * @throws IllegalArgumentException if a number is not finite or {@code lower > upper}
         */
        public Bin {
            if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper
                    && Double.isFinite(mean) && std >= 0 && Double.isFinite(std))) {
                throw new IllegalArgumentException("a bin needs finite edges with lower <= upper,"
                        + " a finite mean and a finite std >= 0, got lower " + lower + ", upper "
                        + upper + ", mean " + mean + ", std " + std);
            }
        }
    }

    /**
     * One category of a categorical column.
     *
     * @param code the category code as it appears in rows
     * @param frequency the share (or count) of training rows with this code, at least 0
     */
    public record Category(double code, double frequency) {
        /**
         * Checks the code.
         *
         * @param code the category code
         * @param frequency the share of training rows with this code
         * @throws IllegalArgumentException if the code is not finite
         */
        public Category {
            if (!Double.isFinite(code)) {
                throw new IllegalArgumentException("a category code must be finite, got " + code);
            }
        }
    }
}
