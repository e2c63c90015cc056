package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.PredictionException;
import org.lime4j.core.Predictor;
import org.lime4j.tabular.io.CsvReader;
import org.lime4j.tabular.io.TabularData;

/**
 * Seeded random CSV files, from well-formed to broken: ragged rows, non-numeric and huge
 * cells, {@code NaN} and {@code Infinity} spelled out, unbalanced quotes, empty files, blank
 * lines and odd Unicode in names and cells. Each file goes through the whole path a user takes:
 * read, build an explainer, explain the first row. Every case must end in a result or in an
 * {@link IllegalArgumentException} whose message names what was wrong, never in another
 * exception type and never in a hang.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CsvFuzzTest {
    private static final int CASES = 1000;
    private static final String[] NAMES = {"age", "duration", "colour", "naïve", "温度",
        "\u05E9\u05DC\u05D5\u05DD", "e\u0301", "zero\u200Bwidth", "😀 score", "\"quoted\"",
        "a,b", " padded ", "tab\tname", "x", "x", "</script>", "?", "NaN"};
    private static final String[] WORDS = {"red", "green", "blue", "?", "", " ", "NaN",
        "Infinity", "-Infinity", "1e308", "-1e308", "1e999", "4.9e-324", "0x1p3", "1_000",
        "1,5", "١٢٣", "٣.٥", "∞", "😀", "\u0000", "true", "null", "  7  ", "+3", "-0", "1e",
        "\"unclosed", "\"a\"\"b\"", "\"1,2\"", "é", "\uFEFF5"};

    private static final AtomicInteger READ = new AtomicInteger();
    private static final AtomicInteger EXPLAINED = new AtomicInteger();

    @TempDir
    Path directory;

    /** Checks that the generator reaches the explainer, not only the reader's checks. */
    @AfterAll
    static void enoughCasesExplain() {
        System.out.println("csv fuzz: " + READ.get() + " read, " + EXPLAINED.get() + " explained");
        assertThat(EXPLAINED.get()).as("CSV cases that ended in an explanation")
                .isGreaterThan(CASES / 10);
    }

    static IntStream seeds() {
        return IntStream.range(0, CASES);
    }


    @ParameterizedTest(name = "case {0}")
    @MethodSource("seeds")
    void readBuildAndExplainEndCleanly(int seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L);
        Path file = directory.resolve("case-" + seed + ".csv");
        Files.write(file, content(random));

        TabularData data;
        try {
            data = CsvReader.read(file);
        } catch (IllegalArgumentException | IOException e) {
            assertThat(e.getMessage()).as("message of %s", e).contains(file.toString());
            return;
        }
        READ.incrementAndGet();
        for (double[] row : data.rows()) {
            assertThat(row).hasSize(data.columns().size());
        }

        TabularExplainer explainer;
        try {
            SamplingMode mode = SamplingMode.values()[random.nextInt(SamplingMode.values().length)];
            explainer = TabularExplainer.builder(data.rows(), data.columns()).samplingMode(mode)
                    .build();
        } catch (IllegalArgumentException e) {
            assertNamesAColumnOrTheData(e, data);
            return;
        }
        explainFirstRow(explainer, data);
    }

    private static void explainFirstRow(TabularExplainer explainer, TabularData data) {
        double[] row = data.rows()[0];
        try {
            Explanation explanation = explainer.explain(row, sumModel(),
                    ExplainOptions.builder().numSamples(60).seed(1).parallelism(1).build());
            assertThat(explanation.labels()).hasSize(1);
            EXPLAINED.incrementAndGet();
            assertThat(explanation.label(1).weights())
                    .allSatisfy(w -> assertThat(w.weight()).isFinite());
        } catch (IllegalArgumentException e) {
            assertNamesAColumnOrTheData(e, data);
        } catch (PredictionException e) {
            assertThat(e.getMessage()).contains("batch");
        }
    }

    private static TabularExplainer breastCancer;

    private static synchronized TabularExplainer breastCancer() throws IOException {
        if (breastCancer == null) {
            TestData.Labelled data = TestData.breastCancer();
            breastCancer = TabularExplainer.builder(data.x(), TestData.breastCancerColumns())
                    .build();
        }
        return breastCancer;
    }

    private static final double[] ODD_VALUES = {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0,
        1e308, -1e300, 1e-300};

    /**
     * C15 and C02 for the instance: random rows of the wrong width or with non-finite and huge
     * cells. Each ends in an explanation or an error naming the width or the column.
     */
    @ParameterizedTest(name = "case {0}")
    @MethodSource("seeds")
    void explainRandomRowEndsCleanly(int seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + 7);
        TabularExplainer explainer = breastCancer();
        int width = random.nextInt(4) == 0 ? random.nextInt(60) : 30;
        double[] row = new double[width];
        for (int j = 0; j < width; j++) {
            row[j] = random.nextInt(8) == 0 ? ODD_VALUES[random.nextInt(ODD_VALUES.length)]
                    : random.nextGaussian() * 100;
        }
        CallCounter calls = new CallCounter();
        try {
            Explanation explanation = explainer.explain(row, calls.wrap(sumModel()),
                    ExplainOptions.builder().numSamples(60).seed(seed).parallelism(1).build());
            assertThat(width).isEqualTo(30);
            assertThat(explanation.label(1).weights())
                    .allSatisfy(w -> assertThat(w.weight()).isFinite());
        } catch (IllegalArgumentException e) {
            assertThat(calls.count).as("model calls before the error").isZero();
            String message = e.getMessage();
            if (width != 30) {
                assertThat(message).contains("30").contains(Integer.toString(width));
            } else {
                assertThat(TestData.BREAST_CANCER_NAMES.stream().anyMatch(message::contains))
                        .as("message names a column: %s", message).isTrue();
            }
        }
    }

    /** Counts model calls, to prove that an invalid row fails before the model runs. */
    private static final class CallCounter {
        volatile int count;

        Predictor<double[]> wrap(Predictor<double[]> model) {
            return batch -> {
                count++;
                return model.predict(batch);
            };
        }
    }

    private static void assertNamesAColumnOrTheData(IllegalArgumentException e, TabularData data) {
        String message = e.getMessage();
        assertThat(message).as("message of %s", e).isNotBlank();
        boolean namesColumn = data.columns().stream().anyMatch(c -> message.contains(c.name()));
        boolean namesShape = message.contains("row") || message.contains("training")
                || message.contains("column");
        assertThat(namesColumn || namesShape).as("message names a column or the data: %s",
                message).isTrue();
    }

    /**
     * Returns a model over every cell, {@code p1 = sigmoid(tanh(Σ x / 1e6))}, which is finite for
     * any input.
     */
    private static Predictor<double[]> sumModel() {
        return batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                double sum = 0;
                for (double v : batch.get(i)) {
                    sum += Double.isFinite(v) ? v / 1e6 : 0;
                }
                double p = 1 / (1 + Math.exp(-Math.tanh(Double.isFinite(sum) ? sum : 0)));
                out[i] = new double[] {1 - p, p};
            }
            return out;
        };
    }

    private static byte[] content(SplittableRandom random) {
        int kind = random.nextInt(20);
        if (kind == 0) {
            return new byte[0];
        }
        if (kind == 1) {
            return "\n \n\t\n".getBytes(StandardCharsets.UTF_8);
        }
        if (kind == 3) {
            return new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xC3, '\n'};
        }
        int columns = 1 + random.nextInt(5);
        int rows = kind == 2 ? 0 : random.nextInt(12);
        double ragged = random.nextInt(4) == 0 ? 0.15 : 0;
        double wordy = random.nextDouble() * 0.5;

        StringBuilder text = new StringBuilder();
        if (random.nextInt(10) == 0) {
            text.append('\uFEFF');
        }
        List<String> header = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            header.add(random.nextInt(40) == 0 ? "" : NAMES[random.nextInt(NAMES.length)]);
        }
        text.append(String.join(",", header)).append(lineEnd(random));

        for (int r = 0; r < rows; r++) {
            int width = random.nextDouble() < ragged ? random.nextInt(columns + 3) : columns;
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                cells.add(cell(random, wordy));
            }
            text.append(String.join(",", cells)).append(lineEnd(random));
            if (random.nextInt(15) == 0) {
                text.append(lineEnd(random));
            }
        }
        if (random.nextInt(6) == 0 && text.length() > 1) {
            text.setLength(random.nextInt(text.length()));
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String lineEnd(SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            default -> "\n";
        };
    }

    private static String cell(SplittableRandom random, double wordy) {
        if (random.nextDouble() < wordy) {
            return WORDS[random.nextInt(WORDS.length)];
        }
        return switch (random.nextInt(6)) {
            case 0 -> Integer.toString(random.nextInt(-5, 50));
            case 1 -> Double.toString(random.nextGaussian() * 10);
            case 2 -> Double.toString((random.nextDouble() - 0.5) * 2e300);
            case 3 -> Integer.toString(random.nextInt(3));
            case 4 -> String.format(java.util.Locale.ROOT, "%.3f", random.nextDouble());
            default -> Long.toString(random.nextLong());
        };
    }
}
