package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.Predictor;

/** Runs the example in the {@link TabularExplainer} class comment and in docs/tabular.md. */
class ExampleTest {
    @Test
    void classCommentExampleRuns() {
        Random random = new Random(1);
        double[][] trainingRows = new double[200][];
        for (int r = 0; r < trainingRows.length; r++) {
            trainingRows[r] = new double[] {6 + random.nextInt(60), random.nextInt(3)};
        }
        double[] row = {60, 2};
        // Refuses long loans and blue ones.
        Predictor<double[]> model = batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                double[] x = batch.get(i);
                double bad = 1 / (1 + Math.exp(-(0.1 * (x[0] - 30) + (x[1] == 2 ? 1 : 0))));
                out[i] = new double[] {1 - bad, bad};
            }
            return out;
        };
        List<String> printed = new ArrayList<>();

        TabularExplainer explainer = TabularExplainer
                .builder(trainingRows, List.of(
                        Column.numeric("duration"),
                        Column.categorical("colour", "red", "green", "blue")))
                .classNames("good", "bad")
                .build();
        Explanation explanation = explainer.explain(row, model,
                ExplainOptions.builder().numFeatures(5).seed(42).build());
        for (FeatureWeight weight : explanation.label(1).weights()) {
            printed.add(weight.description() + " " + weight.weight());
        }

        assertThat(printed).hasSize(2);
        assertThat(printed.get(0)).startsWith("duration > ");
        assertThat(printed.get(1)).startsWith("colour=blue ");
        assertThat(explanation.label(1).weights()).allSatisfy(w -> assertThat(w.weight())
                .isPositive());
    }
}
