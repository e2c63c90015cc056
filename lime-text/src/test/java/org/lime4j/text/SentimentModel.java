package org.lime4j.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lime4j.core.Predictor;
import smile.classification.DiscreteNaiveBayes;

/**
 * A multinomial naive Bayes sentiment classifier trained with Smile on the Yelp review
 * sentences, over lower-cased {@code \W+} word counts. Training is deterministic. Output
 * columns: negative, positive. Used by the reliability tests.
 */
final class SentimentModel implements Predictor<String> {
    private static final Pattern SEPARATOR =
            Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * One labelled sentence.
     *
     * @param positive whether the label is 1
     * @param text the sentence
     */
    record Sentence(boolean positive, String text) {}

    private final Map<String, Integer> vocabulary;
    private final DiscreteNaiveBayes bayes;

    private SentimentModel(Map<String, Integer> vocabulary, DiscreteNaiveBayes bayes) {
        this.vocabulary = vocabulary;
        this.bayes = bayes;
    }

    /** Reads the 1,000 Yelp sentences of the reliability test resources, in file order. */
    static List<Sentence> yelp() throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        try (InputStream in = SentimentModel.class.getResourceAsStream(
                        "/data/sentiment-labelled-sentences/yelp_labelled.txt");
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    sentences.add(new Sentence(line.substring(tab + 1).trim().equals("1"),
                            line.substring(0, tab).trim()));
                }
            }
        }
        return sentences;
    }

    /** Trains on the given sentences. */
    static SentimentModel train(List<Sentence> training) {
        Map<String, Integer> vocabulary = new HashMap<>();
        for (Sentence sentence : training) {
            for (String word : words(sentence.text())) {
                vocabulary.putIfAbsent(word, vocabulary.size());
            }
        }
        DiscreteNaiveBayes bayes = new DiscreteNaiveBayes(
                DiscreteNaiveBayes.Model.MULTINOMIAL, 2, vocabulary.size());
        int[][] x = new int[training.size()][];
        int[] y = new int[training.size()];
        for (int i = 0; i < training.size(); i++) {
            x[i] = counts(vocabulary, training.get(i).text());
            y[i] = training.get(i).positive() ? 1 : 0;
        }
        bayes.update(x, y);
        return new SentimentModel(vocabulary, bayes);
    }

    private static String[] words(String text) {
        return SEPARATOR.splitAsStream(text.toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    private static int[] counts(Map<String, Integer> vocabulary, String text) {
        int[] x = new int[vocabulary.size()];
        for (String word : words(text)) {
            Integer index = vocabulary.get(word);
            if (index != null) {
                x[index]++;
            }
        }
        return x;
    }

    @Override
    public double[][] predict(List<String> batch) {
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            double[] posterior = new double[2];
            bayes.predict(counts(vocabulary, batch.get(i)), posterior);
            out[i] = posterior;
        }
        return out;
    }
}
