package org.lime4j.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.LabelExplanation;

/**
 * Draws one label's weights as a PNG bar chart for slides and documents, the same chart as the
 * HTML report's: largest {@code |weight|} at the top, bars to the right of the axis for weights
 * that push the output up and to the left for weights that push it down. Stateless and
 * thread-safe.
 *
 * <p>It draws into a {@link BufferedImage}, which needs no display, so it works in a headless JVM
 * ({@code java.awt.headless=true}, the default on a Linux machine without {@code DISPLAY}). Text
 * uses the JVM's logical {@code SansSerif} font, so the rendering of labels depends on the fonts
 * installed.
 */
public final class ChartPng {
    /** The colour of bars that push the explained output up, as in the HTML chart. */
    public static final Color POSITIVE = Color.decode(SvgChart.POSITIVE_COLOUR);
    /** The colour of bars that push the explained output down, as in the HTML chart. */
    public static final Color NEGATIVE = Color.decode(SvgChart.NEGATIVE_COLOUR);

    private static final int ROW_HEIGHT = 28;
    private static final int TOP = 40;
    private static final int MAX_LABEL_CHARS = 48;

    private ChartPng() {}

    /**
     * Draws a chart 900 pixels wide.
     *
     * @param label the explained label
     * @return the PNG file's bytes
     */
    public static byte[] render(LabelExplanation label) {
        return render(label, 900);
    }

    /**
     * Draws a chart of a given width; the height follows from the number of weights.
     *
     * @param label the explained label
     * @param width the image width in pixels, at least 300
     * @return the PNG file's bytes
     * @throws IllegalArgumentException if {@code width < 300}
     */
    public static byte[] render(LabelExplanation label, int width) {
        Objects.requireNonNull(label, "label");
        if (width < 300) {
            throw new IllegalArgumentException("chart width must be at least 300 pixels, got "
                    + width);
        }
        BufferedImage image = draw(label, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("this JVM has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
        return out.toByteArray();
    }

    private static BufferedImage draw(LabelExplanation label, int width) {
        List<FeatureWeight> weights = label.weights();
        int height = TOP + Math.max(1, weights.size()) * ROW_HEIGHT + 12;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            FontMetrics metrics = g.getFontMetrics();
            int labelWidth = (int) (width * 0.38);
            int plotLeft = labelWidth + 10;
            int plotWidth = width - plotLeft - 80;
            double axis = plotLeft + plotWidth / 2.0;
            double max = 0;
            for (FeatureWeight weight : weights) {
                if (Double.isFinite(weight.weight())) {
                    max = Math.max(max, Math.abs(weight.weight()));
                }
            }
            double scale = max > 0 ? (plotWidth / 2.0) / max : 0;

            g.setColor(NEGATIVE);
            g.drawString("\u2190 against " + label.labelName(), plotLeft, 22);
            g.setColor(POSITIVE);
            String towards = "towards " + label.labelName() + " \u2192";
            g.drawString(towards, plotLeft + plotWidth - metrics.stringWidth(towards), 22);
            g.setColor(Color.DARK_GRAY);
            if (weights.isEmpty()) {
                g.drawString("no feature was usable, so there are no weights", 10, TOP + 18);
            }
            for (int i = 0; i < weights.size(); i++) {
                drawBar(g, metrics, weights.get(i), TOP + i * ROW_HEIGHT, labelWidth, axis, scale,
                        width);
            }
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            g.drawLine((int) axis, TOP - 4, (int) axis, height - 6);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawBar(Graphics2D g, FontMetrics metrics, FeatureWeight weight, int y,
            int labelWidth, double axis, double scale, int width) {
        double value = Double.isFinite(weight.weight()) ? weight.weight() : 0;
        int length = Math.max(1, (int) Math.round(Math.abs(value) * scale));
        int x = value >= 0 ? (int) axis : (int) Math.round(axis - length);
        g.setColor(value >= 0 ? POSITIVE : NEGATIVE);
        g.fillRect(x, y + 5, length, ROW_HEIGHT - 10);

        String description = weight.description();
        String truncated = description.length() > MAX_LABEL_CHARS
                ? description.substring(0, MAX_LABEL_CHARS - 1) + "\u2026" : description;
        g.setColor(Color.DARK_GRAY);
        g.drawString(truncated, labelWidth - metrics.stringWidth(truncated), y + 19);
        String number = Html.signed(weight.weight());
        g.drawString(number, width - 4 - metrics.stringWidth(number), y + 19);
    }
}
