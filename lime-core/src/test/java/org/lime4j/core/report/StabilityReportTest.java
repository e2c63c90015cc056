package org.lime4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lime4j.core.Explanation;
import org.lime4j.core.Stability;

/** The audit section states how stable the explanation is under other seeds. */
class StabilityReportTest {
    private static final double[] INSTANCE = {1.0, 0.5, -0.3, 2.0};

    @Test
    void measuredStabilityIsShown() {
        List<String> names = List.of("income <b>", "debt", "age", "noise");
        List<Explanation> runs = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            runs.add(LogisticFixture.explain(INSTANCE, names, List.of("good", "bad")));
        }
        Stability stability = Stability.compare(runs, 1);
        String html = HtmlReport.render(runs.get(0),
                ReportContext.builder().stability(stability).build());

        assertThat(html).contains("<h3>Stability</h3>");
        assertThat(html).contains("Mean Jaccard index of the selected features");
        assertThat(html).contains("income &lt;b&gt;");
        assertThat(html).doesNotContain("income <b>");
        assertThat(html).doesNotContain("Not measured");
    }

    @Test
    void missingStabilityIsStated() {
        Explanation explanation = LogisticFixture.explain(INSTANCE,
                List.of("a", "b", "c", "d"), List.of("no", "yes"));
        String html = HtmlReport.render(explanation, ReportContext.empty());

        assertThat(html).contains("<h3>Stability</h3>");
        assertThat(html).contains("Not measured");
    }

    @Test
    void withStabilityKeepsTheOtherFacts() {
        ReportContext context = ReportContext.builder().title("t").rerunCommand("lime x").build();
        Explanation explanation = LogisticFixture.explain(INSTANCE,
                List.of("a", "b", "c", "d"), List.of("no", "yes"));
        Stability stability = Stability.compare(List.of(explanation, explanation), 1);
        ReportContext copy = context.withStability(stability);

        assertThat(copy.title()).isEqualTo("t");
        assertThat(copy.rerunCommand()).isEqualTo("lime x");
        assertThat(copy.stability()).isSameAs(stability);
    }
}
