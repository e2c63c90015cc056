package org.lime4j.core;

/**
 * The method by which the surrogate chooses the interpretable features to keep, each as the
 * Python {@code lime} package 0.2.0.1 defines it.
 */
public enum FeatureSelection {
    /** Keeps every feature, whatever number was requested. */
    NONE,
    /**
     * Adds, one at a time, the feature whose unregularized weighted least-squares fit together
     * with the features already chosen has the highest weighted R²; ties go to the lower index.
     */
    FORWARD_SELECTION,
    /**
     * Fits ridge with {@code alpha = 0.01} on all features and keeps those with the largest
     * {@code |coefficient × instance value|}.
     */
    HIGHEST_WEIGHTS,
    /**
     * Walks the weighted LARS lasso path from its least regularized end back to the first step
     * with at most the requested number of nonzero coefficients.
     */
    LASSO_PATH,
    /** {@link #FORWARD_SELECTION} for at most 6 features, else {@link #HIGHEST_WEIGHTS}. */
    AUTO;

    /**
     * Parses a method name such as {@code "forward_selection"} or {@code "lasso-path"}.
     *
     * @param text the name, case ignored
     * @return the method
     * @throws IllegalArgumentException if the name is unknown, listing the allowed names
     */
    public static FeatureSelection parse(String text) {
        return EnumNames.parse(FeatureSelection.class, "feature selection", text);
    }

    /**
     * Resolves {@link #AUTO} for a requested feature count; other methods return themselves.
     *
     * @param numFeatures the number of features requested
     * @return the method that runs
     */
    public FeatureSelection resolve(int numFeatures) {
        if (this != AUTO) {
            return this;
        }
        return numFeatures <= 6 ? FORWARD_SELECTION : HIGHEST_WEIGHTS;
    }
}
