package org.lime4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.lime4j.text.MaskingMode;
import org.lime4j.text.TextExplanation;

class TextBenchmarkTest {

    @ParameterizedTest
    @EnumSource(MaskingMode.class)
    void explanationUsesDocumentWords(MaskingMode mode) throws Exception {
        TextBenchmark benchmark = new TextBenchmark();
        benchmark.words = 50;
        benchmark.mode = mode;
        benchmark.setUp();
        TextExplanation explanation = benchmark.explain();
        int features = explanation.explanation().features().size();
        if (mode == MaskingMode.POSITIONAL) {
            assertThat(features).isEqualTo(50);
        } else {
            assertThat(features).isBetween(10, 50);
        }
        assertThat(explanation.explanation().label(1).weights()).hasSize(10);
        benchmark.modelBaseline(Blackholes.create());
    }

    @Test
    void documentHasRequestedWordCount() {
        for (int words : new int[] {1, 50, 200, 800}) {
            String document = Sentences.document(words);
            assertThat(document.split("[^\\p{L}\\p{Nd}]+", -1))
                    .as("%d words", words)
                    .filteredOn(s -> !s.isEmpty())
                    .hasSize(words);
        }
    }

    @Test
    void sentimentModelSeparatesClearCases() {
        SentimentModel model = SentimentModel.train(Sentences.all());
        assertThat(model.positive("A wonderful, great and excellent film")).isGreaterThan(0.9);
        assertThat(model.positive("Awful, boring, the worst waste of time")).isLessThan(0.1);
        assertThat(model.positive("GREAT")).isCloseTo(model.positive("great"), within(0.0));
    }

    @Test
    void sentimentModelAgreesWithLabelsOnTrainingSentences() {
        SentimentModel model = SentimentModel.train(Sentences.all());
        int correct = 0;
        int total = 0;
        for (Sentences.Labelled sentence : Sentences.all()) {
            boolean positive = model.positive(sentence.text()) >= 0.5;
            correct += positive == (sentence.label() == 1) ? 1 : 0;
            total++;
        }
        assertThat(total).isEqualTo(3000);
        // Naive Bayes on its own training sentences; a broken model scores near 0.5.
        assertThat((double) correct / total).isGreaterThan(0.85);
    }
}
