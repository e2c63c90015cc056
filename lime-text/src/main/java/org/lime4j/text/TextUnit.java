package org.lime4j.text;

/**
 * The interpretable units of a text explanation. Caller-given spans are the further unit that
 * {@link TextExplainer#explainSpans} takes.
 */
public enum TextUnit {
    /** Single tokens: distinct words in bag-of-words mode, occurrences in positional mode. */
    WORDS(1),
    /**
     * Pairs of consecutive tokens. Samples still remove words, and a bigram feature is 1 while
     * both of its words are kept. A rule on a two-word phrase is then linear in one feature.
     */
    BIGRAMS(2),
    /** Runs of three consecutive tokens, built like {@link #BIGRAMS}. */
    TRIGRAMS(3),
    /** Sentences, as {@link java.text.BreakIterator#getSentenceInstance} finds them. */
    SENTENCES(0);

    private final int gramLength;

    TextUnit(int gramLength) {
        this.gramLength = gramLength;
    }

    /** Returns the n of an n-gram unit, 1 for words and 0 for sentences. */
    int gramLength() {
        return gramLength;
    }
}
