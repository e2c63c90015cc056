package org.lime4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lime4j.core.ConcurrencyCheck;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.ExplanationJson;

/**
 * One text explainer shared by many threads, and one explanation computed with any thread
 * count and batch size, must give the same canonical JSON as a sequential run with the same
 * seed. The texts are Yelp review sentences and the model a naive Bayes classifier trained on
 * them.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConcurrencyReliabilityTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 200;
    private static final int SAMPLES = 300;
    private static final int DETERMINISM_SAMPLES = 2000;

    private static List<SentimentModel.Sentence> sentences;
    private static SentimentModel model;
    private static String review;
    private static final TextExplainer BAG_OF_WORDS = TextExplainer.defaults();
    private static final TextExplainer POSITIONAL =
            TextExplainer.builder().mode(MaskingMode.POSITIONAL).build();

    @BeforeAll
    static void load() throws IOException {
        sentences = SentimentModel.yelp();
        model = SentimentModel.train(sentences);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append(sentences.get(i * 37).text()).append(' ');
        }
        review = text.toString().trim();
    }

    private static String explain(TextExplainer explainer, String text, long seed,
            ExplainOptions.Builder options) {
        return ExplanationJson.toCanonicalJson(
                explainer.explain(text, model, options.seed(seed).build()).explanation());
    }

    /** C09: 8 threads share one explainer; each result equals the sequential one. */
    @Test
    void sharedExplainerMatchesSequentialRuns() throws Exception {
        ConcurrencyCheck.assertConcurrentMatchesSequential(THREADS, PER_THREAD,
                (t, i) -> explain(BAG_OF_WORDS, textOf(t, i), ConcurrencyCheck.seedOf(t, i),
                        ExplainOptions.builder().numSamples(SAMPLES).numFeatures(5)
                                .parallelism(1)),
                (t, i) -> explain(BAG_OF_WORDS, textOf(t, i), ConcurrencyCheck.seedOf(t, i),
                        ExplainOptions.builder().numSamples(SAMPLES).numFeatures(5)
                                .parallelism(2).batchSize(64)));
    }

    private static String textOf(int thread, int i) {
        return sentences.get((thread * PER_THREAD + i) % sentences.size()).text();
    }


    static Stream<Arguments> runs() {
        Stream.Builder<Arguments> runs = Stream.builder();
        for (MaskingMode mode : MaskingMode.values()) {
            for (int threads : new int[] {1, 2, 8}) {
                for (int batch : new int[] {1, 7, 100, DETERMINISM_SAMPLES}) {
                    runs.add(Arguments.of(mode, threads, batch));
                }
            }
        }
        return runs.build();
    }

    /** C08: the same seed gives bit-identical JSON for any thread count and batch size. */
    @ParameterizedTest(name = "{0}, threads {1}, batch {2}")
    @MethodSource("runs")
    void sameSeedIsBitIdentical(MaskingMode mode, int threads, int batch) {
        TextExplainer explainer = mode == MaskingMode.POSITIONAL ? POSITIONAL : BAG_OF_WORDS;
        ExplainOptions.Builder base = ExplainOptions.builder().numSamples(DETERMINISM_SAMPLES)
                .numFeatures(10);
        String reference = explain(explainer, review, 42,
                base.parallelism(1).batchSize(DETERMINISM_SAMPLES));
        String actual = explain(explainer, review, 42, base.parallelism(threads).batchSize(batch));
        assertThat(actual).isEqualTo(reference);
    }
}
