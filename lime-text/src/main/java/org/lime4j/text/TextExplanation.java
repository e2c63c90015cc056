package org.lime4j.text;

import java.util.List;
import java.util.Objects;
import org.lime4j.core.Explanation;
import org.lime4j.core.Span;

/**
 * The explanation of a text model's prediction together with the explained text, so that each
 * feature's spans can be shown in place. Immutable and thread-safe.
 *
 * @param text the explained text
 * @param explanation the LIME explanation; its features carry the character offsets of every
 *     occurrence in {@code text}
 */
public record TextExplanation(String text, Explanation explanation) {
    /**
     * Checks the parts.
     *
     * @param text the explained text
     * @param explanation the LIME explanation
     * @throws NullPointerException if a part is null
     */
    public TextExplanation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns where one feature occurs in the text.
     *
     * @param feature the feature index
     * @return its spans, in text order
     * @throws IndexOutOfBoundsException if there is no such feature
     */
    public List<Span> spans(int feature) {
        return explanation.features().get(feature).spans();
    }

    /**
     * Returns the text of one span.
     *
     * @param span a span inside the text
     * @return the characters it covers
     * @throws IndexOutOfBoundsException if the span does not lie inside the text
     */
    public String textOf(Span span) {
        return text.substring(span.start(), span.end());
    }
}
