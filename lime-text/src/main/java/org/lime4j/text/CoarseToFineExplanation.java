package org.lime4j.text;

import java.util.List;
import java.util.Objects;

/**
 * A two-level text explanation: the sentences first, then the words inside the most important
 * sentences, with every other sentence left intact. Immutable and thread-safe.
 *
 * @param sentences the explanation whose features are sentences
 * @param refinedSentences the sentence features whose words were explained, most important first
 * @param words the explanation whose features are the words of the refined sentences
 */
public record CoarseToFineExplanation(
        TextExplanation sentences, List<Integer> refinedSentences, TextExplanation words) {
    /**
     * Checks and copies the parts.
     *
     * @param sentences the explanation whose features are sentences
     * @param refinedSentences the refined sentence features, most important first
     * @param words the explanation of the words of the refined sentences
     * @throws NullPointerException if a part is null
     */
    public CoarseToFineExplanation {
        Objects.requireNonNull(sentences, "sentences");
        refinedSentences = List.copyOf(refinedSentences);
        Objects.requireNonNull(words, "words");
    }
}
