package org.lime4j.tabular;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.lime4j.core.SampleRandom;

/**
 * The sampling constants of one column, computed once per explainer: the cumulative frequencies
 * of its categories or bins, the bins' truncated normals, and the mean and scale of continuous
 * sampling. Immutable.
 */
final class ColumnModel {
    /** Up to this many categories or bins, an index is drawn by a linear count. */
    private static final int SHORT_SCAN = 8;

    final ColumnStatistics statistics;
    final boolean categorical;
    final boolean integer;
    /** Category codes, for a categorical column. */
    final double[] codes;
    /** Cumulative frequencies of the categories or bins; the last drawable one is exactly 1. */
    final double[] cumulative;
    /** One sampler per bin, for a binned column. */
    final TruncatedNormal[] bins;
    /** The training mean of a numeric column. */
    final double mean;
    /** The training standard deviation of a numeric column, or 1 when it is 0. */
    final double scale;
    /** Whether a numeric column is constant in training, so continuous sampling keeps it. */
    final boolean constant;

    ColumnModel(ColumnStatistics statistics, boolean discretized) {
        this.statistics = statistics;
        Column column = statistics.column();
        this.categorical = column.isCategorical();
        this.integer = column.type() == ColumnType.INTEGER;
        this.mean = statistics.mean();
        this.constant = !categorical && statistics.std() == 0;
        this.scale = constant || categorical ? 1.0 : statistics.std();
        if (categorical) {
            List<ColumnStatistics.Category> categories = statistics.categories();
            this.codes = new double[categories.size()];
            double[] frequencies = new double[categories.size()];
            for (int k = 0; k < codes.length; k++) {
                codes[k] = categories.get(k).code();
                frequencies[k] = categories.get(k).frequency();
            }
            this.cumulative = cumulative(frequencies);
            this.bins = new TruncatedNormal[0];
        } else if (discretized) {
            List<ColumnStatistics.Bin> list = statistics.bins();
            double[] frequencies = new double[list.size()];
            this.bins = new TruncatedNormal[list.size()];
            for (int b = 0; b < bins.length; b++) {
                frequencies[b] = list.get(b).frequency();
                bins[b] = new TruncatedNormal(list.get(b), b == 0, integer);
            }
            this.codes = new double[0];
            this.cumulative = cumulative(frequencies);
        } else {
            this.codes = new double[0];
            this.cumulative = new double[0];
            this.bins = new TruncatedNormal[0];
        }
    }

    private static double[] cumulative(double[] frequencies) {
        double total = 0;
        int last = 0;
        for (int k = 0; k < frequencies.length; k++) {
            total += frequencies[k];
            if (frequencies[k] > 0) {
                last = k;
            }
        }
        double[] result = new double[frequencies.length];
        double running = 0;
        for (int k = 0; k < frequencies.length; k++) {
            running += frequencies[k];
            result[k] = k >= last ? 1.0 : running / total;
        }
        return result;
    }

    /** Draws a category or bin index by the training frequencies. */
    int drawIndex(UniformRandomProvider random) {
        double u = random.nextDouble();
        if (cumulative.length <= SHORT_SCAN) {
            // Counting the cumulative frequencies at or below u finds the same index as the
            // binary search below, without its unpredictable branches.
            int index = 0;
            for (int k = 0; k < cumulative.length - 1; k++) {
                index += u >= cumulative[k] ? 1 : 0;
            }
            return index;
        }
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Returns the model value of a drawn category or bin other than the instance's. */
    double valueOf(int index, SampleRandom random) {
        return categorical ? codes[index] : bins[index].draw(random);
    }

    /** Returns the index of the instance's category or bin, or -1 for an unseen category. */
    int indexOf(double value) {
        if (!categorical) {
            return statistics.binOf(value);
        }
        for (int k = 0; k < codes.length; k++) {
            if (codes[k] == value) {
                return k;
            }
        }
        return -1;
    }
}
