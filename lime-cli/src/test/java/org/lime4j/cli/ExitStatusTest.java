package org.lime4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments and input end with status 2 and a message that names what was wrong. */
class ExitStatusTest {
    @TempDir
    Path folder;

    @Test
    void missingTrainingFileIsNamed() {
        Cli cli = Cli.run(folder, "tabular", "--train", "nope.csv", "--rows", "rows.csv",
                "--endpoint", "http://127.0.0.1:9/predict");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("file " + folder.resolve("nope.csv")
                + " given with --train does not exist");
    }

    @Test
    void blankTextsFileIsRejected() throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("blank.txt"), "\n   \n");
        Cli cli = Cli.run(folder, "text", "--texts", "blank.txt",
                "--endpoint", "http://127.0.0.1:9/predict");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("blank.txt contains no text to explain");
    }

    @Test
    void invalidSplitPatternNamesTheOption() throws java.io.IOException {
        java.nio.file.Files.writeString(folder.resolve("texts.txt"), "good text\n");
        Cli cli = Cli.run(folder, "text", "--texts", "texts.txt", "--split-on", "((",
                "--endpoint", "http://127.0.0.1:9/predict");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("invalid value for option --split-on '(('");
    }

    @Test
    void unknownOptionIsRejected() {
        Cli cli = Cli.run(folder, "demo", "credit", "--sample", "10");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("'--sample'");
        assertThat(cli.err).contains("Possible solutions: --samples");
    }

    @Test
    void invalidSampleCountIsNamed() {
        Cli cli = Cli.run(folder, "demo", "credit", "--samples", "1");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("invalid value for option --samples: numSamples must be at"
                + " least 2, got 1");
    }

    @Test
    void unknownFeatureSelectionListsChoices() {
        Cli cli = Cli.run(folder, "demo", "credit", "--feature-selection", "lars");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("--feature-selection");
        assertThat(cli.err).contains("forward_selection");
    }

    @Test
    void modelAndEndpointExcludeEachOther() {
        Cli cli = Cli.run(folder, "tabular", "--train", "t.csv", "--rows", "r.csv",
                "--model", "m.onnx", "--endpoint", "http://127.0.0.1:9/");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("mutually exclusive");
    }

    @Test
    void missingRowColumnIsNamed() throws IOException {
        Files.writeString(folder.resolve("t.csv"), "a,b\n1,2\n3,4\n5,7\n");
        Files.writeString(folder.resolve("r.csv"), "a\n1\n");

        Cli cli = Cli.run(folder, "tabular", "--train", "t.csv", "--rows", "r.csv",
                "--endpoint", "http://127.0.0.1:9/predict");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("lacks training column b");
    }

    @Test
    void noSubcommandIsAnError() {
        Cli cli = Cli.run(folder);

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("missing a subcommand");
    }
}
