package org.lime4j.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.lime4j.core.Predictor;
import smile.classification.DiscreteNaiveBayes;

/**
 * A multinomial naive Bayes spam filter trained with Smile on the SMS Spam Collection, over
 * lower-cased {@code \W+} word counts. Training is deterministic. Output columns: ham, spam.
 */
final class SpamModel implements Predictor<String> {
    private static final Pattern SEPARATOR =
            Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One labelled message of the collection. */
    record Message(boolean spam, String text) {}

    private final Map<String, Integer> vocabulary;
    private final DiscreteNaiveBayes bayes;

    private SpamModel(Map<String, Integer> vocabulary, DiscreteNaiveBayes bayes) {
        this.vocabulary = vocabulary;
        this.bayes = bayes;
    }

    /** Reads the collection from the test resources, in file order. */
    static List<Message> messages() {
        List<Message> messages = new ArrayList<>();
        String resource = "/data/sms-spam-collection/SMSSpamCollection.gz";
        try (InputStream raw = SpamModel.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                messages.add(new Message(line.startsWith("spam"), line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    /** Trains on the given messages. */
    static SpamModel train(List<Message> training) {
        Map<String, Integer> vocabulary = new HashMap<>();
        for (Message message : training) {
            for (String word : words(message.text())) {
                vocabulary.putIfAbsent(word, vocabulary.size());
            }
        }
        DiscreteNaiveBayes bayes = new DiscreteNaiveBayes(
                DiscreteNaiveBayes.Model.MULTINOMIAL, 2, vocabulary.size());
        int[][] x = new int[training.size()][];
        int[] y = new int[training.size()];
        for (int i = 0; i < training.size(); i++) {
            x[i] = counts(vocabulary, training.get(i).text());
            y[i] = training.get(i).spam() ? 1 : 0;
        }
        bayes.update(x, y);
        return new SpamModel(vocabulary, bayes);
    }

    static String[] words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return SEPARATOR.splitAsStream(lower).filter(w -> !w.isEmpty()).toArray(String[]::new);
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

    /** Returns the spam probability of one text. */
    double spamProbability(String text) {
        double[] posterior = new double[2];
        bayes.predict(counts(vocabulary, text), posterior);
        return posterior[1];
    }

    @Override
    public double[][] predict(List<String> batch) {
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            double spam = spamProbability(batch.get(i));
            out[i] = new double[] {1 - spam, spam};
        }
        return out;
    }
}
