package org.lime4j.core.report;

import java.util.ArrayList;
import java.util.List;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.LabelExplanation;
import org.lime4j.core.Task;

/**
 * Words the first explained label's result as plain sentences, for a reader who is not a data
 * scientist.
 */
final class Decision {
    private static final String[] NUMBER_WORDS = {"no", "one", "two", "three"};
    private static final int MAX_NAMED = 3;
    /** A counter-weight below this share of the largest weight is not worth a sentence. */
    private static final double NEGLIGIBLE_SHARE = 0.05;

    private Decision() {}

    /** Returns the index of the largest output, the class a classifier predicts. */
    static int predictedClass(double[] output) {
        int best = 0;
        for (int c = 1; c < output.length; c++) {
            if (output[c] > output[best]) {
                best = c;
            }
        }
        return best;
    }

    static String describe(Explanation explanation) {
        LabelExplanation label = explanation.first();
        StringBuilder text = new StringBuilder();
        String towards;
        if (explanation.task() == Task.CLASSIFICATION) {
            double[] output = explanation.modelOutput();
            int predicted = predictedClass(output);
            text.append("The model predicted ").append(explanation.className(predicted))
                    .append(" (").append(Html.brief(output[predicted])).append(").");
            if (label.label() == predicted) {
                towards = "towards that result";
            } else {
                text.append(" This explanation is about class ").append(label.labelName())
                        .append(" (").append(Html.brief(label.modelPrediction())).append(").");
                towards = "towards " + label.labelName();
            }
        } else {
            text.append("The model predicted ").append(Html.brief(label.modelPrediction()))
                    .append('.');
            towards = "upwards";
        }

        String noun = noun(explanation.explainer());
        List<FeatureWeight> pushing = new ArrayList<>();
        FeatureWeight strongestAgainst = null;
        double largest = label.weights().isEmpty() ? 0 : Math.abs(label.weights().get(0).weight());
        for (FeatureWeight weight : label.weights()) {
            if (weight.weight() > 0 && pushing.size() < MAX_NAMED) {
                pushing.add(weight);
            } else if (weight.weight() < 0 && strongestAgainst == null
                    && -weight.weight() >= NEGLIGIBLE_SHARE * largest) {
                strongestAgainst = weight;
            }
        }

        text.append(' ');
        if (pushing.isEmpty()) {
            text.append("No ").append(noun).append(" pushed it ").append(towards).append('.');
        } else if (pushing.size() == 1) {
            text.append("The ").append(noun).append(" that pushed it most ").append(towards)
                    .append(" was ").append(named(pushing.get(0))).append('.');
        } else {
            text.append("The ").append(NUMBER_WORDS[pushing.size()]).append(' ').append(noun)
                    .append("s that pushed it most ").append(towards).append(" were ")
                    .append(namedList(pushing)).append('.');
        }

        if (strongestAgainst != null) {
            text.append(" The ").append(noun).append(" that pushed it most the other way was ")
                    .append(named(strongestAgainst)).append('.');
        }
        return text.toString();
    }

    private static String noun(String explainer) {
        return switch (explainer) {
            case "tabular" -> "condition";
            case "text" -> "word";
            case "image" -> "image region";
            default -> "feature";
        };
    }

    private static String named(FeatureWeight weight) {
        return "\u201C" + weight.description() + "\u201D (" + Html.signed(weight.weight()) + ")";
    }

    private static String namedList(List<FeatureWeight> weights) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < weights.size(); i++) {
            if (i > 0) {
                text.append(i == weights.size() - 1 ? " and " : ", ");
            }
            text.append(named(weights.get(i)));
        }
        return text.toString();
    }
}
