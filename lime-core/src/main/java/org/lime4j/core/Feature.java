package org.lime4j.core;

import java.util.List;
import java.util.Objects;

/**
 * One interpretable feature of an explanation: a tabular condition, a word or phrase, or a
 * superpixel.
 *
 * @param index the feature's column in the interpretable representation
 * @param name the underlying name: a column name, a token, or {@code "segment 3"}
 * @param description the readable condition, such as {@code "duration > 24.00"}
 * @param value the instance's value as text, or an empty string when there is none
 * @param spans where the feature occurs in an explained text; empty for other data
 */
public record Feature(int index, String name, String description, String value, List<Span> spans) {
    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException if {@code index} is negative
     * @throws NullPointerException if a part is null
     */
    public Feature {
        if (index < 0) {
            throw new IllegalArgumentException("feature index must be at least 0, got " + index);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
        spans = List.copyOf(spans);
    }

    /**
     * Creates a feature without a value or spans.
     *
     * @param index the column in the interpretable representation
     * @param description the readable name, used as the name too
     * @return the feature
     */
    public static Feature of(int index, String description) {
        return new Feature(index, description, description, "", List.of());
    }
}
