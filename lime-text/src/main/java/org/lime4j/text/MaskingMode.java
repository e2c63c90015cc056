package org.lime4j.text;

/** The rule by which a text explainer removes tokens from a perturbed text. */
public enum MaskingMode {
    /**
     * Deletes removed tokens and keeps the separators around them. With word and n-gram units,
     * a feature is a distinct word, so removing it removes every occurrence.
     */
    BAG_OF_WORDS,
    /**
     * Replaces each removed token by the mask token, so the other words keep their positions.
     * With word and n-gram units, every occurrence is its own feature.
     */
    POSITIONAL
}
