package org.lime4j.tabular;

import java.util.List;
import java.util.Objects;

/**
 * The description of one tabular column: its name, its type and, for a categorical column, the
 * names of its codes.
 *
 * <p>A categorical value is a code stored in the row as a {@code double}. The code {@code k}
 * (a whole number with {@code 0 <= k < valueNames.size()}) is shown as {@code valueNames.get(k)};
 * any other code is shown as its number. Codes are compared exactly and never rounded.
 *
 * @param name the column name, used in feature descriptions
 * @param type the kind of values
 * @param valueNames the names of the category codes {@code 0, 1, ...}; empty for other types
 */
public record Column(String name, ColumnType type, List<String> valueNames) {
    /**
     * Checks and copies the parts.
     *
     * @param name the column name
     * @param type the kind of values
     * @param valueNames the names of the category codes, or empty
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the name is empty, or value names are given for a
     *     column that is not categorical
     */
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        valueNames = List.copyOf(valueNames);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("column name must not be empty");
        }
        if (type != ColumnType.CATEGORICAL && !valueNames.isEmpty()) {
            throw new IllegalArgumentException("column " + name + " is " + type
                    + " but has value names " + valueNames
                    + "; only categorical columns have them");
        }
    }

    /**
     * Creates a numeric column.
     *
     * @param name the column name
     * @return the column
     */
    public static Column numeric(String name) {
        return new Column(name, ColumnType.NUMERIC, List.of());
    }

    /**
     * Creates an integer column.
     *
     * @param name the column name
     * @return the column
     */
    public static Column integer(String name) {
        return new Column(name, ColumnType.INTEGER, List.of());
    }

    /**
     * Creates a categorical column whose codes {@code 0, 1, ...} have the given names.
     *
     * @param name the column name
     * @param valueNames the names of codes {@code 0, 1, ...}; none to show codes as numbers
     * @return the column
     */
    public static Column categorical(String name, String... valueNames) {
        return new Column(name, ColumnType.CATEGORICAL, List.of(valueNames));
    }

    /**
     * Returns whether the column contains category codes.
     *
     * @return {@code true} for {@link ColumnType#CATEGORICAL}
     */
    public boolean isCategorical() {
        return type == ColumnType.CATEGORICAL;
    }

    /**
     * Returns the name of a category code, or the code as text when it has no name.
     *
     * @param code the category code
     * @return the name, such as {@code "red"} or {@code "3"}
     */
    public String valueName(double code) {
        if (code >= 0 && code < valueNames.size() && code == Math.rint(code)) {
            return valueNames.get((int) code);
        }
        return formatCode(code);
    }

    static String formatCode(double code) {
        if (code == Math.rint(code) && Math.abs(code) < 1e15) {
            return Long.toString((long) code);
        }
        return Double.toString(code);
    }
}
