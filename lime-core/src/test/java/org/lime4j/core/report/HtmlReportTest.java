package org.lime4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lime4j.core.Explanation;
import org.lime4j.core.Feature;
import org.lime4j.core.Version;

class HtmlReportTest {
    static final String HOSTILE_NAME = "</script><img src=x onerror=alert(1)>";
    static final String QUOTED_CLASS = "\"bad\" 'credit'";
    static final String TEXT = "a<b & c é";

    /** Tags the renderer itself writes; any other tag in a page came from data. */
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)");
    private static final List<String> OWN_TAGS = List.of("html", "head", "meta", "title", "style",
            "body", "header", "h1", "h2", "h3", "p", "section", "table", "tr", "th", "td",
            "strong", "span", "figure", "figcaption", "svg", "text", "g", "rect", "line", "div",
            "mark", "img", "ul", "li", "code", "pre", "br", "a");

    private static Explanation hostileExplanation() {
        double[] instance = {1, 0.5, -1, 2};
        return LogisticFixture.explain(instance, List.of(HOSTILE_NAME, "b", "c", "d"),
                List.of("good", QUOTED_CLASS));
    }

    @Test
    void hostileNamesAreEscaped() {
        String html = HtmlReport.render(hostileExplanation(),
                ReportContext.builder().text(TEXT).build());

        assertThat(html).doesNotContain("</script");
        assertThat(html).doesNotContain("<script");
        assertThat(html).doesNotContain("<img src=x");
        assertThat(html).doesNotContain("\"bad\"");
        assertThat(html).contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).contains("&quot;bad&quot; &#39;credit&#39;");
    }

    @Test
    void everyTagIsTheRenderersOwn() {
        String html = HtmlReport.render(hostileExplanation(),
                ReportContext.builder().text(TEXT).title(HOSTILE_NAME)
                        .inputDescription(HOSTILE_NAME).modelDescription(HOSTILE_NAME)
                        .rerunCommand(HOSTILE_NAME).build());
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            assertThat(OWN_TAGS).as("tag at offset %d", tags.start())
                    .contains(tags.group(2).toLowerCase(Locale.ROOT));
            if (tags.group(2).equalsIgnoreCase("img")) {
                assertThat(html.substring(tags.start())).startsWith("<img src=\"data:image/png");
            }
        }
    }

    @Test
    void textIsShownExactly() {
        String html = HtmlReport.render(hostileExplanation(),
                ReportContext.builder().text(TEXT).build());

        assertThat(html).contains("<div class=\"text\">a&lt;b &amp; c é</div>");
    }

    @Test
    void pageDeclaresUtf8AndLoadsNothing() {
        String html = HtmlReport.render(hostileExplanation());

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<meta charset=\"utf-8\">");
        assertThat(html).contains("Content-Security-Policy");
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(html).doesNotContain("<link");
        assertThat(html).doesNotContain("@import");
        assertThat(html).doesNotContain("url(");
    }

    @Test
    void decisionNamesStrongestConditions() {
        Explanation explanation = LogisticFixture.explain(new double[] {1, 0.5, -1, 2},
                List.of("a", "b", "c", "d"), List.of("no", "yes"));

        String decision = HtmlReport.decision(explanation);

        // p1 = sigmoid(2·a − b + 0.5·c): a and c push towards "yes", b against it.
        assertThat(decision).startsWith("The model predicted yes (0.73).");
        assertThat(decision).contains("The two conditions that pushed it most towards that"
                + " result were \u201Ca = 1.0\u201D (+");
        assertThat(decision).contains("and \u201Cc = -1.0\u201D (+");
        assertThat(decision).contains("the other way was \u201Cb = 0.5\u201D (-");
    }

    @Test
    void decisionForOtherLabelSaysSo() {
        Explanation explanation = LogisticFixture.explain(new double[] {-1, 0.5, -1, 2},
                List.of("a", "b", "c", "d"), List.of("no", "yes"));

        String decision = HtmlReport.decision(explanation);

        assertThat(decision).startsWith("The model predicted no (");
        assertThat(decision).contains("This explanation is about class yes (");
        assertThat(decision).contains("towards yes");
    }

    @Test
    void regressionDecisionGivesValue() {
        Explanation explanation = LogisticFixture.explainRegression(new double[] {1, 2});

        String decision = HtmlReport.decision(explanation);
        String html = HtmlReport.render(explanation);

        // y = 3·x0 − 2·x1 + 1 = 0 at (1, 2).
        assertThat(decision).startsWith("The model predicted 0.00.");
        assertThat(decision).contains("The condition that pushed it most upwards was \u201Cx0\u201D");
        assertThat(decision).contains("the other way was \u201Cx1\u201D");
        assertThat(html).contains("<th>Output column</th>");
    }

    @Test
    void auditSectionHasReproducibilityFacts() {
        Explanation explanation = hostileExplanation();
        String sha = ReportContext.sha256("row 0");
        String html = HtmlReport.render(explanation, ReportContext.builder()
                .modelFile("model.onnx", ReportContext.sha256(new byte[] {1, 2, 3}))
                .modelEndpoint("http://127.0.0.1:8080/predict")
                .inputDescription("row 0 of test.csv").inputSha256(sha)
                .rerunCommand("lime tabular --seed 7").build());
        String audit = html.substring(html.indexOf("<section id=\"audit\">"));

        assertThat(audit).contains("model.onnx");
        assertThat(audit).contains(ReportContext.sha256(new byte[] {1, 2, 3}));
        assertThat(audit).contains("http://127.0.0.1:8080/predict");
        assertThat(audit).contains(sha);
        assertThat(audit).contains("lime4j " + Version.get());
        assertThat(audit).contains("<th scope=\"row\">Seed</th><td>7</td>");
        assertThat(audit).contains("<th scope=\"row\">Samples</th><td>2000 ");
        assertThat(audit).contains("exponential, width 1.5");
        assertThat(audit).contains("Effective sample size");
        assertThat(audit).contains(String.format(Locale.ROOT, "%.4f",
                explanation.first().score()));
        assertThat(audit).contains("<code>sampling</code>");
        assertThat(audit).contains("<h3>Run</h3>\n<table>");
        assertThat(audit).contains("lime tabular --seed 7");
        assertThat(audit).contains("What LIME can and cannot show");
    }

    @Test
    void missingRunIsSaidNotRecorded() {
        String html = HtmlReport.render(hostileExplanation().withoutRun());

        assertThat(html).contains("Not recorded: this explanation was read without its run");
        assertThat(html).contains("<th scope=\"row\">Model</th><td>not recorded</td>");
    }

    @Test
    void chartHasOneBarPerWeight() {
        Explanation explanation = hostileExplanation();
        String html = HtmlReport.render(explanation);
        String chart = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));

        int bars = chart.split("<rect ", -1).length - 1;
        assertThat(bars).isEqualTo(explanation.first().weights().size());
        assertThat(chart).contains("fill=\"" + SvgChart.POSITIVE_COLOUR + "\"");
        assertThat(chart).contains("fill=\"" + SvgChart.NEGATIVE_COLOUR + "\"");
    }

    @Test
    void spansAreHighlighted() {
        String text = "good food, bad service";
        List<Feature> features = LogisticFixture.wordFeatures(text, "good", "bad", "service",
                "food");
        Explanation explanation = LogisticFixture.explainFeatures(new double[] {1, 0.5, -1, 2},
                features, List.of("negative", "positive"));

        String html = HtmlReport.render(explanation, ReportContext.builder().text(text).build());

        // Features 0..2 are selected; "good" pushes up, "bad" down, "food" is not selected.
        assertThat(html).contains("<mark class=\"pos\" title=\"good: +");
        assertThat(html).contains("\">good</mark> food, <mark class=\"neg\" title=\"bad: -");
        assertThat(html).doesNotContain("\">food</mark>");
    }

    @Test
    void spanOutsideTextIsReported() {
        List<Feature> features = LogisticFixture.wordFeatures("good food, bad service", "good",
                "bad", "service", "food");
        Explanation explanation = LogisticFixture.explainFeatures(new double[] {1, 0.5, -1, 2},
                features, List.of("negative", "positive"));

        String html = HtmlReport.render(explanation, ReportContext.builder().text("good").build());

        assertThat(html).contains("<div class=\"text\"><mark class=\"pos\"");
        assertThat(html).contains("2 highlighted spans overlap another span or lie outside");
    }

    @Test
    void imagesAreDataUris() {
        byte[] png = ChartPng.render(hostileExplanation().first());
        String html = HtmlReport.render(hostileExplanation(), ReportContext.builder()
                .addImage(new ReportImage(HOSTILE_NAME, png)).build());

        assertThat(html).contains("<img src=\"data:image/png;base64,"
                + java.util.Base64.getEncoder().encodeToString(png) + "\" alt=\"&lt;/script");
    }

    @Test
    void instanceTableListsValues() {
        String html = HtmlReport.render(hostileExplanation());
        String instance = html.substring(html.indexOf("<section id=\"instance\">"));

        assertThat(instance).contains("<tr><td>b</td><td>0.5</td><td>b = 0.5</td><td class=\"num\">-");
        assertThat(instance).contains("<tr><td>d</td><td>2.0</td><td>d = 2.0</td>"
                + "<td class=\"num\">not selected</td></tr>");
    }
}
