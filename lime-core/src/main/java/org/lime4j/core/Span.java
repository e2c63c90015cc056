package org.lime4j.core;

/**
 * A range of characters in an explained text, {@code start} inclusive and {@code end} exclusive.
 *
 * @param start the offset of the first character
 * @param end the offset after the last character
 */
public record Span(int start, int end) {
    /**
     * Checks the range.
     *
     * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "span needs 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }
}
