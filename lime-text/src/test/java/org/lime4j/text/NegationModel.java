package org.lime4j.text;

import java.util.List;
import org.lime4j.core.Predictor;

/**
 * An order-sensitive sentiment model: each "good" adds 2 to the score, or subtracts 2 when the
 * word before it is "not"; {@code p1 = sigmoid(score)}. Words are split on whitespace, so a mask
 * token counts as a word. Thread-safe.
 */
final class NegationModel implements Predictor<String> {
    static double probability(String text) {
        String[] words = text.trim().split("\\s+");
        int score = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("good")) {
                score += i > 0 && words[i - 1].equals("not") ? -2 : 2;
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
