package org.lime4j.core.report;

import java.util.List;
import java.util.Locale;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.LabelExplanation;

/**
 * Draws one label's weights as an inline SVG bar chart: one row per feature, largest
 * {@code |weight|} at the top, bars to the right of the axis for weights that push the output
 * up and to the left for weights that push it down.
 */
final class SvgChart {
    /** The fill of bars that push the explained output up. */
    static final String POSITIVE_COLOUR = "#e07b39";
    /** The fill of bars that push the explained output down. */
    static final String NEGATIVE_COLOUR = "#3b75af";

    private static final int WIDTH = 900;
    private static final int LABEL_WIDTH = 340;
    private static final int ROW_HEIGHT = 26;
    private static final int TOP = 30;
    private static final int MAX_LABEL_CHARS = 48;

    private SvgChart() {}

    static String render(LabelExplanation label) {
        List<FeatureWeight> weights = label.weights();
        int height = TOP + Math.max(1, weights.size()) * ROW_HEIGHT + 10;
        double max = 0;
        for (FeatureWeight weight : weights) {
            if (Double.isFinite(weight.weight())) {
                max = Math.max(max, Math.abs(weight.weight()));
            }
        }
        int plotLeft = LABEL_WIDTH + 10;
        int plotWidth = WIDTH - plotLeft - 80;
        double axis = plotLeft + plotWidth / 2.0;
        double scale = max > 0 ? (plotWidth / 2.0) / max : 0;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(Html.escape("feature weights for " + label.labelName())).append("\">\n");
        svg.append("<text x=\"").append(plotLeft).append("\" y=\"18\" font-size=\"13\" fill=\"")
                .append(NEGATIVE_COLOUR).append("\">\u2190 against ")
                .append(Html.escape(label.labelName())).append("</text>\n");
        svg.append("<text x=\"").append(plotLeft + plotWidth).append("\" y=\"18\" font-size=\"13\""
                + " text-anchor=\"end\" fill=\"").append(POSITIVE_COLOUR).append("\">towards ")
                .append(Html.escape(label.labelName())).append(" \u2192</text>\n");
        if (weights.isEmpty()) {
            svg.append("<text x=\"10\" y=\"").append(TOP + 17).append("\" font-size=\"13\">"
                    + "no feature was usable, so there are no weights</text>\n");
        }
        for (int i = 0; i < weights.size(); i++) {
            appendBar(svg, weights.get(i), TOP + i * ROW_HEIGHT, axis, scale);
        }
        svg.append("<line x1=\"").append(fmt(axis)).append("\" y1=\"").append(TOP - 4)
                .append("\" x2=\"").append(fmt(axis)).append("\" y2=\"").append(height - 6)
                .append("\" stroke=\"#555\" stroke-width=\"1\"/>\n");
        return svg.append("</svg>\n").toString();
    }

    private static void appendBar(StringBuilder svg, FeatureWeight weight, int y, double axis,
            double scale) {
        double value = Double.isFinite(weight.weight()) ? weight.weight() : 0;
        double length = Math.abs(value) * scale;
        double x = value >= 0 ? axis : axis - length;
        String colour = value >= 0 ? POSITIVE_COLOUR : NEGATIVE_COLOUR;
        String description = weight.description();
        String truncated = description.length() > MAX_LABEL_CHARS
                ? description.substring(0, MAX_LABEL_CHARS - 1) + "\u2026" : description;
        svg.append("<g><title>").append(Html.escape(description + ": " + Html.signed(weight.weight())))
                .append("</title>\n");
        svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 17)
                .append("\" font-size=\"13\" text-anchor=\"end\">").append(Html.escape(truncated))
                .append("</text>\n");
        svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 4)
                .append("\" width=\"").append(fmt(Math.max(length, 1))).append("\" height=\"")
                .append(ROW_HEIGHT - 8).append("\" fill=\"").append(colour).append("\"/>\n");
        svg.append("<text x=\"").append(WIDTH - 4).append("\" y=\"").append(y + 17)
                .append("\" font-size=\"12\" text-anchor=\"end\">")
                .append(Html.signed(weight.weight())).append("</text></g>\n");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
