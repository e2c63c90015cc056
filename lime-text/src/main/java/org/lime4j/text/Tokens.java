package org.lime4j.text;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word tokens of one text as character offsets, computed once per explanation so that
 * perturbed texts are rebuilt from offsets without a regular expression. Immutable.
 */
final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private Tokens(String text, int[] starts, int[] ends, int count) {
        this.text = text;
        this.starts = Arrays.copyOf(starts, count);
        this.ends = Arrays.copyOf(ends, count);
    }

    /**
     * Splits the text on a separator pattern, keeping the separators in the text: every
     * non-empty piece between two separator matches is a token.
     */
    static Tokens split(String text, Pattern separator) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int cursor = 0;
        Matcher matcher = separator.matcher(text);
        while (cursor < text.length()) {
            int pieceEnd = text.length();
            int next = text.length();
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    pieceEnd = matcher.start();
                    next = matcher.end();
                    break;
                }
            }
            if (pieceEnd > cursor) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, 2 * count);
                    ends = Arrays.copyOf(ends, 2 * count);
                }
                starts[count] = cursor;
                ends[count] = pieceEnd;
                count++;
            }
            cursor = next;
        }
        return new Tokens(text, starts, ends, count);
    }

    /** Makes every character that is not whitespace a token, keeping surrogate pairs whole. */
    static Tokens characters(String text) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (!Character.isWhitespace(codePoint)) {
                starts[count] = i;
                ends[count] = next;
                count++;
            }
            i = next;
        }
        return new Tokens(text, starts, ends, count);
    }

    /**
     * Locates the tokens a caller's tokenizer returns, each searched after the end of the one
     * before.
     *
     * @throws IllegalArgumentException if a token is null, empty or not found in order
     */
    static Tokens locate(String text, Function<String, ? extends List<String>> tokenizer) {
        List<String> tokens = tokenizer.apply(text);
        if (tokens == null) {
            throw new IllegalArgumentException("the tokenizer returned null for the text; return"
                    + " an empty list when the text has no tokens");
        }
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        int cursor = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token == null || token.isEmpty()) {
                throw new IllegalArgumentException("token " + i + " of the tokenizer is "
                        + (token == null ? "null" : "empty") + "; tokens must be non-empty"
                        + " substrings of the text");
            }
            int start = text.indexOf(token, cursor);
            if (start < 0) {
                throw new IllegalArgumentException("token " + i + " \"" + token + "\" is not a"
                        + " substring of the text at or after offset " + cursor + "; a tokenizer"
                        + " must return substrings of the text, in order and without overlap");
            }
            starts[i] = start;
            ends[i] = start + token.length();
            cursor = ends[i];
        }
        return new Tokens(text, starts, ends, tokens.size());
    }

    String text() {
        return text;
    }

    int count() {
        return starts.length;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    String token(int token) {
        return text.substring(starts[token], ends[token]);
    }
}
