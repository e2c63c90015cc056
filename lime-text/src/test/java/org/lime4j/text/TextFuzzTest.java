package org.lime4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.PatternSyntaxException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;
import org.lime4j.core.Feature;
import org.lime4j.core.Predictor;
import org.lime4j.core.Span;

/**
 * Seeded random texts and explainer settings. The texts mix odd Unicode (surrogate pairs, lone
 * surrogates, combining marks, right-to-left and zero-width characters, NUL) with texts
 * without word characters, the mask token and very long words. The settings include random
 * separators (some invalid), n-gram and sentence units, character level, and caller spans
 * that may lie outside the text or overlap. Every case must end in an explanation whose spans
 * lie inside the text and whose JSON reads back equal, or in a documented exception with a
 * message: {@link IllegalArgumentException}, or its subclass {@link PatternSyntaxException}
 * for an invalid separator. No case may throw another exception type or hang.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TextFuzzTest {
    private static final int CASES = 1200;
    private static final String[] PIECES = {"good", "bad", "great", "terrible", "food", "the",
        "not", "UNKWORDZ", "naïve", "café", "e\u0301", "😀", "👍🏽", "👨‍👩‍👧", "\uD83D",
        "\uDE00", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "温度很好",
        "\u200B", "\u200D", "\u202E", "\uFEFF", "\u0000", "Ⅻ", "١٢٣", "ß", "İ", "ǅ",
        "x".repeat(300), ".", "!", "?", "...", ",", ";", " ", "  ", "\n", "\r\n", "\t", "-", "'",
        "\"", "<b>", "&amp;", "a<b & c é", "</script>", "\\", "$1", "{}", "%s"};
    private static final String[] SEPARATORS = {"\\W+", "\\s+", "[,.!?]", "", "(", "[a-",
        "\\b", "x*", "\\p{Punct}+", "(?U)\\W+", "|", "\\d"};

    private static SentimentModel sentiment;
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final AtomicInteger EXPLAINED = new AtomicInteger();

    @BeforeAll
    static void train() throws IOException {
        sentiment = SentimentModel.train(SentimentModel.yelp());
    }

    /** Checks that the generator reaches the explainer, not only its argument checks. */
    @AfterAll
    static void mostCasesExplain() {
        System.out.println("text fuzz: " + EXPLAINED.get() + " of " + RUN.get() + " explained");
        if (RUN.get() == CASES) {
            assertThat(EXPLAINED.get()).as("cases that ended in an explanation")
                    .isGreaterThan(CASES / 2);
        }
    }

    static IntStream seeds() {
        return IntStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("seeds")
    void explainEndsCleanly(int seed) {
        RUN.incrementAndGet();
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 3);
        String text = text(random);
        ExplainOptions options = ExplainOptions.builder().numSamples(40 + random.nextInt(60))
                .numFeatures(1 + random.nextInt(8)).seed(seed).parallelism(1 + random.nextInt(2))
                .batchSize(1 + random.nextInt(50)).build();
        TextExplainer explainer;
        try {
            explainer = explainer(random);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        Predictor<String> model = checkedModel();
        try {
            TextExplanation result = random.nextInt(4) == 0
                    ? explainer.explainSpans(text, spans(random, text), model, options)
                    : explainer.explain(text, model, options);
            assertWellFormed(result, text);
            EXPLAINED.incrementAndGet();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).as("message of %s names what is invalid", e)
                    .containsAnyOf("span", "token", "n-gram", "feature selection");
        }
    }

    private static void assertWellFormed(TextExplanation result, String text) {
        Explanation explanation = result.explanation();
        assertThat(result.text()).isEqualTo(text);
        for (Feature feature : explanation.features()) {
            for (Span span : feature.spans()) {
                assertThat(span.start()).isBetween(0, text.length());
                assertThat(span.end()).isBetween(span.start(), text.length());
            }
            assertThat(result.spans(feature.index())).isNotNull();
        }
        assertThat(explanation.labels()).isNotEmpty();
        explanation.labels().forEach(label -> {
            assertThat(label.intercept()).isFinite();
            label.weights().forEach(w -> assertThat(w.weight()).isFinite());
        });
        assertThat(ExplanationJson.fromJson(ExplanationJson.toJson(explanation)))
                .isEqualTo(explanation);
        assertThat(explanation.toString()).isNotNull();
    }

    /** Wraps the sentiment model in a check that every perturbed text is present. */
    private static Predictor<String> checkedModel() {
        return batch -> {
            for (String text : batch) {
                if (text == null) {
                    throw new AssertionError("the model received a null text");
                }
            }
            return sentiment.predict(batch);
        };
    }

    private static TextExplainer explainer(SplittableRandom random) {
        TextExplainer.Builder builder = TextExplainer.builder();
        int tokenizer = random.nextInt(6);
        if (tokenizer == 0) {
            builder.characterLevel();
        } else if (tokenizer == 1) {
            builder.splitOn(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        }
        builder.mode(random.nextBoolean() ? MaskingMode.BAG_OF_WORDS : MaskingMode.POSITIONAL);
        TextUnit[] units = TextUnit.values();
        if (random.nextInt(3) == 0) {
            builder.unit(units[random.nextInt(units.length)]);
        }
        if (random.nextInt(5) == 0) {
            builder.maskToken(PIECES[random.nextInt(PIECES.length)]);
        }
        if (random.nextInt(4) == 0) {
            builder.enumerateSmallTexts(random.nextBoolean());
        }
        return builder.classNames("negative", "positive").build();
    }

    private static String text(SplittableRandom random) {
        int kind = random.nextInt(12);
        if (kind == 0) {
            return "";
        }
        int pieces = kind == 1 ? 1 + random.nextInt(3) : random.nextInt(kind == 2 ? 400 : 40);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static List<Span> spans(SplittableRandom random, String text) {
        List<Span> spans = new ArrayList<>();
        int count = random.nextInt(6);
        int length = text.length();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(-2, length + 3);
            int end = start + random.nextInt(-1, 12);
            try {
                spans.add(new Span(start, end));
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
        return spans;
    }
}
