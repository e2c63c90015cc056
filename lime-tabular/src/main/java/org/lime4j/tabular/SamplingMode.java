package org.lime4j.tabular;

import org.lime4j.core.EnumNames;

/** The method that draws perturbed rows and represents them for the surrogate. */
public enum SamplingMode {
    /**
     * Every column becomes categorical, numeric columns by their bins. Each sample draws a bin or
     * category per column from the training frequencies. The interpretable value is 1 when the
     * draw equals the instance's bin or category, else 0, and the distance to the instance is
     * Euclidean on these binary rows. This is the default.
     */
    DISCRETIZED,
    /**
     * Numeric columns are drawn as {@code N(0,1)·std + mean} of the training data and represented
     * as {@code (x − mean) / std}. Categorical columns are drawn by frequency and represented as
     * 1 when equal to the instance's category, else 0.
     */
    CONTINUOUS_AROUND_MEAN,
    /** As {@link #CONTINUOUS_AROUND_MEAN}, but numeric columns are centred on the instance. */
    CONTINUOUS_AROUND_INSTANCE;

    /**
     * Parses a sampling mode name such as {@code "continuous_around_mean"}, ignoring case.
     *
     * @param text the name
     * @return the mode
     * @throws IllegalArgumentException if the name is not a mode, listing the allowed names
     */
    public static SamplingMode parse(String text) {
        return EnumNames.parse(SamplingMode.class, "sampling mode", text);
    }

    boolean isContinuous() {
        return this != DISCRETIZED;
    }
}
