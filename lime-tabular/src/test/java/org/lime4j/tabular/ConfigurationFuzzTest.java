package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureSelection;
import org.lime4j.core.Task;

/**
 * C11 for every configuration string: seeded random setting names and values, from correct
 * through misspelled, wrong case, padded and odd Unicode, given to the tabular builder's
 * {@code configure} and to the {@code parse} method of each configuration enum. Each case must
 * end in a working explainer or value, or in an {@link IllegalArgumentException} that repeats
 * the rejected text and lists what is allowed.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConfigurationFuzzTest {
    private static final int CASES = 1000;
    private static final String[] KEYS = {"samplingMode", "discretizer", "allowUnseenCategories",
        "redrawInstanceBins", "decimals", "samplingmode", "Discretizer", "decimal", "",
        " decimals", "sampling_mode", "discretiser", "ｄｅｃｉｍａｌｓ"};
    private static final String[] VALUES = {"discretized", "continuous_around_mean",
        "continuous-around-instance", "quartile", "decile", "entropy", "QUARTILE", " decile ",
        "quartil", "true", "false", "TRUE", "yes", "1", "0", "2", "10", "11", "-1", "", " ",
        "2147483648", "1e3", "٣", "claſſification", "ǭuartile", "quartile\u0000", "😀",
        "classification", "regression", "clasification", "forward_selection", "lasso-path",
        "highest weights", "none", "auto", "AUTO", "numeric", "integer", "categorical"};

    private static TestData.Labelled data;

    @BeforeAll
    static void load() throws IOException {
        data = TestData.breastCancer();
    }

    static IntStream seeds() {
        return IntStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("seeds")
    void configurationEndsInValueOrNamedError(int seed) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 29);
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            settings.put(KEYS[random.nextInt(KEYS.length)], value(random));
        }
        try {
            TabularExplainer explainer = TabularExplainer
                    .builder(data.x(), TestData.breastCancerColumns())
                    .trainingLabels(data.y()).configure(settings).build();
            Explanation explanation = explainer.explain(data.x()[seed % data.x().length],
                    ReferenceModels.load("logreg").classifier(),
                    ExplainOptions.builder().numSamples(50).seed(seed).build());
            assertThat(explanation.labels()).hasSize(1);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            boolean namesSetting = settings.entrySet().stream()
                    .anyMatch(entry -> names(message, entry.getKey())
                            || names(message, entry.getValue()));
            assertThat(namesSetting).as("message names the rejected setting: %s", message)
                    .isTrue();
        } catch (IOException e) {
            throw new AssertionError("reference model missing", e);
        }

        String text = value(random);
        checkParse(text, Task::parse, Task.values());
        checkParse(text, FeatureSelection::parse, FeatureSelection.values());
        checkParse(text, Discretizer::parse, Discretizer.values());
        checkParse(text, SamplingMode::parse, SamplingMode.values());
        checkParse(text, ColumnType::parse, ColumnType.values());
    }

    /** Tells whether a message quotes the text, or contains it when it is not blank. */
    private static boolean names(String message, String text) {
        return message.contains("'" + text + "'")
                || (!text.isBlank() && message.contains(text.trim()));
    }

    private static String value(SplittableRandom random) {
        String value = VALUES[random.nextInt(VALUES.length)];
        if (random.nextInt(5) == 0 && !value.isEmpty()) {
            int at = random.nextInt(value.length());
            value = value.substring(0, at) + value.substring(at + 1);
        }
        return value;
    }

    /**
     * Checks that {@code parse} returns the constant whose name matches the trimmed, upper-cased
     * text with '-' read as '_', or rejects the text naming it and listing every constant.
     */
    private static <E extends Enum<E>> void checkParse(String text, Function<String, E> parse,
            E[] constants) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            E parsed = parse.apply(text);
            assertThat(parsed.name()).isEqualTo(key);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("'" + text + "'");
            for (E constant : constants) {
                assertThat(e.getMessage()).contains(constant.name().toLowerCase(Locale.ROOT));
            }
            assertThat(List.of(constants).stream().map(Enum::name)).doesNotContain(key);
        }
    }
}
