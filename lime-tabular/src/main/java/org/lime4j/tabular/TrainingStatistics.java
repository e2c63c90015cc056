package org.lime4j.tabular;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The training statistics of every column: the means, standard deviations, minima, maxima, bins
 * and category frequencies from which an explainer samples. Immutable and thread-safe.
 *
 * <p>A data owner who cannot hand over raw rows can build an explainer once, pass
 * {@link TabularExplainer#statistics()} on, and the receiver rebuilds the same explainer with
 * {@link TabularExplainer#fromStatistics(TrainingStatistics)}. Statistics can also be assembled
 * by hand from {@link ColumnStatistics} records.
 */
public final class TrainingStatistics {
    private final List<ColumnStatistics> columns;

    private TrainingStatistics(List<ColumnStatistics> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * Creates statistics from one record per column.
     *
     * @param columns the columns' statistics, in row order
     * @return the statistics
     * @throws IllegalArgumentException if there is no column or two columns share a name
     */
    public static TrainingStatistics of(List<ColumnStatistics> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(
                    "nothing to explain: the training data has no column");
        }
        Set<String> names = new HashSet<>();
        for (ColumnStatistics column : columns) {
            if (!names.add(column.column().name())) {
                throw new IllegalArgumentException(
                        "column name " + column.column().name() + " is repeated");
            }
        }
        return new TrainingStatistics(columns);
    }

    /**
     * Returns the statistics of every column, in row order.
     *
     * @return an unmodifiable list
     */
    public List<ColumnStatistics> columns() {
        return columns;
    }

    /**
     * Returns the statistics of one column.
     *
     * @param index the column's position in a row
     * @return its statistics
     */
    public ColumnStatistics column(int index) {
        return columns.get(index);
    }

    /**
     * Returns the number of columns of a row.
     *
     * @return the row width
     */
    public int width() {
        return columns.size();
    }

    /**
     * Tells whether every numeric column has bins, as discretized sampling needs.
     *
     * @return {@code true} if discretized sampling is possible
     */
    public boolean hasBins() {
        for (ColumnStatistics column : columns) {
            if (!column.column().isCategorical() && column.bins().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "TrainingStatistics" + columns;
    }
}
