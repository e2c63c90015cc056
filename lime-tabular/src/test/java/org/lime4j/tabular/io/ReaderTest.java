package org.lime4j.tabular.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.tabular.Column;
import org.lime4j.tabular.ColumnType;
import org.lime4j.tabular.TabularExplainer;

class ReaderTest {
    @TempDir
    Path folder;

    @Test
    void arffReadsGermanCredit() throws Exception {
        Path path = Path.of(ReaderTest.class.getResource("/data/german-credit/credit-g.arff")
                .toURI());

        TabularData data = ArffReader.read(path);

        assertThat(data.rows()).hasNumberOfRows(1000);
        assertThat(data.columns()).hasSize(21);
        Column purpose = data.columns().get(3);
        assertThat(purpose.name()).isEqualTo("purpose");
        assertThat(purpose.type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(purpose.valueNames()).startsWith("new car", "used car", "furniture/equipment");
        assertThat(data.columns().get(1).type()).isEqualTo(ColumnType.NUMERIC);
        double[] classes = data.column("class");
        long bad = java.util.Arrays.stream(classes).filter(c -> c == 1).count();
        assertThat(bad).isEqualTo(300);
        // The first application: '<0', 6 months, 'critical/other existing credit', radio/tv.
        assertThat(data.rows()[0][0]).isEqualTo(0);
        assertThat(data.rows()[0][1]).isEqualTo(6);
        assertThat(data.rows()[0][2]).isEqualTo(4);
        assertThat(purpose.valueName(data.rows()[0][3])).isEqualTo("radio/tv");
    }

    @Test
    void csvBuildsAnExplainer() throws IOException {
        Path csv = folder.resolve("loans.csv");
        StringBuilder text = new StringBuilder("duration,purpose,label\n");
        for (int r = 0; r < 40; r++) {
            text.append(6 + r).append(',').append(r % 3 == 0 ? "\"car, new\"" : "tv")
                    .append(',').append(r % 2).append('\n');
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);

        TabularExplainer explainer = TabularExplainer.fromCsv(csv, "label").build();
        Explanation explanation = explainer.explain(new double[] {30, 0},
                batch -> batch.stream().map(x -> new double[] {0.5, 0.5}).toArray(double[][]::new),
                ExplainOptions.builder().numSamples(50).build());

        assertThat(explainer.statistics().columns()).extracting(c -> c.column().name())
                .containsExactly("duration", "purpose");
        assertThat(explanation.features().get(1).description()).isEqualTo("purpose=car, new");
    }

    @Test
    void csvRejectsRaggedLines() throws IOException {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(csv, "a,b\n1,2\n3\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvReader.read(csv))
                .hasMessageContaining("line 3 has 1 cells but the header has 2");
    }

    @Test
    void missingCsvCellFailsBuild() throws IOException {
        Path csv = folder.resolve("missing.csv");
        Files.writeString(csv, "a,b\n1,2\n3,?\n4,5\n", StandardCharsets.UTF_8);

        TabularData data = CsvReader.read(csv);

        assertThat(data.rows()[1][1]).isNaN();
        assertThatThrownBy(() -> TabularExplainer.builder(data.rows(), data.columns()).build())
                .hasMessageContaining("column b has 1 non-finite cells");
        assertThat(List.of(data.columns().get(0).type())).containsExactly(ColumnType.NUMERIC);
    }

    @Test
    void arffRejectsMalformedLines() throws IOException {
        Path noType = folder.resolve("no-type.arff");
        Files.writeString(noType, "@relation r\n@attribute lonely\n@data\n",
                StandardCharsets.UTF_8);
        Path badNumber = folder.resolve("bad-number.arff");
        Files.writeString(badNumber, "@relation r\n@attribute x numeric\n@data\nabc\n",
                StandardCharsets.UTF_8);
        Path unknownValue = folder.resolve("unknown-value.arff");
        Files.writeString(unknownValue, "@relation r\n@attribute c {a, 'b c'}\n@data\nd\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ArffReader.read(noType))
                .hasMessageContaining("line 2: an attribute needs a name and a type");
        assertThatThrownBy(() -> ArffReader.read(badNumber))
                .hasMessageContaining("line 4: value 'abc' of numeric attribute x is not a number");
        assertThatThrownBy(() -> ArffReader.read(unknownValue))
                .hasMessageContaining("value 'd' of attribute c is not one of [a, b c]");
    }
}
