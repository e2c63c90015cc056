package org.lime4j.tabular.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.lime4j.tabular.Column;

/**
 * Rows read from a file together with their column descriptions. Categorical cells hold the
 * index of their value in {@link Column#valueNames()}; a missing cell is {@code NaN}.
 *
 * @param columns the column descriptions, in row order
 * @param rows the rows, each as wide as {@code columns}
 */
public record TabularData(List<Column> columns, double[][] rows) {
    /**
     * Checks and copies the column list.
     *
     * @param columns the column descriptions
     * @param rows the rows
     * @throws IllegalArgumentException if a row is not as wide as the columns
     */
    public TabularData {
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows[r].length
                        + " values for " + columns.size() + " columns");
            }
        }
    }

    /**
     * Returns the position of a column.
     *
     * @param name the column name
     * @return its index
     * @throws IllegalArgumentException if there is no such column, listing the names
     */
    public int indexOf(String name) {
        for (int j = 0; j < columns.size(); j++) {
            if (columns.get(j).name().equals(name)) {
                return j;
            }
        }
        throw new IllegalArgumentException("no column named " + name + "; columns are "
                + columns.stream().map(Column::name).toList());
    }

    /**
     * Returns one column's values.
     *
     * @param name the column name
     * @return a new array with one value per row
     * @throws IllegalArgumentException if there is no such column
     */
    public double[] column(String name) {
        int j = indexOf(name);
        return Arrays.stream(rows).mapToDouble(row -> row[j]).toArray();
    }

    /**
     * Returns a copy without some columns, such as the label.
     *
     * @param names the columns to drop
     * @return the remaining columns and the rows narrowed to them
     * @throws IllegalArgumentException if a name is not a column
     */
    public TabularData without(String... names) {
        boolean[] dropped = new boolean[columns.size()];
        for (String name : names) {
            dropped[indexOf(name)] = true;
        }
        List<Column> kept = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            if (!dropped[j]) {
                kept.add(columns.get(j));
            }
        }
        double[][] narrowed = new double[rows.length][kept.size()];
        for (int r = 0; r < rows.length; r++) {
            int k = 0;
            for (int j = 0; j < columns.size(); j++) {
                if (!dropped[j]) {
                    narrowed[r][k++] = rows[r][j];
                }
            }
        }
        return new TabularData(kept, narrowed);
    }
}
