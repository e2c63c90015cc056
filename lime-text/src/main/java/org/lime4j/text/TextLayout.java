package org.lime4j.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lime4j.core.Feature;
import org.lime4j.core.Span;

/**
 * The masking plan of one text: which tokens samples may remove, the sampling unit each belongs
 * to, and the interpretable features over those units. Immutable.
 *
 * <p>Samples remove whole units. A feature is either a unit itself, or, for n-gram features, a
 * set of units that is 1 in a sample only while every unit in it is kept. Tokens outside every
 * unit are never removed.
 */
final class TextLayout {
    private final String text;
    private final int[] positionStarts;
    private final int[] positionEnds;
    private final int[] positionUnits;
    private final int units;
    private final int[][] featureUnits;
    private final List<Feature> features;

    private TextLayout(String text, int[] positions, Tokens tokens, int[] positionUnits,
            int units, int[][] featureUnits, List<Feature> features) {
        this.text = text;
        this.positionStarts = new int[positions.length];
        this.positionEnds = new int[positions.length];
        for (int p = 0; p < positions.length; p++) {
            positionStarts[p] = tokens.start(positions[p]);
            positionEnds[p] = tokens.end(positions[p]);
        }
        this.positionUnits = positionUnits;
        this.units = units;
        this.featureUnits = featureUnits;
        this.features = List.copyOf(features);
    }

    /**
     * Makes every maskable token a unit: one per distinct token in bag-of-words mode, one per
     * occurrence in positional mode.
     *
     * @param maskable the tokens samples may remove, ascending
     */
    static TextLayout words(Tokens tokens, MaskingMode mode, int[] maskable) {
        int[] unitOf = new int[maskable.length];
        List<List<Integer>> occurrences = new ArrayList<>();
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        for (int p = 0; p < maskable.length; p++) {
            String word = tokens.token(maskable[p]);
            int unit = mode == MaskingMode.BAG_OF_WORDS
                    ? vocabulary.computeIfAbsent(word, w -> vocabulary.size())
                    : p;
            if (unit == occurrences.size()) {
                occurrences.add(new ArrayList<>());
            }
            occurrences.get(unit).add(maskable[p]);
            unitOf[p] = unit;
        }
        List<Feature> features = new ArrayList<>();
        for (int unit = 0; unit < occurrences.size(); unit++) {
            List<Integer> where = occurrences.get(unit);
            int first = where.get(0);
            String word = tokens.token(first);
            List<Span> spans = new ArrayList<>();
            for (int token : where) {
                spans.add(new Span(tokens.start(token), tokens.end(token)));
            }
            String description = mode == MaskingMode.BAG_OF_WORDS
                    ? word : word + "@" + tokens.start(first);
            features.add(new Feature(unit, word, description, "", spans));
        }
        return new TextLayout(tokens.text(), maskable, tokens, unitOf, occurrences.size(), null,
                features);
    }

    /**
     * Builds n-gram features over word units: every run of {@code n} consecutive tokens, merged
     * by its words in bag-of-words mode.
     *
     * @throws IllegalArgumentException if the text has tokens but fewer than {@code n}
     */
    static TextLayout ngrams(Tokens tokens, MaskingMode mode, int n) {
        TextLayout words = words(tokens, mode, allTokens(tokens));
        int count = tokens.count();
        if (count == 0) {
            return words;
        }

        if (count < n) {
            throw new IllegalArgumentException("n-grams of " + n + " words need at least " + n
                    + " tokens, but the text has " + count + "; explain it with TextUnit.WORDS");
        }

        // Collect each distinct n-gram (each occurrence in positional mode) and its units.
        Map<String, Integer> distinct = new LinkedHashMap<>();
        List<int[]> unitSets = new ArrayList<>();
        List<List<Span>> spans = new ArrayList<>();
        List<Integer> firstStart = new ArrayList<>();
        for (int i = 0; i + n <= count; i++) {
            String key = gramKey(tokens, i, n);
            int feature = mode == MaskingMode.BAG_OF_WORDS
                    ? distinct.computeIfAbsent(key, k -> distinct.size()) : i;
            if (feature == unitSets.size()) {
                int[] gramUnits = new int[n];
                for (int k = 0; k < n; k++) {
                    gramUnits[k] = words.positionUnits[i + k];
                }
                unitSets.add(Arrays.stream(gramUnits).distinct().toArray());
                spans.add(new ArrayList<>());
                firstStart.add(tokens.start(i));
            }
            spans.get(feature).add(new Span(tokens.start(i), tokens.end(i + n - 1)));
        }

        List<Feature> features = new ArrayList<>();
        for (int j = 0; j < unitSets.size(); j++) {
            Span first = spans.get(j).get(0);
            String phrase = tokens.text().substring(first.start(), first.end());
            String description = mode == MaskingMode.BAG_OF_WORDS
                    ? phrase : phrase + "@" + firstStart.get(j);
            features.add(new Feature(j, phrase, description, "", spans.get(j)));
        }
        return new TextLayout(tokens.text(), allTokens(tokens), tokens, words.positionUnits,
                words.units, unitSets.toArray(new int[0][]), features);
    }

    /** Makes each sentence that contains a token a unit. */
    static TextLayout sentences(Tokens tokens) {
        List<Span> sentences = sentenceSpans(tokens.text());
        List<Span> used = new ArrayList<>();
        for (Span sentence : sentences) {
            if (tokensIn(tokens, sentence).length > 0) {
                used.add(sentence);
            }
        }
        return groups(tokens, used);
    }

    /**
     * Makes each span a unit made of the tokens it overlaps.
     *
     * @throws IllegalArgumentException if a span lies outside the text, covers no token, or
     *     shares a token with another span
     */
    static TextLayout spans(Tokens tokens, List<Span> spans) {
        int length = tokens.text().length();
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            if (span.end() > length) {
                throw new IllegalArgumentException("span " + s + " [" + span.start() + ", "
                        + span.end() + ") ends after the text, which has " + length
                        + " characters");
            }
            if (tokensIn(tokens, span).length == 0) {
                throw new IllegalArgumentException("span " + s + " [" + span.start() + ", "
                        + span.end() + ") \"" + tokens.text().substring(span.start(), span.end())
                        + "\" contains no token, so removing it would change nothing; drop it"
                        + " or widen it");
            }
        }
        return groups(tokens, spans);
    }

    /** Returns the sentences of a text, each without its trailing whitespace. */
    static List<Span> sentenceSpans(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
        iterator.setText(text);
        List<Span> sentences = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            int trimmed = end;
            while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed > start) {
                sentences.add(new Span(start, trimmed));
            }
            start = end;
        }
        return sentences;
    }

    /** Returns the tokens that overlap a span, ascending. */
    static int[] tokensIn(Tokens tokens, Span span) {
        int[] inside = new int[tokens.count()];
        int count = 0;
        for (int t = 0; t < tokens.count(); t++) {
            if (tokens.start(t) < span.end() && tokens.end(t) > span.start()) {
                inside[count++] = t;
            }
        }
        return Arrays.copyOf(inside, count);
    }

    static int[] allTokens(Tokens tokens) {
        int[] all = new int[tokens.count()];
        for (int t = 0; t < all.length; t++) {
            all[t] = t;
        }
        return all;
    }

    private static TextLayout groups(Tokens tokens, List<Span> groups) {
        int[] owner = new int[tokens.count()];
        Arrays.fill(owner, -1);
        List<Feature> features = new ArrayList<>();
        int maskableCount = 0;
        for (int g = 0; g < groups.size(); g++) {
            Span group = groups.get(g);
            for (int t : tokensIn(tokens, group)) {
                if (owner[t] >= 0) {
                    throw new IllegalArgumentException("spans " + owner[t] + " and " + g
                            + " share the token \"" + tokens.token(t) + "\" at offset "
                            + tokens.start(t) + "; spans must not overlap");
                }
                owner[t] = g;
                maskableCount++;
            }
            String phrase = tokens.text().substring(group.start(), group.end());
            features.add(new Feature(g, phrase, phrase, "", List.of(group)));
        }
        int[] maskable = new int[maskableCount];
        int[] unitOf = new int[maskableCount];
        int p = 0;
        for (int t = 0; t < owner.length; t++) {
            if (owner[t] >= 0) {
                maskable[p] = t;
                unitOf[p] = owner[t];
                p++;
            }
        }
        return new TextLayout(tokens.text(), maskable, tokens, unitOf, groups.size(), null,
                features);
    }

    private static String gramKey(Tokens tokens, int first, int n) {
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < n; k++) {
            key.append(tokens.token(first + k)).append('\u0000');
        }
        return key.toString();
    }

    String text() {
        return text;
    }

    /** Returns the number of sampling units. */
    int units() {
        return units;
    }

    /** Returns the number of interpretable features. */
    int featureCount() {
        return features.size();
    }

    List<Feature> features() {
        return features;
    }

    /** Returns the units of each feature, or null when every feature is its own unit. */
    int[][] featureUnits() {
        return featureUnits;
    }

    int positions() {
        return positionStarts.length;
    }

    int positionStart(int position) {
        return positionStarts[position];
    }

    int positionEnd(int position) {
        return positionEnds[position];
    }

    int positionUnit(int position) {
        return positionUnits[position];
    }
}
