package org.lime4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lime4j.core.Explanation;
import org.lime4j.core.Feature;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.Span;

/**
 * Explains a naive Bayes spam filter trained on four fifths of the SMS Spam Collection, on
 * held-out spam messages, and checks the ranking by deleting words and asking the model again.
 */
class SpamExplanationTest {
    private static SpamModel model;
    private static List<SpamModel.Message> heldOut;

    @BeforeAll
    static void train() {
        List<SpamModel.Message> all = SpamModel.messages();
        List<SpamModel.Message> training = new ArrayList<>();
        heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 5 == 0 ? heldOut : training).add(all.get(i));
        }
        model = SpamModel.train(training);
    }

    /** Deletes every span of the given features, keeping the rest of the text. */
    private static String delete(String text, Explanation explanation, Set<Integer> features) {
        boolean[] removed = new boolean[text.length()];
        for (int feature : features) {
            for (Span span : explanation.features().get(feature).spans()) {
                for (int c = span.start(); c < span.end(); c++) {
                    removed[c] = true;
                }
            }
        }
        StringBuilder kept = new StringBuilder();
        for (int c = 0; c < text.length(); c++) {
            if (!removed[c]) {
                kept.append(text.charAt(c));
            }
        }
        return kept.toString();
    }

    /** Messages the filter flags as spam without saturating, so deletions move the output. */
    private static List<String> moderateSpam(int count) {
        List<String> texts = new ArrayList<>();
        for (SpamModel.Message message : heldOut) {
            double p = model.spamProbability(message.text());
            if (message.spam() && p > 0.6 && p < 0.95
                    && SpamModel.words(message.text()).length >= 10 && texts.size() < count) {
                texts.add(message.text());
            }
        }
        return texts;
    }

    @Test
    void filterIsAccurateOnHeldOutMessages() {
        int correct = 0;
        for (SpamModel.Message message : heldOut) {
            if ((model.spamProbability(message.text()) > 0.5) == message.spam()) {
                correct++;
            }
        }
        assertThat((double) correct / heldOut.size()).isGreaterThan(0.97);
    }

    @Test
    void guideExampleRuns() {
        // The example of the text guide and of the TextExplainer class comment.
        TextExplainer explainer = TextExplainer.builder().classNames("ham", "spam").build();
        TextExplanation result = explainer.explain("Please CALL 08712404000 immediately as"
                + " there is an urgent message waiting for you.", model);
        assertThat(result.explanation().toString()).contains("label spam");
        for (FeatureWeight weight : result.explanation().label(1).weights()) {
            for (Span span : result.spans(weight.feature())) {
                assertThat(result.textOf(span)).isEqualTo(weight.description());
            }
        }
        TextExplanation classExample =
                explainer.explain("WINNER! Claim your free prize now", model);
        assertThat(classExample.explanation().label(1).modelPrediction()).isGreaterThan(0.5);
    }

    @Test
    void deletingTopWordsLowersSpamMost() {
        TextExplainer explainer = TextExplainer.builder().classNames("ham", "spam").build();
        List<String> texts = moderateSpam(3);
        assertThat(texts).hasSize(3);
        for (String text : texts) {
            Explanation explanation = explainer.explain(text, model).explanation();
            double original = model.spamProbability(text);
            assertThat(explanation.label(1).modelPrediction()).isEqualTo(original);

            // The explanation's top three words for spam, by positive weight.
            List<Integer> top = new ArrayList<>();
            for (FeatureWeight weight : explanation.label(1).weights()) {
                if (weight.weight() > 0 && top.size() < 3) {
                    top.add(weight.feature());
                }
            }
            assertThat(top).as("positive words of %s", text).hasSize(3);

            // The best-ranked word is one of the three single deletions that lower spam most.
            List<Integer> byDrop = new ArrayList<>();
            for (Feature feature : explanation.features()) {
                byDrop.add(feature.index());
            }
            byDrop.sort(Comparator.comparingDouble((Integer j) ->
                    model.spamProbability(delete(text, explanation, Set.of(j)))));
            assertThat(byDrop.subList(0, 3)).as("largest single drops in %s", text)
                    .contains(top.get(0));

            // Deleting the top three lowers spam more than deleting any 3 other words.
            double topDrop = original - model.spamProbability(
                    delete(text, explanation, new HashSet<>(top)));
            assertThat(topDrop).isPositive();
            List<Integer> others = new ArrayList<>(byDrop);
            others.removeAll(top);
            Random random = new Random(17);
            for (int trial = 0; trial < 30; trial++) {
                Collections.shuffle(others, random);
                Set<Integer> chosen = new HashSet<>(others.subList(0, 3));
                double drop = original - model.spamProbability(
                        delete(text, explanation, chosen));
                assertThat(topDrop).as("top %s against %s in %s", top, chosen, text)
                        .isGreaterThan(drop);
            }
        }
    }
}
