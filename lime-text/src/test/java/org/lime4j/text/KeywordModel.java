package org.lime4j.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lime4j.core.Predictor;

/**
 * A keyword classifier: {@code p1 = sigmoid(2·count(positive) − 2·count(negative))} over the
 * whole words of the text, {@code p0 = 1 − p1}. Thread-safe.
 */
final class KeywordModel implements Predictor<String> {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private final String positive;
    private final String negative;

    KeywordModel(String positive, String negative) {
        this.positive = positive;
        this.negative = negative;
    }

    /** Creates the predictor {@code p1 = sigmoid(2·count("good") − 2·count("bad"))}. */
    static KeywordModel goodBad() {
        return new KeywordModel("good", "bad");
    }

    double probability(String text) {
        int score = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            if (word.equals(positive)) {
                score += 2;
            } else if (word.equals(negative)) {
                score -= 2;
            }
        }
        return 1.0 / (1.0 + Math.exp(-score));
    }

    @Override
    public double[][] predict(List<String> batch) {
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            double p = probability(batch.get(i));
            out[i] = new double[] {1 - p, p};
        }
        return out;
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }
}
