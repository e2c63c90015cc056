package org.lime4j.core;

import java.util.Objects;

/**
 * A selected feature and its coefficient in the surrogate.
 *
 * @param feature the feature's index in {@link Explanation#features()}
 * @param description the feature's readable description
 * @param weight the coefficient; positive pushes the explained output up
 */
public record FeatureWeight(int feature, String description, double weight) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if {@code description} is null
     */
    public FeatureWeight {
        Objects.requireNonNull(description, "description");
    }
}
