package org.lime4j.core.report;

import java.util.Locale;

/** Escaping and number formatting shared by the HTML renderers. */
final class Html {
    /** The page style, inline so that a report needs no other file. */
    static final String STYLE = String.join("\n",
            "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;"
                    + "padding:0 1em;color:#222;line-height:1.45}",
            "h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}",
            "table{border-collapse:collapse;margin:.5em 0}",
            "td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}",
            "th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums}",
            ".decision{font-size:1.15em;background:#f6f8fa;border-left:4px solid #3b75af;"
                    + "padding:.6em 1em}",
            ".text{white-space:pre-wrap;border:1px solid #ddd;padding:1em;font-size:1.1em}",
            "mark.pos{background:#f7c7a3}mark.neg{background:#b9d3ee}",
            ".bar{display:inline-block;height:.8em;background:#999}",
            ".warning{color:#8a4b00}.error{color:#a00}",
            "figure{margin:1em 0}img{max-width:100%;image-rendering:pixelated}",
            "pre{background:#f6f8fa;padding:.6em;overflow-x:auto;white-space:pre-wrap}",
            "code{font-family:ui-monospace,monospace}");

    /**
     * The Content-Security-Policy of every page: no scripts, no external resources, images only
     * from {@code data:} URIs. It is a second defence behind escaping.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private Html() {}

    /**
     * Escapes text for HTML element content and quoted attribute values. Control characters
     * other than tab, line feed and carriage return become U+FFFD, because HTML forbids them.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Starts a page: doctype, charset, security policy, title and style. */
    static StringBuilder startPage(String title) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
                .append(CONTENT_SECURITY_POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
        return html;
    }

    /** Ends a page started by {@link #startPage}. */
    static String endPage(StringBuilder html) {
        return html.append("</body>\n</html>\n").toString();
    }

    /** Formats a value with four decimals, or NaN and the infinities by name. */
    static String decimal(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** Formats a weight with its sign and four decimals. */
    static String signed(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return String.format(Locale.ROOT, "%+.4f", value);
    }

    /** Formats a probability or model output with two decimals, as a person reads it. */
    static String brief(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 1000 ? "%.4g" : "%.2f", value);
    }

    /** Formats a duration in nanoseconds as milliseconds. */
    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    /** Appends a table row of a label and an already escaped HTML value. */
    static void row(StringBuilder html, String label, String valueHtml) {
        html.append("<tr><th scope=\"row\">").append(escape(label)).append("</th><td>")
                .append(valueHtml).append("</td></tr>\n");
    }
}
