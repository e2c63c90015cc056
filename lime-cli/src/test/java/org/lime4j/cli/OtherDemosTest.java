package org.lime4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;
import org.lime4j.core.report.ReportContext;

class OtherDemosTest {
    @TempDir
    Path folder;

    @Test
    void spamDemoHighlightsWords() throws IOException {
        Cli cli = Cli.run(folder, "demo", "spam", "--samples", "2000");
        String json = Files.readString(folder.resolve("report/explanation.json"));
        String html = Files.readString(folder.resolve("report/index.html"));
        Explanation explanation = ExplanationJson.fromJson(json);

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(Cli.validate(json)).isEmpty();
        assertThat(explanation.explainer()).isEqualTo("text");
        assertThat(explanation.first().labelName()).isEqualTo("spam");
        assertThat(explanation.modelOutput()[SpamDemo.SPAM]).isBetween(0.5, 0.95);
        assertThat(html).contains("<section id=\"text\">");
        assertThat(html).containsPattern("<mark class=\"pos\" title=\"[^\"]+: \\+");
        assertThat(cli.out).startsWith("The model predicted spam (");
    }

    @Test
    void digitsDemoEmbedsImages() throws IOException {
        Cli cli = Cli.run(folder, "demo", "digits", "--samples", "500");
        String json = Files.readString(folder.resolve("report/explanation.json"));
        String html = Files.readString(folder.resolve("report/index.html"));
        Explanation explanation = ExplanationJson.fromJson(json);
        String modelSha;
        try (InputStream in = DemoCommand.open(DigitsDemo.MODEL)) {
            modelSha = ReportContext.sha256(in.readAllBytes());
        }

        assertThat(cli.status).as(cli.toString()).isZero();
        assertThat(Cli.validate(json)).isEmpty();
        assertThat(explanation.explainer()).isEqualTo("image");
        assertThat(explanation.features()).hasSize(49);
        // The first shipped MNIST test image is a 7, which the CNN reads correctly.
        assertThat(explanation.first().label()).isEqualTo(7);
        assertThat(html.split("<img src=\"data:image/png;base64,", -1)).hasSize(4);
        assertThat(html).contains("file <code>mnist-8.onnx</code>, SHA-256 <code>" + modelSha);
    }
}
