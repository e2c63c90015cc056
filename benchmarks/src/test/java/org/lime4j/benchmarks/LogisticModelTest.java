package org.lime4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticModelTest {
    /** Probabilities of the same formula in numpy and in Java differ by rounding only. */
    private static final double TOLERANCE = 1e-12;

    @Test
    void referenceModelReproducesScikitLearnOutputs() throws IOException {
        List<String[]> table = readReference();
        LogisticModel model = LogisticModel.reference();
        for (int i = 1; i < table.size(); i++) {
            String[] cells = table.get(i);
            double[] row = new double[BreastCancer.COLUMNS];
            for (int j = 0; j < row.length; j++) {
                row[j] = Double.parseDouble(cells[j]);
            }
            double expected = Double.parseDouble(cells[BreastCancer.COLUMNS]);
            assertThat(model.probability(row)).as("row %d", i).isCloseTo(expected,
                    within(TOLERANCE));
        }
    }

    @Test
    void columnNamesMatchReferenceHeader() throws IOException {
        String[] header = readReference().get(0);
        assertThat(Arrays.asList(header).subList(0, BreastCancer.COLUMNS))
                .containsExactlyElementsOf(BreastCancer.NAMES);
    }

    @Test
    void predictReturnsBothClassProbabilities() {
        LogisticModel model = LogisticModel.reference();
        double[] row = BreastCancer.rows()[19];
        double[][] out = model.predict(List.of(row));
        assertThat(out).hasDimensions(1, 2);
        assertThat(out[0][1]).isEqualTo(model.probability(row));
        assertThat(out[0][0] + out[0][1]).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void widenedModelKeepsLogitWhenCopiesEqualSource() {
        LogisticModel reference = LogisticModel.reference();
        int columns = 75;
        LogisticModel wide = LogisticModel.forColumns(columns);
        for (double[] row : Arrays.copyOf(BreastCancer.rows(), 50)) {
            double[] widened = new double[columns];
            for (int j = 0; j < columns; j++) {
                widened[j] = row[WideData.sourceColumn(j)];
            }
            double expected = reference.probability(row);
            assertThat(wide.probability(widened)).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void modelAtThirtyColumnsIsReference() {
        LogisticModel reference = LogisticModel.reference();
        LogisticModel same = LogisticModel.forColumns(BreastCancer.COLUMNS);
        for (double[] row : BreastCancer.rows()) {
            assertThat(same.probability(row)).isEqualTo(reference.probability(row));
        }
    }

    private static List<String[]> readReference() throws IOException {
        List<String[]> table = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                LogisticModelTest.class.getResourceAsStream("reference_logreg_outputs.csv"),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                table.add(line.split(","));
            }
        }
        assertThat(table).as("header and 500 rows").hasSize(501);
        return table;
    }
}
