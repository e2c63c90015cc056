package org.lime4j.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lime4j.core.Predictor;

/**
 * The black box of the text benchmarks: a multinomial naive Bayes sentiment classifier with
 * Laplace smoothing, trained on the labelled review sentences. A text is lower-cased and split
 * into runs of letters and digits, and unknown words are ignored. Words are looked up without
 * building a string, so the model costs about as much as one pass over the text. It returns
 * {@code [p(negative), p(positive)]}. Immutable and thread-safe.
 */
final class SentimentModel implements Predictor<String> {
    private final WordTable wordRatio;
    private final double priorRatio;

    private SentimentModel(WordTable wordRatio, double priorRatio) {
        this.wordRatio = wordRatio;
        this.priorRatio = priorRatio;
    }

    /** Trains the model on every labelled sentence. */
    static SentimentModel train(List<Sentences.Labelled> sentences) {
        Map<String, int[]> counts = new HashMap<>();
        int[] totals = new int[2];
        int[] documents = new int[2];
        for (Sentences.Labelled sentence : sentences) {
            documents[sentence.label()]++;
            for (String word : words(sentence.text())) {
                counts.computeIfAbsent(word, w -> new int[2])[sentence.label()]++;
                totals[sentence.label()]++;
            }
        }
        int vocabulary = counts.size();
        WordTable ratio = new WordTable(vocabulary);
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            double positive = Math.log((c[1] + 1.0) / (totals[1] + vocabulary));
            double negative = Math.log((c[0] + 1.0) / (totals[0] + vocabulary));
            ratio.put(entry.getKey(), positive - negative);
        }
        return new SentimentModel(ratio, Math.log((double) documents[1] / documents[0]));
    }

    /** Returns the probability that {@code text} is positive. */
    double positive(String text) {
        double logit = priorRatio;
        int length = text.length();
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean wordChar = i < length && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                logit += wordRatio.get(text, start, i);
                start = -1;
            }
        }
        return 1 / (1 + Math.exp(-logit));
    }

    @Override
    public double[][] predict(List<String> batch) {
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < out.length; i++) {
            double p = positive(batch.get(i));
            out[i] = new double[] {1 - p, p};
        }
        return out;
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
            if (!token.isEmpty()) {
                words.add(token);
            }
        }
        return words;
    }
}
