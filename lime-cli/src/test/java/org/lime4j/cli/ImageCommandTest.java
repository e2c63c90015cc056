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
import org.lime4j.image.LimeImage;

/** {@code lime image} with the shipped MNIST CNN on shipped MNIST test images. */
class ImageCommandTest {
    @TempDir
    Path folder;

    @Test
    void explainsDigitsAndListsBadImage() throws IOException {
        byte[][] images = DigitsDemo.readImages();
        byte[] labels = DigitsDemo.readLabels();
        LimeImage.of(28, 28, 1, images[0]).writePng(folder.resolve("first.png"));
        LimeImage.of(28, 28, 1, images[1]).writePng(folder.resolve("second.png"));
        LimeImage.of(20, 20, 1, new byte[400]).writePng(folder.resolve("small.png"));
        try (InputStream in = DemoCommand.open(DigitsDemo.MODEL)) {
            Files.copy(in, folder.resolve("mnist.onnx"));
        }

        Cli cli = Cli.run(folder, "image", "--images", "first.png", "small.png", "second.png",
                "--model", "mnist.onnx", "--softmax", "--segmenter", "grid:4", "--hide",
                "colour:0", "--top-labels", "1", "--samples", "300");
        assertThat(cli.status).as(cli.toString()).isEqualTo(1);
        Path report = folder.resolve("report");
        String index = Files.readString(report.resolve("index.html"));

        assertThat(index).contains("2 explained, 1 failed.");
        assertThat(index).containsPattern("<td>small.png</td><td class=\"error\">[^<]*");
        for (int i : new int[] {1, 3}) {
            String json = Files.readString(report.resolve(String.format("image-%04d.json", i)));
            Explanation explanation = ExplanationJson.fromJson(json);
            String html = Files.readString(report.resolve(String.format("image-%04d.html", i)));

            assertThat(Cli.validate(json)).isEmpty();
            assertThat(explanation.features()).hasSize(49);
            assertThat(html.split("<img src=\"data:image/png;base64,", -1)).hasSize(4);
            assertThat(html).contains("file <code>mnist.onnx</code>");
        }
        // The first two MNIST test images are a 7 and a 2, which the CNN reads correctly.
        assertThat(ExplanationJson.fromJson(Files.readString(report.resolve("image-0001.json")))
                .first().label()).isEqualTo(labels[0]);
        assertThat(ExplanationJson.fromJson(Files.readString(report.resolve("image-0003.json")))
                .first().label()).isEqualTo(labels[1]);
    }

    @Test
    void missingImageIsNamed() {
        Cli cli = Cli.run(folder, "image", "--images", "x.png", "--model", "m.onnx");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("file " + folder.resolve("x.png")
                + " given with --images does not exist");
    }

    @Test
    void unknownSegmenterIsNamed() throws IOException {
        LimeImage.of(8, 8, 1, new byte[64]).writePng(folder.resolve("x.png"));

        Cli cli = Cli.run(folder, "image", "--images", "x.png", "--model", "m.onnx",
                "--segmenter", "watershed");

        assertThat(cli.status).isEqualTo(2);
        assertThat(cli.err).contains("invalid value for option --segmenter: 'watershed'");
    }
}
