package org.lime4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;

class ReportWriterTest {
    @TempDir
    Path folder;

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    @Test
    void writeReplacesAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("report.html");

        ReportWriter.writeString(target, "first é");
        ReportWriter.writeString(target, "second é");

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("second é");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void writtenFileIsReadableByAll() throws IOException {
        Path target = folder.resolve("report.html");
        Assumptions.assumeTrue(Files.getFileStore(folder)
                .supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class),
                "skipped: the temporary folder has no POSIX permissions");

        ReportWriter.writeString(target, "x");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void missingFolderIsNamed() {
        Path target = folder.resolve("missing").resolve("report.html");

        assertThatThrownBy(() -> ReportWriter.writeString(target, "x"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("missing")
                .hasMessageContaining("does not exist");
    }

    @Test
    void writeReportWritesHtmlAndJson() throws IOException {
        Explanation explanation = LogisticFixture.explain(new double[] {1, 0.5, -1, 2},
                List.of("a", "b", "c", "d"), List.of("no", "yes"));

        ReportWriter.writeReport(folder, "row-1", explanation, ReportContext.empty());

        assertThat(files()).containsExactly(folder.resolve("row-1.html"),
                folder.resolve("row-1.json"));
        String json = Files.readString(folder.resolve("row-1.json"));
        assertThat(ExplanationJson.fromJson(json)).isEqualTo(explanation);
        assertThat(ExplanationSchemaTest.schema().validate(json,
                com.networknt.schema.InputFormat.JSON)).isEmpty();
    }
}
