package org.lime4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;

/** Runs {@code lime demo credit} as the README's first command does, in a fresh folder. */
class DemoCreditTest {
    @TempDir
    Path folder;

    @Test
    void demoWritesReportFiles() throws IOException {
        Cli cli = Cli.run(folder, "demo", "credit");

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(folder.resolve("report/index.html")).isRegularFile();
        assertThat(folder.resolve("report/explanation.json")).isRegularFile();
        assertThat(folder.resolve("report/weights.png")).isRegularFile();
        assertThat(cli.out).startsWith("The model predicted bad credit (");
    }

    @Test
    void demoJsonMatchesSchema() throws IOException {
        Cli cli = Cli.run(folder, "demo", "credit", "--samples", "2000");
        String json = Files.readString(folder.resolve("report/explanation.json"));
        Explanation explanation = ExplanationJson.fromJson(json);

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(Cli.validate(json)).isEmpty();
        assertThat(explanation.explainer()).isEqualTo("tabular");
        assertThat(explanation.first().labelName()).isEqualTo("bad credit");
        // The demo explains an application that the forest refuses.
        assertThat(explanation.modelOutput()[1]).isGreaterThanOrEqualTo(0.5);
        assertThat(explanation.numSamples()).isEqualTo(2000);
    }

    @Test
    void demoHtmlHasAuditSection() throws IOException {
        Cli cli = Cli.run(folder, "demo", "credit", "--samples", "2000", "--seed", "9");
        String html = Files.readString(folder.resolve("report/index.html"));
        String audit = html.substring(html.indexOf("<section id=\"audit\">"));

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(html).contains("<meta charset=\"utf-8\">");
        assertThat(html).contains("<svg");
        assertThat(audit).contains("Smile 3.1.1 random forest, 100 trees, seed 42");
        assertThat(audit).containsPattern("SHA-256 <code>[0-9a-f]{64}</code>");
        assertThat(audit).contains("<th scope=\"row\">Seed</th><td>9</td>");
        assertThat(audit).contains("<th scope=\"row\">Samples</th><td>2000 ");
        assertThat(audit).contains("Effective sample size");
        assertThat(audit).contains(
                "java -jar lime-cli/target/lime.jar demo credit --samples 2000 --seed 9");
        assertThat(audit).contains("What LIME can and cannot show");
        assertThat(audit).contains("explained with 4 seeds ([9, 10, 11, 12])");
        assertThat(audit).contains("Mean Jaccard index of the selected features");
    }

    @Test
    void stabilityIsWrittenAsJson() throws IOException {
        Cli cli = Cli.run(folder, "demo", "credit", "--samples", "500");
        String json = Files.readString(folder.resolve("report/stability.json"));

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(json).contains("\"meanJaccard\"").contains("\"seeds\" : [ 0, 1, 2, 3 ]");
    }

    @Test
    void forceReplacesEarlierReports() throws IOException {
        Path report = folder.resolve("report");
        Files.createDirectories(report);
        Files.writeString(report.resolve("row-0007.html"), "old");
        Files.writeString(report.resolve("notes.txt"), "mine");
        Cli cli = Cli.run(folder, "demo", "credit", "--samples", "500", "--force");

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(report.resolve("row-0007.html")).doesNotExist();
        assertThat(report.resolve("notes.txt")).exists();
        assertThat(report.resolve("index.html")).exists();
    }

    @Test
    void stabilityCanBeSkipped() throws IOException {
        Cli cli = Cli.run(folder, "demo", "credit", "--samples", "500",
                "--stability-seeds", "0");
        String html = Files.readString(folder.resolve("report/index.html"));

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(html).contains("<h3>Stability</h3>\n<p>Not measured.");
        assertThat(html).contains("--stability-seeds 0");
    }

    @Test
    void rerunQuotesArgumentsForTheShell() {
        assertThat(Main.shellQuote("--seed")).isEqualTo("--seed");
        assertThat(Main.shellQuote("my rows.csv")).isEqualTo("'my rows.csv'");
        assertThat(Main.shellQuote("it's")).isEqualTo("'it'\\''s'");
        assertThat(Main.shellQuote("")).isEqualTo("''");
    }

    @Test
    void negativeStabilitySeedsAreRejected() {
        Cli cli = Cli.run(folder, "demo", "credit", "--stability-seeds", "-1");

        assertThat(cli.status).as(cli.toString()).isEqualTo(2);
        assertThat(cli.err).contains("--stability-seeds").contains("-1");
    }

    @Test
    void demoIsReproducible() throws IOException {
        Cli first = Cli.run(folder, "demo", "credit",
                "--samples", "1000", "--output", "a");
        Cli second = Cli.run(folder, "demo", "credit", "--samples", "1000", "--output", "b",
                "--threads", "1");

        assertThat(first.status).as(first.toString()).isZero();
        assertThat(second.status).as(second.toString()).isZero();
        Explanation a = ExplanationJson.fromJson(Files.readString(folder.resolve("a/explanation.json")));
        Explanation b = ExplanationJson.fromJson(Files.readString(folder.resolve("b/explanation.json")));
        assertThat(ExplanationJson.toCanonicalJson(a)).isEqualTo(ExplanationJson.toCanonicalJson(b));
    }

    @Test
    void existingOutputNeedsForce() throws IOException {
        Files.createDirectories(folder.resolve("report"));
        Files.writeString(folder.resolve("report/keep.txt"), "x");

        Cli refused = Cli.run(folder, "demo", "credit", "--samples", "500");
        Cli forced = Cli.run(folder, "demo", "credit", "--samples", "500", "--force");

        assertThat(refused.status).isEqualTo(2);
        assertThat(refused.err).contains("output folder " + folder.resolve("report"));
        assertThat(refused.err).contains("--force");
        assertThat(forced.status).as(forced.toString()).isZero();
        assertThat(folder.resolve("report/index.html")).isRegularFile();
    }
}
