package org.lime4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lime4j.core.LabelExplanation;

class ChartPngTest {
    private static LabelExplanation label() {
        return LogisticFixture.explain(new double[] {1, 0.5, -1, 2}, List.of("a", "b", "c", "d"),
                List.of("no", "yes")).first();
    }

    /** Counts pixels of one colour left and right of column {@code axis}. */
    private static int[] countColour(BufferedImage image, int rgb, int axis) {
        int[] counts = new int[2];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    counts[x < axis ? 0 : 1]++;
                }
            }
        }
        return counts;
    }

    @Test
    void pngDecodesWithBarsOnBothSides() throws IOException {
        byte[] png = ChartPng.render(label(), 900);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        // Layout: labels take 38 % of the width, the axis is centred in the plot after them.
        int plotLeft = (int) (900 * 0.38) + 10;
        int axis = plotLeft + (900 - plotLeft - 80) / 2;

        int[] positive = countColour(image, ChartPng.POSITIVE.getRGB() & 0xFFFFFF, axis);
        int[] negative = countColour(image, ChartPng.NEGATIVE.getRGB() & 0xFFFFFF, axis);

        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(40 + 3 * 28 + 12);
        // Weights a and c are positive and b negative; a bar of 18 rows is at least 18 pixels.
        assertThat(positive[1]).isGreaterThan(2 * 18);
        assertThat(negative[0]).isGreaterThan(18);
    }

    @Test
    void emptyWeightsStillDraw() throws IOException {
        LabelExplanation empty = new LabelExplanation(0, "only", 0.5, List.of(), Double.NaN, 0.5,
                0.5);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartPng.render(empty)));

        assertThat(image.getWidth()).isEqualTo(900);
    }

    @Test
    void narrowWidthIsRejected() {
        assertThatThrownBy(() -> ChartPng.render(label(), 200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 300 pixels, got 200");
    }
}
