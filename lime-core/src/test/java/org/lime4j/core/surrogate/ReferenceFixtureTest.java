package org.lime4j.core.surrogate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lime4j.core.FeatureSelection;
import org.lime4j.core.Kernel;

/**
 * Reproduces the Python lime 0.2.0.1 surrogate on its recorded breast-cancer neighbourhood: the
 * 500 samples, distances and model outputs of {@code tabular_base_fixture_n500.csv}, and the
 * reference's results for every feature-selection method in {@code tabular_base_fixture_n500.json}
 * (both under {@code src/test/resources/reference}, produced with scikit-learn 1.2.1).
 */
class ReferenceFixtureTest {
    private static final double TOLERANCE = 1e-9;
    private static SufficientStatistics stats;
    private static JsonNode reference;

    @BeforeAll
    static void loadFixture() throws IOException {
        reference = new ObjectMapper().readTree(resource("tabular_base_fixture_n500.json"));
        double width = reference.get("kernel_width").asDouble();
        List<double[]> rows = readCsv();
        int d = rows.get(0).length - 3;
        StatisticsAccumulator sums = new StatisticsAccumulator(d, 2);
        for (double[] row : rows) {
            double weight = Kernel.EXPONENTIAL.weight(row[0], width);
            double[] z = Arrays.copyOfRange(row, 3, row.length);
            sums.add(z, 0, weight, new double[] {row[1], row[2]}, 0);
        }
        stats = sums.freeze(Arrays.copyOfRange(rows.get(0), 3, rows.get(0).length));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("none_k30", FeatureSelection.NONE, 30),
                Arguments.of("highest_weights_k10", FeatureSelection.HIGHEST_WEIGHTS, 10),
                Arguments.of("forward_selection_k5", FeatureSelection.FORWARD_SELECTION, 5),
                Arguments.of("lasso_path_k5", FeatureSelection.LASSO_PATH, 5),
                Arguments.of("lasso_path_k10", FeatureSelection.LASSO_PATH, 10),
                Arguments.of("auto_k10", FeatureSelection.AUTO, 10),
                Arguments.of("auto_k5", FeatureSelection.AUTO, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void surrogateMatchesReference(String key, FeatureSelection method, int k) {
        JsonNode expected = reference.get(key);
        RidgeFit fit = fit(method, k);

        assertThat(fit.intercept()).as("intercept").isCloseTo(
                expected.get("intercept").asDouble(), within(TOLERANCE));
        assertThat(fit.score()).as("score").isCloseTo(
                expected.get("score").asDouble(), within(TOLERANCE));
        assertThat(fit.localPrediction()).as("local prediction").isCloseTo(
                expected.get("local_pred").asDouble(), within(TOLERANCE));
        JsonNode coef = expected.get("coef");
        assertThat(fit.features()).as("selected features").hasSize(coef.size());
        for (JsonNode pair : coef) {
            int feature = pair.get(0).asInt();
            assertThat(fit.features()).as("selected features").contains(feature);
            assertThat(fit.coefficientOf(feature)).as("coefficient of feature %d", feature)
                    .isCloseTo(pair.get(1).asDouble(), within(TOLERANCE));
        }
    }

    @Test
    void defaultExplanationMatchesReference() {
        // explain_instance_result is the reference's default call: auto with 10 features.
        JsonNode expected = reference.get("explain_instance_result");
        RidgeFit fit = fit(FeatureSelection.AUTO, 10);
        assertThat(fit.intercept()).isCloseTo(
                expected.get("intercept").get("1").asDouble(), within(TOLERANCE));
        assertThat(fit.score()).isCloseTo(
                expected.get("score").get("1").asDouble(), within(TOLERANCE));
        assertThat(fit.localPrediction()).isCloseTo(
                expected.get("local_pred").get("1").asDouble(), within(TOLERANCE));
    }

    private static RidgeFit fit(FeatureSelection method, int k) {
        int[] usable = FeatureSelector.usableFeatures(stats);
        int[] selected = FeatureSelector.select(stats, 1, method, k, usable);
        return RidgeFit.fit(stats, 1, selected, 1.0);
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceFixtureTest.class.getResourceAsStream("/reference/" + name);
        assertThat(in).as("test resource reference/%s", name).isNotNull();
        return in;
    }

    private static List<double[]> readCsv() throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                resource("tabular_base_fixture_n500.csv"), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            assertThat(header).startsWith("distance,p0,p1,z0");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
            }
        }
        assertThat(rows).hasSize(500);
        return rows;
    }
}
