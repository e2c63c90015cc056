package org.lime4j.core.report;

import java.util.List;
import java.util.Objects;

/**
 * Renders the index page of a folder of reports: one row per explained input with its decision
 * in plain words and a link to its report, or the error that stopped it. Stateless and
 * thread-safe. Like {@link HtmlReport}, the page has no script, loads nothing and escapes every
 * data-derived string.
 */
public final class ReportIndex {
    private ReportIndex() {}

    /**
     * One row of the index.
     *
     * @param input where the input came from, such as {@code row 3}
     * @param link the report's file name relative to the index, or null when it failed
     * @param summary the decision in plain words, or null when it failed
     * @param error what went wrong, or null when it succeeded
     */
    public record Entry(String input, String link, String summary, String error) {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if {@code input} is null
         * @throws IllegalArgumentException if {@code link} is absolute or has a URI scheme, or
         *     neither a summary nor an error is given
         */
        public Entry {
            Objects.requireNonNull(input, "input");
            if (link != null && (link.contains(":") || link.startsWith("/")
                    || link.contains("\\"))) {
                throw new IllegalArgumentException("report link must be a relative file name,"
                        + " got '" + link + "'");
            }
            if (summary == null && error == null) {
                throw new IllegalArgumentException("index entry for " + input
                        + " needs a summary or an error");
            }
        }

        /**
         * Creates the row of an input that was explained.
         *
         * @param input where the input came from
         * @param link the report's relative file name
         * @param summary the decision in plain words
         * @return the row
         */
        public static Entry explained(String input, String link, String summary) {
            return new Entry(input, link, summary, null);
        }

        /**
         * Creates the row of an input that could not be explained.
         *
         * @param input where the input came from
         * @param error what went wrong
         * @return the row
         */
        public static Entry failed(String input, String error) {
            return new Entry(input, null, null, error);
        }
    }

    /**
     * Renders the index.
     *
     * @param title the page title
     * @param description a paragraph under the title, such as the model and data used, or null
     * @param entries the rows in input order
     * @return the page
     */
    public static String render(String title, String description, List<Entry> entries) {
        StringBuilder html = Html.startPage(title);
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        if (description != null) {
            html.append("<p>").append(Html.escape(description)).append("</p>\n");
        }
        long failed = entries.stream().filter(e -> e.error() != null).count();
        html.append("<p id=\"counts\">").append(entries.size() - failed).append(" explained, ")
                .append(failed).append(" failed.</p>\n<table>\n<tr><th>Input</th><th>Result</th>"
                        + "<th>Report</th></tr>\n");
        for (Entry entry : entries) {
            html.append("<tr><td>").append(Html.escape(entry.input())).append("</td>");
            if (entry.error() != null) {
                html.append("<td class=\"error\">").append(Html.escape(entry.error()))
                        .append("</td><td></td>");
            } else {
                html.append("<td>").append(Html.escape(entry.summary())).append("</td><td>");
                if (entry.link() != null) {
                    html.append("<a href=\"").append(Html.escape(entry.link())).append("\">")
                            .append(Html.escape(entry.link())).append("</a>");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        return Html.endPage(html);
    }
}
