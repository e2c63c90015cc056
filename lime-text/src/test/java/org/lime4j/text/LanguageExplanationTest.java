package org.lime4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.langdetect.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.LabelExplanation;
import org.lime4j.core.Span;

/**
 * Explains why the pretrained OpenNLP language detector takes a German sentence for German
 * rather than Dutch, its second guess, and checks the words by deleting them.
 */
class LanguageExplanationTest {
    private static final String SENTENCE = "Mein Bruder wohnt in Amsterdam und hat zwei Kinder";

    private static LanguageModel model;
    private static Explanation explanation;

    @BeforeAll
    static void explain() {
        model = new LanguageModel("deu", "nld");
        explanation = TextExplainer.builder().classNames("deu", "nld").build()
                .explain(SENTENCE, model, ExplainOptions.builder().labels(0).build())
                .explanation();
    }

    private static String deleteWords(List<Integer> features) {
        StringBuilder text = new StringBuilder(SENTENCE);
        List<Span> spans = new ArrayList<>();
        for (int feature : features) {
            spans.addAll(explanation.features().get(feature).spans());
        }
        spans.sort(Comparator.comparingInt(Span::start).reversed());
        for (Span span : spans) {
            text.delete(span.start(), span.end());
        }
        return text.toString();
    }

    private static double shareWithout(List<Integer> features) {
        return model.firstShare(deleteWords(features));
    }

    @Test
    void detectorRanksGermanFirstAndDutchSecond() {
        Language[] languages = model.languages(SENTENCE);
        assertThat(languages[0].getLang()).isEqualTo("deu");
        assertThat(languages[1].getLang()).isEqualTo("nld");
        // The detector spreads probability over 103 languages, so even its top guess is small.
        assertThat(languages[0].getConfidence()).isLessThan(0.1);
        assertThat(explanation.label(0).modelPrediction()).isGreaterThan(0.5);
    }

    @Test
    void deletingTopWordsLowersGermanMost() {
        LabelExplanation german = explanation.label(0);
        List<FeatureWeight> weights = german.weights();
        assertThat(weights.get(0).weight()).isPositive();
        assertThat(weights.get(1).weight()).isPositive();
        double original = german.modelPrediction();
        int d = explanation.features().size();

        List<Integer> bySingleDrop = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            bySingleDrop.add(j);
        }
        bySingleDrop.sort(Comparator.comparingDouble((Integer j) -> shareWithout(List.of(j))));
        assertThat(bySingleDrop.subList(0, 2)).contains(weights.get(0).feature());

        double topPair = shareWithout(List.of(weights.get(0).feature(), weights.get(1).feature()));
        assertThat(topPair).isLessThan(original);
        int lowerPairs = 0;
        for (int a = 0; a < d; a++) {
            for (int b = a + 1; b < d; b++) {
                if (shareWithout(List.of(a, b)) < topPair) {
                    lowerPairs++;
                }
            }
        }
        // At most 2 of the 36 word pairs lower the German share more than the top two words.
        assertThat(lowerPairs).isLessThanOrEqualTo(2);
    }

    @Test
    void mostDutchWordRaisesGermanShareWhenDeleted() {
        List<FeatureWeight> weights = explanation.label(0).weights();
        FeatureWeight mostDutch = weights.stream()
                .min(Comparator.comparingDouble(FeatureWeight::weight)).orElseThrow();
        assertThat(mostDutch.weight()).isNegative();
        assertThat(shareWithout(List.of(mostDutch.feature())))
                .isGreaterThan(explanation.label(0).modelPrediction());
    }
}
