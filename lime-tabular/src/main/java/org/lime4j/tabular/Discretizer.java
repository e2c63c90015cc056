package org.lime4j.tabular;

import org.lime4j.core.EnumNames;

/**
 * The method that cuts numeric columns into bins in {@link SamplingMode#DISCRETIZED} mode. Bin
 * edges given for a column with {@link TabularExplainer.Builder#binEdges} override the discretizer
 * for that column.
 *
 * <p>A value {@code x} falls into bin {@code i} when {@code e[i-1] < x <= e[i]}, the first bin
 * taking every {@code x <= e[0]} and the last every {@code x > e[last]}. Repeated edges are
 * merged, and a column with at least two distinct training values keeps at least two non-empty
 * bins.
 */
public enum Discretizer {
    /** Edges at the 25th, 50th and 75th percentiles, with linear interpolation (the default). */
    QUARTILE,
    /** Edges at the 10th, 20th, ..., 90th percentiles, with linear interpolation. */
    DECILE,
    /**
     * Edges at the thresholds of a depth-3 decision tree that splits the column by information
     * gain (entropy) against the training labels, or at the median when the tree does not split.
     * Needs {@link TabularExplainer.Builder#trainingLabels(int[])}.
     */
    ENTROPY;

    /**
     * Parses a discretizer name such as {@code "decile"}, ignoring case.
     *
     * @param text the name
     * @return the discretizer
     * @throws IllegalArgumentException if the name is not a discretizer, listing the allowed names
     */
    public static Discretizer parse(String text) {
        return EnumNames.parse(Discretizer.class, "discretizer", text);
    }
}
