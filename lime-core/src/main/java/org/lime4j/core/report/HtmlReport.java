package org.lime4j.core.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.lime4j.core.Explanation;
import org.lime4j.core.Feature;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.LabelExplanation;
import org.lime4j.core.RunInfo;
import org.lime4j.core.Span;
import org.lime4j.core.Stability;
import org.lime4j.core.Task;
import org.lime4j.core.Version;

/**
 * Renders an explanation as one self-contained HTML page that works offline and is safe to mail.
 * Stateless and thread-safe.
 *
 * <p>The page contains the decision in plain words, the model's output per class, an inline SVG bar
 * chart of each explained label's weights, the instance as a table, the explained text with its
 * features highlighted, any embedded images, the warnings, and an audit section (element id
 * {@code audit}) with the model's and input's identity, the library version, the full
 * configuration, seed, sample count, kernel width, fidelity, timings, the limits of LIME and how
 * to re-run the explanation. The method is LIME (Ribeiro, Singh and Guestrin, "Why Should I Trust
 * You?", KDD 2016).
 *
 * <p>The page contains no script and loads nothing: styles are inline, images are {@code data:}
 * URIs, and a Content-Security-Policy forbids everything else. Every string that comes from the
 * explanation or the context is escaped, so a feature named
 * {@code </script><img src=x onerror=alert(1)>} is shown as text. The page is UTF-8 and declares
 * it with {@code <meta charset="utf-8">}; write it with {@link ReportWriter#writeString}.
 */
public final class HtmlReport {
    /** The maximum number of rows of the instance table; larger instances are cut with a note. */
    static final int MAX_INSTANCE_ROWS = 500;

    private HtmlReport() {}

    /**
     * Renders an explanation without context.
     *
     * @param explanation the explanation
     * @return the page
     */
    public static String render(Explanation explanation) {
        return render(explanation, ReportContext.empty());
    }

    /**
     * Renders an explanation with the facts of its context.
     *
     * @param explanation the explanation
     * @param context the model's and input's identity, the text, images and re-run command
     * @return the page
     */
    public static String render(Explanation explanation, ReportContext context) {
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(context, "context");
        String title = context.title() != null ? context.title()
                : "Explanation of a " + explanation.explainer() + " prediction";
        StringBuilder html = Html.startPage(title);
        html.append("<header><h1>").append(Html.escape(title)).append("</h1>\n");
        html.append("<p class=\"decision\" id=\"decision\">")
                .append(Html.escape(decision(explanation))).append("</p></header>\n");
        appendModelOutput(html, explanation);
        appendCharts(html, explanation);
        appendText(html, explanation, context.text());
        appendImages(html, context.images());
        appendInstance(html, explanation);
        appendWarnings(html, explanation.warnings());
        AuditSection.append(html, explanation, context);
        return Html.endPage(html);
    }

    /**
     * Words the first explained label's result in plain sentences, such as "The model predicted
     * bad (0.81). The three conditions that pushed it most towards that result were ...".
     *
     * @param explanation the explanation
     * @return the sentences, unescaped
     */
    public static String decision(Explanation explanation) {
        return Decision.describe(explanation);
    }

    private static void appendModelOutput(StringBuilder html, Explanation explanation) {
        html.append("<section id=\"model-output\"><h2>Model output</h2>\n<table>\n");
        double[] output = explanation.modelOutput();
        boolean classification = explanation.task() == Task.CLASSIFICATION;
        html.append("<tr><th>").append(classification ? "Class" : "Output column")
                .append("</th><th>").append(classification ? "Probability" : "Value")
                .append("</th>").append(classification ? "<th></th>" : "").append("</tr>\n");
        int predicted = Decision.predictedClass(output);
        for (int c = 0; c < output.length; c++) {
            String name = classification ? explanation.className(c) : Integer.toString(c);
            html.append("<tr><td>").append(Html.escape(name));
            if (classification && c == predicted) {
                html.append(" <strong>(predicted)</strong>");
            }
            html.append("</td><td class=\"num\">").append(Html.decimal(output[c])).append("</td>");
            if (classification) {
                double share = Double.isFinite(output[c]) ? Math.max(0, Math.min(1, output[c])) : 0;
                html.append("<td><span class=\"bar\" style=\"width:")
                        .append(String.format(Locale.ROOT, "%.1f", 200 * share))
                        .append("px\"></span></td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table></section>\n");
    }

    private static void appendCharts(StringBuilder html, Explanation explanation) {
        html.append("<section id=\"weights\"><h2>Feature weights</h2>\n");
        html.append("<p>Each bar is a coefficient of the local linear surrogate. A bar to the"
                + " right pushed the output for that label up; a bar to the left pushed it down."
                + "</p>\n");
        List<LabelExplanation> labels = explanation.labels();
        for (int i = 0; i < labels.size(); i++) {
            LabelExplanation label = labels.get(i);
            html.append("<figure id=\"chart-").append(i).append("\">\n")
                    .append(SvgChart.render(label))
                    .append("<figcaption>Weights for ")
                    .append(explanation.task() == Task.CLASSIFICATION ? "class " : "output ")
                    .append(Html.escape(label.labelName())).append(": intercept ")
                    .append(Html.decimal(label.intercept())).append(", weighted R\u00B2 ")
                    .append(Html.decimal(label.score())).append("</figcaption></figure>\n");
        }
        html.append("</section>\n");
    }

    private static void appendText(StringBuilder html, Explanation explanation, String text) {
        if (text == null) {
            return;
        }
        LabelExplanation label = explanation.first();
        List<Mark> marks = new ArrayList<>();
        for (Feature feature : explanation.features()) {
            double weight = label.weightOf(feature.index());
            if (weight == 0) {
                continue;
            }
            for (Span span : feature.spans()) {
                marks.add(new Mark(span, feature.description(), weight));
            }
        }

        marks.sort(Comparator.comparingInt((Mark m) -> m.span.start())
                .thenComparingInt(m -> m.span.end()));
        html.append("<section id=\"text\"><h2>Text</h2>\n<p>Words that pushed the output for ")
                .append(Html.escape(label.labelName())).append(" up are marked "
                        + "<mark class=\"pos\">like this</mark>; words that pushed it down "
                        + "<mark class=\"neg\">like this</mark>.</p>\n<div class=\"text\">");

        int at = 0;
        int skipped = 0;
        for (Mark mark : marks) {
            Span span = mark.span;
            if (span.start() < at || span.end() > text.length()) {
                skipped++;
                continue;
            }
            html.append(Html.escape(text.substring(at, span.start())));
            html.append("<mark class=\"").append(mark.weight > 0 ? "pos" : "neg")
                    .append("\" title=\"").append(Html.escape(mark.description + ": "
                            + Html.signed(mark.weight))).append("\">")
                    .append(Html.escape(text.substring(span.start(), span.end())))
                    .append("</mark>");
            at = span.end();
        }

        html.append(Html.escape(text.substring(at))).append("</div>\n");
        if (skipped > 0) {
            html.append("<p class=\"warning\">").append(skipped).append(" highlighted spans"
                    + " overlap another span or lie outside the text and are not shown.</p>\n");
        }
        html.append("</section>\n");
    }

    private static void appendImages(StringBuilder html, List<ReportImage> images) {
        if (images.isEmpty()) {
            return;
        }
        html.append("<section id=\"images\"><h2>Images</h2>\n");
        Base64.Encoder base64 = Base64.getEncoder();
        for (ReportImage image : images) {
            String caption = Html.escape(image.caption());
            html.append("<figure><img src=\"data:image/png;base64,")
                    .append(base64.encodeToString(image.png())).append("\" alt=\"")
                    .append(caption).append("\"><figcaption>").append(caption)
                    .append("</figcaption></figure>\n");
        }
        html.append("</section>\n");
    }

    private static void appendInstance(StringBuilder html, Explanation explanation) {
        List<Feature> withValues = new ArrayList<>();
        for (Feature feature : explanation.features()) {
            if (!feature.value().isEmpty()) {
                withValues.add(feature);
            }
        }
        if (withValues.isEmpty()) {
            return;
        }
        LabelExplanation label = explanation.first();
        html.append("<section id=\"instance\"><h2>Instance</h2>\n<table>\n<tr><th>Feature</th>"
                + "<th>Value</th><th>Condition</th><th>Weight for ")
                .append(Html.escape(label.labelName())).append("</th></tr>\n");
        int rowCount = Math.min(withValues.size(), MAX_INSTANCE_ROWS);
        for (int i = 0; i < rowCount; i++) {
            Feature feature = withValues.get(i);
            html.append("<tr><td>").append(Html.escape(feature.name())).append("</td><td>")
                    .append(Html.escape(feature.value())).append("</td><td>")
                    .append(Html.escape(feature.description())).append("</td><td class=\"num\">")
                    .append(weightCell(label, feature.index())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (rowCount < withValues.size()) {
            html.append("<p>").append(withValues.size() - rowCount).append(" more features are in"
                    + " the JSON file.</p>\n");
        }
        html.append("</section>\n");
    }

    private static String weightCell(LabelExplanation label, int feature) {
        for (FeatureWeight weight : label.weights()) {
            if (weight.feature() == feature) {
                return Html.signed(weight.weight());
            }
        }
        return "not selected";
    }

    private static void appendWarnings(StringBuilder html, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        html.append("<section id=\"warnings\"><h2>Warnings</h2>\n<ul>\n");
        for (String warning : warnings) {
            html.append("<li class=\"warning\">").append(Html.escape(warning)).append("</li>\n");
        }
        html.append("</ul></section>\n");
    }

    /** One highlighted span of the explained text. */
    private record Mark(Span span, String description, double weight) {}

    /** Writes the audit section: identity, settings, fidelity, timings, limits and re-run. */
    static final class AuditSection {
        private AuditSection() {}

        static void append(StringBuilder html, Explanation explanation, ReportContext context) {
            html.append("<section id=\"audit\"><h2>Audit</h2>\n");
            html.append("<p>").append(Html.escape(decision(explanation))).append("</p>\n");
            html.append("<h3>Identity</h3>\n<table>\n");
            Html.row(html, "Model", modelIdentity(context));
            Html.row(html, "Input", inputIdentity(context));
            Html.row(html, "Library", "lime4j " + Html.escape(explanation.libraryVersion())
                    + (explanation.libraryVersion().equals(Version.get()) ? ""
                            : " (report rendered by lime4j " + Html.escape(Version.get()) + ")"));
            Html.row(html, "Schema version", Html.escape(explanation.schemaVersion()));
            html.append("</table>\n");
            appendSettings(html, explanation);
            appendFidelity(html, explanation);
            appendStability(html, context.stability());
            appendTimings(html, explanation.run());
            appendConfiguration(html, explanation.configuration());
            appendRerun(html, explanation, context.rerunCommand());
            appendLimits(html);
            html.append("</section>\n");
        }

        private static String modelIdentity(ReportContext context) {
            List<String> parts = new ArrayList<>();
            if (context.modelDescription() != null) {
                parts.add(Html.escape(context.modelDescription()));
            }
            if (context.modelFileName() != null) {
                parts.add("file <code>" + Html.escape(context.modelFileName())
                        + "</code>, SHA-256 <code>" + context.modelSha256() + "</code>");
            }
            if (context.modelEndpoint() != null) {
                parts.add("HTTP endpoint <code>" + Html.escape(context.modelEndpoint())
                        + "</code>");
            }
            return parts.isEmpty() ? "not recorded" : String.join("<br>", parts);
        }

        private static String inputIdentity(ReportContext context) {
            List<String> parts = new ArrayList<>();
            if (context.inputDescription() != null) {
                parts.add(Html.escape(context.inputDescription()));
            }
            parts.add(context.inputSha256() == null ? "SHA-256 not recorded"
                    : "SHA-256 <code>" + context.inputSha256() + "</code>");
            return String.join("<br>", parts);
        }

        private static void appendSettings(StringBuilder html, Explanation explanation) {
            html.append("<h3>Settings</h3>\n<table>\n");
            Html.row(html, "Explainer", Html.escape(explanation.explainer()));
            Html.row(html, "Task", explanation.task().name().toLowerCase(Locale.ROOT));
            Html.row(html, "Seed", Long.toString(explanation.seed()));
            Html.row(html, "Samples", explanation.numSamples() + " (the instance included)");
            Html.row(html, "Kernel", Html.escape(explanation.kernel()) + ", width "
                    + Html.escape(Double.toString(explanation.kernelWidth())));
            Html.row(html, "Feature selection", "requested "
                    + name(explanation.featureSelectionRequested()) + ", used "
                    + name(explanation.featureSelectionUsed()));
            Html.row(html, "Features", explanation.numFeaturesRequested() + " requested per label, "
                    + explanation.usableFeatures() + " of " + explanation.features().size()
                    + " usable");
            html.append("</table>\n");
        }

        private static String name(Enum<?> value) {
            return value.name().toLowerCase(Locale.ROOT);
        }

        private static void appendFidelity(StringBuilder html, Explanation explanation) {
            html.append("<h3>Fidelity</h3>\n<p>How well the linear surrogate matches the model"
                    + " near this input. A weighted R\u00B2 near 1 and a local prediction close to"
                    + " the model's output mean the weights describe the model's local behaviour"
                    + " well; a low R\u00B2 means they do not.</p>\n<table>\n<tr><th>Label</th>"
                    + "<th>Weighted R\u00B2</th><th>Local prediction</th><th>Model output</th>"
                    + "<th>Difference</th><th>Intercept</th></tr>\n");
            for (LabelExplanation label : explanation.labels()) {
                html.append("<tr><td>").append(Html.escape(label.labelName()))
                        .append("</td><td class=\"num\">").append(Html.decimal(label.score()))
                        .append("</td><td class=\"num\">")
                        .append(Html.decimal(label.localPrediction()))
                        .append("</td><td class=\"num\">")
                        .append(Html.decimal(label.modelPrediction()))
                        .append("</td><td class=\"num\">")
                        .append(Html.signed(label.localPrediction() - label.modelPrediction()))
                        .append("</td><td class=\"num\">").append(Html.decimal(label.intercept()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n<p>Effective sample size (\u03A3w)\u00B2/\u03A3w\u00B2: ")
                    .append(String.format(Locale.ROOT, "%.1f", explanation.effectiveSampleSize()))
                    .append(" of ").append(explanation.numSamples()).append(" samples.</p>\n");
        }

        private static void appendStability(StringBuilder html, Stability stability) {
            html.append("<h3>Stability</h3>\n");
            if (stability == null) {
                html.append("<p>Not measured. LIME fits its surrogate on random samples, so"
                        + " explain the same input with a few other seeds and compare the"
                        + " selected features before relying on them.</p>\n");
                return;
            }
            html.append("<p>The same input was explained with ")
                    .append(stability.seeds().size()).append(" seeds (")
                    .append(Html.escape(stability.seeds().toString()))
                    .append("), every other input and setting fixed. A mean Jaccard index of 1"
                            + " means every seed selected the same features.</p>\n<table>\n");
            Html.row(html, "Mean Jaccard index of the selected features",
                    Html.decimal(stability.meanJaccard()));
            Html.row(html, "Weights whose sign agrees with their mean",
                    String.format(Locale.ROOT, "%.1f %%", 100 * stability.signAgreement()));
            html.append("</table>\n<table>\n<tr><th>Feature</th><th>Mean weight</th>"
                    + "<th>Standard deviation</th><th>Selected by</th></tr>\n");
            for (Stability.FeatureStability feature : stability.features()) {
                html.append("<tr><td>").append(Html.escape(feature.description()))
                        .append("</td><td class=\"num\">").append(Html.signed(feature.meanWeight()))
                        .append("</td><td class=\"num\">")
                        .append(Html.decimal(feature.standardDeviation()))
                        .append("</td><td class=\"num\">")
                        .append(String.format(Locale.ROOT, "%.0f %%",
                                100 * feature.selectedFraction()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }

        private static void appendTimings(StringBuilder html, RunInfo run) {
            html.append("<h3>Run</h3>\n");
            if (run == null) {
                html.append("<p>Not recorded: this explanation was read without its run"
                        + " information.</p>\n");
                return;
            }
            html.append("<table>\n");
            Html.row(html, "Parallelism", Integer.toString(run.parallelism()));
            Html.row(html, "Batches", run.batches() + " of at most " + run.batchSize()
                    + " samples");
            if (run.timings() != null) {
                Html.row(html, "Sampling", Html.millis(run.timings().samplingNanos())
                        + " (summed over batches; parallel batches overlap, so this can exceed"
                        + " the total)");
                Html.row(html, "Prediction", Html.millis(run.timings().predictionNanos())
                        + " (summed over batches; parallel batches overlap, so this can exceed"
                        + " the total)");
                Html.row(html, "Fitting", Html.millis(run.timings().fittingNanos()));
                Html.row(html, "Total", Html.millis(run.timings().totalNanos()));
            }
            html.append("</table>\n");
        }

        private static void appendConfiguration(StringBuilder html,
                Map<String, String> configuration) {
            html.append("<h3>Configuration</h3>\n<table>\n");
            configuration.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> html.append("<tr><th scope=\"row\"><code>")
                            .append(Html.escape(entry.getKey())).append("</code></th><td><code>")
                            .append(Html.escape(entry.getValue())).append("</code></td></tr>\n"));
            html.append("</table>\n");
        }

        private static void appendRerun(StringBuilder html, Explanation explanation,
                String command) {
            html.append("<h3>How to re-run</h3>\n");
            if (command != null) {
                html.append("<pre><code>").append(Html.escape(command)).append("</code></pre>\n");
            }
            html.append("<p>Run the same model on the same input with the configuration above and"
                    + " seed ").append(explanation.seed()).append(". Every number in this report"
                    + " except the timings depends only on those, so it comes out the same on any"
                    + " machine and with any thread count or batch size. Check the model's and the"
                    + " input's SHA-256 first: a different model or input gives a different"
                    + " explanation.</p>\n");
        }

        private static void appendLimits(StringBuilder html) {
            html.append("<h3>What LIME can and cannot show</h3>\n<ul>\n"
                    + "<li>LIME perturbs this one input, asks the model about each perturbed copy,"
                    + " and fits a weighted linear model to the answers. The weights describe the"
                    + " model's behaviour near this input only, not the model as a whole.</li>\n"
                    + "<li>A weight says how the model's output moved when a feature was changed"
                    + " in the way the explainer perturbs it; it is an association in the model,"
                    + " not a cause in the world, and not a statement about the training data.</li>\n"
                    + "<li>The result depends on the perturbation scheme, the kernel width and the"
                    + " number of features shown; features left out may still matter. Other"
                    + " settings can give other weights.</li>\n"
                    + "<li>Correlated features share or swap credit, because perturbing one alone"
                    + " can produce inputs the model never saw.</li>\n"
                    + "<li>A low weighted R\u00B2 or a local prediction far from the model's output"
                    + " means the linear surrogate fits poorly and the weights should not be"
                    + " trusted.</li>\n"
                    + "<li>LIME says nothing about whether the decision is correct or fair; it"
                    + " only describes what the model did.</li>\n</ul>\n");
        }
    }
}
