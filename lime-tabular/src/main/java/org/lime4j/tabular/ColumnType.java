package org.lime4j.tabular;

import org.lime4j.core.EnumNames;

/** The kind of values a tabular column contains. */
public enum ColumnType {
    /** Real values. */
    NUMERIC,
    /** Whole numbers: perturbed values are rounded and stay inside their bin. */
    INTEGER,
    /**
     * Category codes: each distinct value is one category, compared exactly and never rounded.
     */
    CATEGORICAL;

    /**
     * Parses a column type name such as {@code "numeric"}, ignoring case.
     *
     * @param text the name
     * @return the type
     * @throws IllegalArgumentException if the name is not a type, listing the allowed names
     */
    public static ColumnType parse(String text) {
        return EnumNames.parse(ColumnType.class, "column type", text);
    }
}
