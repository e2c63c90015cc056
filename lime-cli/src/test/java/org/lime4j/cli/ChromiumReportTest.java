package org.lime4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.Predictor;
import org.lime4j.core.report.ChartPng;
import org.lime4j.core.report.HtmlReport;
import org.lime4j.core.report.ReportContext;
import org.lime4j.core.report.ReportWriter;
import org.lime4j.tabular.Column;
import org.lime4j.tabular.SamplingMode;
import org.lime4j.tabular.TabularExplainer;

/**
 * Opens reports in headless Chromium: the demo report's bar chart is drawn, and a hostile
 * feature name runs no script. Skipped when {@code /usr/bin/chromium} is not installed.
 */
class ChromiumReportTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String HOSTILE = "</script><img src=x onerror=alert(1)>";

    @TempDir
    static Path folder;

    @BeforeAll
    static void requireChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: /usr/bin/chromium is not installed;"
                + " install it with apt-get install chromium");
    }

    /** Runs Chromium headless on a page with a fresh profile and returns its standard output. */
    private static Result chromium(Path page, String... mode) throws Exception {
        Path profile = Files.createTempDirectory(folder, "profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--enable-logging=stderr", "--v=0",
                "--user-data-dir=" + profile, "--window-size=1200,2000"));
        command.addAll(List.of(mode));
        command.add(page.toUri().toString());
        Path out = folder.resolve("chromium-" + System.nanoTime() + ".out");
        Path err = folder.resolve("chromium-" + System.nanoTime() + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s, as happens when an"
                    + " injected script opens an alert dialog: " + command);
        }
        return new Result(Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(String out, String err) {}

    @Test
    void screenshotShowsBarChart() throws Exception {
        Cli cli = Cli.run(folder, "demo", "credit", "--samples", "2000", "--output", "demo");
        assertThat(cli.status).as(cli.toString()).isZero();
        Path shot = folder.resolve("demo.png");

        chromium(folder.resolve("demo/index.html"), "--screenshot=" + shot);
        BufferedImage image = ImageIO.read(shot.toFile());

        // The chart's bars and legend are the only areas in the two bar colours. The chart sits
        // under the model output table, so the count covers the top of the page only.
        int positive = count(image, ChartPng.POSITIVE.getRGB());
        int negative = count(image, ChartPng.NEGATIVE.getRGB());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(positive).as("pixels of bars towards the class").isGreaterThan(2_000);
        assertThat(negative).as("pixels of bars against the class").isGreaterThan(300);
    }

    /** Counts pixels within 8 of a colour in every channel, in the top 1000 rows. */
    private static int count(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < Math.min(image.getHeight(), 1000); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int pixel = image.getRGB(x, y);
                if (close(pixel >> 16, rgb >> 16) && close(pixel >> 8, rgb >> 8)
                        && close(pixel, rgb)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean close(int a, int b) {
        return Math.abs((a & 0xFF) - (b & 0xFF)) <= 8;
    }

    @Test
    void hostileNameRunsNoScript() throws Exception {
        Path page = folder.resolve("hostile.html");
        ReportWriter.writeString(page, HtmlReport.render(hostileExplanation(),
                ReportContext.builder().text("a<b & c é").title(HOSTILE).build()));

        Result dom = chromium(page, "--dump-dom");

        assertThat(dom.err()).doesNotContain("Uncaught");
        assertThat(dom.out()).contains("<h1>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</h1>");
        assertThat(dom.out()).doesNotContain("<img src=\"x\"");
        assertThat(dom.out()).doesNotContain("onerror=\"");
        assertThat(dom.out()).doesNotContain("<script");
        assertThat(dom.out()).contains("a&lt;b &amp; c é");
    }

    /** Explains a row whose first feature has a hostile name and whose classes have quotes. */
    private static Explanation hostileExplanation() {
        java.util.Random random = new java.util.Random(3);
        double[][] training = new double[200][2];
        for (double[] row : training) {
            row[0] = random.nextGaussian();
            row[1] = random.nextGaussian();
        }
        TabularExplainer explainer = TabularExplainer.builder(training,
                        List.of(Column.numeric(HOSTILE), Column.numeric("b")))
                .samplingMode(SamplingMode.CONTINUOUS_AROUND_INSTANCE)
                .classNames("\"good\"", "'bad'").build();
        Predictor<double[]> model = batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                double p = 1 / (1 + Math.exp(-2 * batch.get(i)[0] + batch.get(i)[1]));
                out[i] = new double[] {1 - p, p};
            }
            return out;
        };
        return explainer.explain(new double[] {0.5, 0.1}, model,
                ExplainOptions.builder().numSamples(500).seed(1).build());
    }
}
