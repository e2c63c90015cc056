package org.lime4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WideDataTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 30, 31, 100})
    void rowsHaveRequestedWidth(int columns) {
        double[][] rows = WideData.rows(columns);
        assertThat(rows).hasNumberOfRows(569);
        assertThat(rows[0]).hasSize(columns);
        assertThat(WideData.names(columns)).hasSize(columns).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 30, 59, 100})
    void copiesCountEveryColumnOnce(int columns) {
        int total = 0;
        for (int source = 0; source < BreastCancer.COLUMNS; source++) {
            total += WideData.copies(source, columns);
        }
        assertThat(total).isEqualTo(columns);
    }

    @Test
    void narrowDataIsLeadingColumns() {
        double[][] narrow = WideData.rows(10);
        double[][] original = BreastCancer.rows();
        for (int i = 0; i < original.length; i++) {
            assertThat(narrow[i]).containsExactly(Arrays.copyOf(original[i], 10));
        }
    }

    @Test
    void copiedColumnIsPermutationOfSource() {
        double[][] wide = WideData.rows(100);
        for (int j = 30; j < 100; j++) {
            double[] copy = column(wide, j);
            double[] source = column(wide, WideData.sourceColumn(j));
            assertThat(copy).as("column %d", j).isNotEqualTo(source);
            Arrays.sort(copy);
            Arrays.sort(source);
            assertThat(copy).as("sorted column %d", j).isEqualTo(source);
        }
    }

    @Test
    void zeroColumnsRejected() {
        assertThatThrownBy(() -> WideData.rows(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 0");
    }

    private static double[] column(double[][] rows, int j) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][j];
        }
        return values;
    }
}
