package org.lime4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.Feature;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.Span;

/**
 * Explains a logistic regression trained on four fifths of the Sentiment Labelled Sentences,
 * first by sentence and then by the words of the most important sentence, and checks both
 * levels by deleting text and asking the model again.
 */
class SentimentExplanationTest {
    private static final String REVIEW = "The room was small but clean. The staff were friendly"
            + " and helpful. The food was awful and the coffee was cold.";

    private static SentimentRegression model;
    private static List<SentimentRegression.Sentence> heldOut;

    @BeforeAll
    static void train() {
        List<SentimentRegression.Sentence> all = SentimentRegression.sentences();
        List<SentimentRegression.Sentence> training = new ArrayList<>();
        heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 5 == 0 ? heldOut : training).add(all.get(i));
        }
        model = SentimentRegression.train(training, 0.1);
    }

    private static String delete(String text, List<Span> spans) {
        StringBuilder kept = new StringBuilder(text);
        for (int s = spans.size() - 1; s >= 0; s--) {
            kept.delete(spans.get(s).start(), spans.get(s).end());
        }
        return kept.toString();
    }

    @Test
    void modelBeatsChanceOnHeldOutSentences() {
        int correct = 0;
        for (SentimentRegression.Sentence sentence : heldOut) {
            if ((model.positiveProbability(sentence.text()) > 0.5) == sentence.positive()) {
                correct++;
            }
        }
        assertThat((double) correct / heldOut.size()).isGreaterThan(0.75);
    }

    @Test
    void coarseToFineFindsDecisiveSentenceAndWord() {
        CoarseToFineExplanation result = TextExplainer.builder()
                .classNames("negative", "positive").build()
                .explainCoarseToFine(REVIEW, model, ExplainOptions.defaults(), 1);
        Explanation sentences = result.sentences().explanation();
        double original = model.positiveProbability(REVIEW);
        assertThat(sentences.features()).hasSize(3);

        // The refined sentence is the one whose deletion moves the model most.
        int mostDecisive = -1;
        double largestChange = -1;
        for (Feature sentence : sentences.features()) {
            double change = Math.abs(model.positiveProbability(delete(REVIEW, sentence.spans()))
                    - original);
            if (change > largestChange) {
                largestChange = change;
                mostDecisive = sentence.index();
            }
        }
        assertThat(result.refinedSentences()).containsExactly(mostDecisive);
        Feature refined = sentences.features().get(mostDecisive);
        assertThat(refined.name()).isEqualTo("The food was awful and the coffee was cold.");
        assertThat(sentences.first().weightOf(mostDecisive)).isNegative();

        // Its most important word lowers the positive probability, and deleting it raises it.
        Explanation words = result.words().explanation();
        for (Feature word : words.features()) {
            assertThat(word.spans().get(0).start()).isGreaterThanOrEqualTo(
                    refined.spans().get(0).start());
        }
        FeatureWeight top = words.first().weights().get(0);
        assertThat(top.description()).isEqualTo("awful");
        assertThat(top.weight()).isNegative();
        double withoutTop = model.positiveProbability(
                delete(REVIEW, words.features().get(top.feature()).spans()));
        assertThat(withoutTop).isGreaterThan(original);
        for (Feature word : words.features()) {
            if (word.index() != top.feature()) {
                assertThat(model.positiveProbability(delete(REVIEW, word.spans())))
                        .as("deleting %s", word.name()).isLessThan(withoutTop);
            }
        }
    }
}
