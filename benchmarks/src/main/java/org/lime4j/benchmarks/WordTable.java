package org.lime4j.benchmarks;

import java.util.Locale;

/**
 * An open-addressing map from lower-case words to numbers, looked up by a range of characters of
 * a text, lower-casing on the fly, so a lookup allocates nothing. Absent words map to 0.
 * Written once when built, then read-only and thread-safe.
 */
final class WordTable {
    private final String[] keys;
    private final double[] values;
    private final int mask;

    WordTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
        keys = new String[capacity];
        values = new double[capacity];
        mask = capacity - 1;
    }

    /** Stores {@code value} for {@code word}, which must be lower-case. */
    void put(String word, double value) {
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("word must be lower-case, got " + word);
        }
        int slot = hash(word, 0, word.length()) & mask;
        while (keys[slot] != null && !keys[slot].equals(word)) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = word;
        values[slot] = value;
    }

    /** Returns the value of {@code text[start, end)} lower-cased, or 0 when it is absent. */
    double get(CharSequence text, int start, int end) {
        int slot = hash(text, start, end) & mask;
        for (String key = keys[slot]; key != null; key = keys[slot]) {
            if (matches(key, text, start, end)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return 0;
    }

    private static boolean matches(String key, CharSequence text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (key.charAt(i - start) != Character.toLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Character.toLowerCase(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }
}
