package org.lime4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportIndexTest {
    @Test
    void rowsShowSummariesAndErrors() {
        String html = ReportIndex.render("Loans", "model m.onnx", List.of(
                ReportIndex.Entry.explained("row 1", "row-1.html", "The model predicted bad."),
                ReportIndex.Entry.failed("row 2", HtmlReportTest.HOSTILE_NAME)));

        assertThat(html).contains("<p id=\"counts\">1 explained, 1 failed.</p>");
        assertThat(html).contains("<a href=\"row-1.html\">row-1.html</a>");
        assertThat(html).contains("<td class=\"error\">&lt;/script&gt;&lt;img");
        assertThat(html).doesNotContain("</script");
        assertThat(html).contains("<meta charset=\"utf-8\">");
    }

    @Test
    void linkWithSchemeIsRejected() {
        assertThatThrownBy(() -> ReportIndex.Entry.explained("row 1", "javascript:alert(1)", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative file name");
    }

    @Test
    void entryNeedsSummaryOrError() {
        assertThatThrownBy(() -> new ReportIndex.Entry("row 1", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1");
    }
}
