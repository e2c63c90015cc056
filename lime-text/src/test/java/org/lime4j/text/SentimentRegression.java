package org.lime4j.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lime4j.core.Predictor;
import smile.classification.LogisticRegression;

/**
 * A logistic regression sentiment model trained with Smile on the Sentiment Labelled Sentences
 * (Amazon, IMDb and Yelp), over binary lower-cased {@code \W+} words seen at least twice.
 * Smile's binomial fit is deterministic (BFGS from zero). Output columns: negative, positive.
 */
final class SentimentRegression implements Predictor<String> {
    private static final Pattern SEPARATOR =
            Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String[] FILES = {
        "amazon_cells_labelled.txt", "imdb_labelled.txt", "yelp_labelled.txt"};

    /** One labelled sentence. */
    record Sentence(boolean positive, String text) {}

    private final Map<String, Integer> vocabulary;
    private final LogisticRegression regression;

    private SentimentRegression(Map<String, Integer> vocabulary, LogisticRegression regression) {
        this.vocabulary = vocabulary;
        this.regression = regression;
    }

    /** Reads the three files from the test resources, in file order. */
    static List<Sentence> sentences() {
        List<Sentence> sentences = new ArrayList<>();
        for (String file : FILES) {
            String resource = "/data/sentiment-labelled-sentences/" + file;
            try (InputStream in = SentimentRegression.class.getResourceAsStream(resource);
                    BufferedReader reader = new BufferedReader(
                            new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.lastIndexOf('\t');
                    if (tab > 0) {
                        sentences.add(new Sentence(line.substring(tab + 1).trim().equals("1"),
                                line.substring(0, tab).trim()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sentences;
    }

    /** Trains with L2 penalty {@code lambda} on the given sentences. */
    static SentimentRegression train(List<Sentence> training, double lambda) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sentence sentence : training) {
            for (String word : words(sentence.text())) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .sorted().forEach(word -> vocabulary.put(word, vocabulary.size()));
        double[][] x = new double[training.size()][];
        int[] y = new int[training.size()];
        for (int i = 0; i < training.size(); i++) {
            x[i] = features(vocabulary, training.get(i).text());
            y[i] = training.get(i).positive() ? 1 : 0;
        }
        return new SentimentRegression(vocabulary, LogisticRegression.binomial(x, y, lambda, 1e-6,
                500));
    }

    private static String[] words(String text) {
        return SEPARATOR.splitAsStream(text.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    private static double[] features(Map<String, Integer> vocabulary, String text) {
        double[] x = new double[vocabulary.size()];
        for (String word : words(text)) {
            Integer index = vocabulary.get(word);
            if (index != null) {
                x[index] = 1.0;
            }
        }
        return x;
    }

    /** Returns the probability that the text is positive. */
    double positiveProbability(String text) {
        double[] posterior = new double[2];
        regression.predict(features(vocabulary, text), posterior);
        return posterior[1];
    }

    @Override
    public double[][] predict(List<String> batch) {
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            double positive = positiveProbability(batch.get(i));
            out[i] = new double[] {1 - positive, positive};
        }
        return out;
    }
}
