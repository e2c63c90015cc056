package org.lime4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Sentiment Labelled Sentences (Amazon, IMDb and Yelp reviews) from this module's resources,
 * and documents of a given length built from them. Immutable.
 */
final class Sentences {
    private static final List<String> FILES =
            List.of("amazon_cells_labelled.txt", "imdb_labelled.txt", "yelp_labelled.txt");
    private static final String DOCUMENT_SOURCE = "imdb_labelled.txt";

    /**
     * One review sentence and its label.
     *
     * @param text the sentence
     * @param label 1 for positive, 0 for negative
     */
    record Labelled(String text, int label) {}

    private Sentences() {}

    /** Returns all 3000 labelled sentences, file by file in file order. */
    static List<Labelled> all() {
        List<Labelled> sentences = new ArrayList<>();
        for (String file : FILES) {
            sentences.addAll(read(file));
        }
        return sentences;
    }

    /**
     * Builds a document of exactly {@code words} words (runs of letters and digits) from the IMDb
     * sentences in file order, joined by spaces and cut after the last word.
     *
     * @param words the word count, at least 1
     * @return the document
     */
    static String document(int words) {
        if (words < 1) {
            throw new IllegalArgumentException("words must be at least 1, got " + words);
        }
        StringBuilder text = new StringBuilder();
        int count = 0;
        while (count < words) {
            for (Labelled sentence : read(DOCUMENT_SOURCE)) {
                String s = sentence.text();
                int i = 0;
                while (i < s.length() && count < words) {
                    int start = i;
                    while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                        i++;
                    }
                    boolean word = i < s.length();
                    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                        i++;
                    }
                    text.append(s, start, i);
                    if (word) {
                        count++;
                    }
                }
                if (count == words) {
                    break;
                }
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static List<Labelled> read(String file) {
        InputStream in = Sentences.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("resource " + file + " not found next to "
                    + Sentences.class.getName() + "; rebuild the benchmarks module");
        }
        List<Labelled> sentences = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.lastIndexOf('\t');
                if (tab < 0) {
                    continue;
                }
                int label = Integer.parseInt(line.substring(tab + 1).trim());
                sentences.add(new Labelled(line.substring(0, tab).trim(), label));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read " + file, e);
        }
        return sentences;
    }
}
