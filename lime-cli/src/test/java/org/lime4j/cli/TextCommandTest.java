package org.lime4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;

/** {@code lime text} against a keyword model served on 127.0.0.1. */
class TextCommandTest {
    @TempDir
    Path folder;

    @Test
    void keywordsRankFirstAndAreHighlighted() throws IOException {
        Files.writeString(folder.resolve("texts.txt"),
                "good food, bad service and a long wait\n\nthe staff were good <b> & é\n",
                StandardCharsets.UTF_8);
        try (ModelServer server = new ModelServer()) {
            Cli cli = Cli.run(folder, "text", "--texts", "texts.txt", "--endpoint",
                    server.uri().toString(), "--class-names", "negative,positive",
                    "--samples", "1000", "--features", "2");
            Path report = folder.resolve("report");

            assertThat(cli.status).as(cli.toString()).isZero();
            Explanation first = ExplanationJson.fromJson(
                    Files.readString(report.resolve("text-0001.json")));
            assertThat(first.label(1).weights().get(0).description()).isIn("good", "bad");
            assertThat(first.label(1).weights()).extracting(w -> w.description())
                    .containsExactlyInAnyOrder("good", "bad");
            assertThat(first.label(1).weightOf(indexOf(first, "good"))).isPositive();
            assertThat(first.label(1).weightOf(indexOf(first, "bad"))).isNegative();

            String second = Files.readString(report.resolve("text-0002.html"));
            assertThat(second).contains("staff were <mark class=\"pos\" title=\"good: +");
            assertThat(second).contains("</mark> &lt;b&gt; &amp; é</div>");
            assertThat(Files.readString(report.resolve("index.html")))
                    .contains("<td>line 3</td>");
        }
    }

    private static int indexOf(Explanation explanation, String word) {
        return explanation.features().stream().filter(f -> f.name().equals(word)).findFirst()
                .orElseThrow().index();
    }
}
