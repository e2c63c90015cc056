package org.lime4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;
import org.lime4j.core.FeatureWeight;

/** {@code lime tabular} against a logistic model served on 127.0.0.1. */
class TabularCommandTest {
    /** p1 = sigmoid(3·x0 − 2·x1 + 1·x2 + 0·x3). */
    static final double[] COEFFICIENTS = {3.0, -2.0, 1.0, 0.0};

    @TempDir
    Path folder;

    @BeforeEach
    void writeData() throws IOException {
        Random random = new Random(11);
        StringBuilder train = new StringBuilder("x0,x1,x2,x3,label\n");
        for (int r = 0; r < 300; r++) {
            double[] x = new double[4];
            for (int j = 0; j < 4; j++) {
                x[j] = random.nextGaussian();
                train.append(String.format(Locale.ROOT, "%.6f,", x[j]));
            }
            train.append(3 * x[0] - 2 * x[1] + x[2] > 0 ? 1 : 0).append('\n');
        }
        Files.writeString(folder.resolve("train.csv"), train);
        Files.writeString(folder.resolve("rows.csv"), "x3,x2,x1,x0\n"
                + "0.1,0.2,-0.1,0.05\n"
                + "0.3,,0.2,0.1\n"
                + "-0.2,0.1,0.3,-0.1\n");
    }

    private Cli explain(ModelServer server, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("tabular",
                "--train", "train.csv", "--rows", "rows.csv", "--drop", "label",
                "--endpoint", server.uri().toString(), "--class-names", "no,yes",
                "--sampling-mode", "continuous_around_instance", "--features", "3",
                "--samples", "2000", "--seed", "5"));
        args.addAll(List.of(extra));
        return Cli.run(folder, args.toArray(String[]::new));
    }

    @Test
    void largestCoefficientsRankFirst() throws IOException {
        try (ModelServer server = new ModelServer(COEFFICIENTS)) {
            Cli cli = explain(server);

            assertThat(cli.status).as(cli.toString()).isEqualTo(1);
            for (String report : List.of("row-0001.json", "row-0003.json")) {
                Explanation explanation = ExplanationJson.fromJson(
                        Files.readString(folder.resolve("report").resolve(report)));
                List<String> ranked = explanation.label(1).weights().stream()
                        .map(FeatureWeight::description).map(d -> d.split(" ")[0]).toList();
                List<Double> weights = explanation.label(1).weights().stream()
                        .map(FeatureWeight::weight).toList();

                assertThat(ranked).as(report).containsExactly("x0", "x1", "x2");
                assertThat(weights.get(0)).as(report).isPositive();
                assertThat(weights.get(1)).as(report).isNegative();
                assertThat(weights.get(2)).as(report).isPositive();
            }
        }
    }

    @Test
    void textInNumericCellFailsOnlyItsRow() throws IOException {
        Files.writeString(folder.resolve("rows.csv"), "x3,x2,x1,x0\n"
                + "0.1,0.2,-0.1,0.05\n"
                + "0.3,abc,0.2,0.1\n"
                + "-0.2,0.1,0.3,-0.1\n");
        try (ModelServer server = new ModelServer(COEFFICIENTS)) {
            Cli cli = explain(server, "--stability-seeds", "0");
            String index = Files.readString(folder.resolve("report/index.html"));

            assertThat(cli.status).as(cli.toString()).isEqualTo(1);
            assertThat(folder.resolve("report/row-0001.json")).exists();
            assertThat(folder.resolve("report/row-0003.json")).exists();
            assertThat(folder.resolve("report/row-0002.json")).doesNotExist();
            assertThat(index).contains("row 2 of").contains("column x2 has &#39;abc&#39;");
        }
    }

    @Test
    void unseenCategoryFailsItsRowUnlessAllowed() throws IOException {
        Random random = new Random(3);
        StringBuilder train = new StringBuilder("x0,x1,x2,colour\n");
        String[] colours = {"red", "green", "blue"};
        for (int r = 0; r < 200; r++) {
            train.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%s%n", random.nextGaussian(),
                    random.nextGaussian(), random.nextGaussian(), colours[r % 3]));
        }
        Files.writeString(folder.resolve("colours.csv"), train);
        Files.writeString(folder.resolve("rows.csv"), "x0,x1,x2,colour\n"
                + "0.1,0.2,0.3,red\n"
                + "0.1,0.2,0.3,purple\n");
        try (ModelServer server = new ModelServer(COEFFICIENTS)) {
            Cli refused = Cli.run(folder, "tabular", "--train", "colours.csv", "--rows",
                    "rows.csv", "--endpoint", server.uri().toString(), "--samples", "300",
                    "--stability-seeds", "0");
            String index = Files.readString(folder.resolve("report/index.html"));

            assertThat(refused.status).as(refused.toString()).isEqualTo(1);
            assertThat(index).contains("category &#39;purple&#39;").contains("--allow-unseen");

            Cli allowed = Cli.run(folder, "tabular", "--train", "colours.csv", "--rows",
                    "rows.csv", "--endpoint", server.uri().toString(), "--samples", "300",
                    "--stability-seeds", "0", "--allow-unseen", "--force");
            assertThat(allowed.status).as(allowed.toString()).isZero();
        }
    }

    @Test
    void headerOnlyRowsFileIsRejected() throws IOException {
        Files.writeString(folder.resolve("rows.csv"), "x3,x2,x1,x0\n");
        try (ModelServer server = new ModelServer(COEFFICIENTS)) {
            Cli cli = explain(server);

            assertThat(cli.status).as(cli.toString()).isEqualTo(2);
            assertThat(cli.err).contains("contains no rows to explain");
        }
    }

    @Test
    void onnxModelRanksCoefficients() throws IOException {
        // Class 0 has logit 0 and class 1 the linear score, so softmax gives the logistic model.
        float[][] weights = new float[COEFFICIENTS.length][];
        for (int j = 0; j < weights.length; j++) {
            weights[j] = new float[] {0f, (float) COEFFICIENTS[j]};
        }
        LinearOnnxFile.write(folder.resolve("model.onnx"), weights, new float[] {0f, 0f});

        Cli cli = Cli.run(folder, "tabular", "--train", "train.csv", "--rows", "rows.csv",
                "--drop", "label", "--model", "model.onnx", "--softmax", "--class-names",
                "no,yes", "--sampling-mode", "continuous_around_instance", "--features", "3",
                "--samples", "2000", "--seed", "5");
        Explanation explanation = ExplanationJson.fromJson(
                Files.readString(folder.resolve("report/row-0001.json")));
        List<String> ranked = explanation.label(1).weights().stream()
                .map(FeatureWeight::description).map(d -> d.split(" ")[0]).toList();
        String html = Files.readString(folder.resolve("report/row-0001.html"));

        assertThat(cli.status).as(cli.toString()).isEqualTo(1);
        assertThat(ranked).containsExactly("x0", "x1", "x2");
        assertThat(html).containsPattern("file <code>model.onnx</code>, SHA-256 <code>"
                + "[0-9a-f]{64}</code>");
    }

    @Test
    void badRowIsListedAndOthersGoOn() throws IOException {
        try (ModelServer server = new ModelServer(COEFFICIENTS)) {
            Cli cli = explain(server);
            Path report = folder.resolve("report");
            String index = Files.readString(report.resolve("index.html"));
            List<String> lines = Files.readAllLines(report.resolve("explanations.jsonl"));

            assertThat(cli.status).as(cli.toString()).isEqualTo(1);
            assertThat(index).contains("<p id=\"counts\">2 explained, 1 failed.</p>");
            assertThat(index).containsPattern("<td>row 2</td><td class=\"error\">[^<]*x2");
            assertThat(index).contains("<a href=\"row-0001.html\">");
            assertThat(report.resolve("row-0002.html")).doesNotExist();
            assertThat(lines).hasSize(2);
            for (String line : lines) {
                assertThat(Cli.validate(line)).isEmpty();
            }
            assertThat(cli.err).contains("[##############################] 3/3, 1 failed");
            assertThat(cli.out).contains("2 of 3 explained, 1 failed");
        }
    }

    @Test
    void reportNamesEndpoint() throws IOException {
        try (ModelServer server = new ModelServer(COEFFICIENTS)) {
            explain(server);
            String html = Files.readString(folder.resolve("report/row-0001.html"));

            assertThat(html).contains("HTTP endpoint <code>" + server.uri() + "</code>");
            assertThat(html).containsPattern("Input</th><td>row 1 of rows.csv<br>SHA-256 <code>"
                    + "[0-9a-f]{64}</code>");
        }
    }

    @Test
    void failingEndpointFailsEveryRow() throws IOException {
        try (ModelServer server = new ModelServer(COEFFICIENTS)) {
            server.failFirst = Integer.MAX_VALUE;
            Cli cli = explain(server, "--retries", "1");
            String index = Files.readString(folder.resolve("report/index.html"));

            assertThat(cli.status).as(cli.toString()).isEqualTo(1);
            assertThat(index).contains("0 explained, 3 failed.");
            assertThat(index).contains("HTTP status 500");
            assertThat(index).contains(server.uri().toString());
        }
    }
}
