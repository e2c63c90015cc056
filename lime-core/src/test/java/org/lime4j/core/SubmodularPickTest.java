package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pick covers the important features with few explanations. */
class SubmodularPickTest {

    /** Builds an explanation whose label 1 has the given feature weights. */
    private static Explanation withWeights(Map<Integer, Double> weights) {
        List<Feature> features = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            features.add(Feature.of(j, "f" + j));
        }
        List<FeatureWeight> list = new ArrayList<>();
        weights.forEach((feature, weight) -> list.add(new FeatureWeight(feature, "f" + feature,
                weight)));
        LabelExplanation label = new LabelExplanation(1, "1", 0, list, 1, 0, 0);
        return new Explanation(Explanation.SCHEMA_VERSION, "test", "test", Task.CLASSIFICATION,
                features, List.of(label), new double[] {0.5, 0.5}, List.of(), 0, 10, 1,
                "exponential", 10, FeatureSelection.AUTO, FeatureSelection.FORWARD_SELECTION, 2,
                4, Map.of(), List.of(), null);
    }

    @Test
    void pickCoversDistinctFeatures() {
        List<Explanation> explanations = List.of(
                withWeights(Map.of(0, 1.0, 1, 0.1)),
                withWeights(Map.of(0, 0.9, 1, 0.2)),
                withWeights(Map.of(2, 0.8, 3, 0.7)),
                withWeights(Map.of(0, 0.5)));

        List<Integer> picked = SubmodularPick.pick(explanations, 1, 2);

        // Importance: f0 = sqrt(2.4) = 1.55, f1 = sqrt(0.3) = 0.55, f2 = sqrt(0.8) = 0.89,
        // f3 = sqrt(0.7) = 0.84. Explanation 0 covers f0 + f1 (2.10, tied with 1, lower index
        // wins) against 1.73 for explanation 2; then only explanation 2 adds new features.
        assertThat(picked).containsExactly(0, 2);
    }

    @Test
    void budgetAboveCountPicksAll() {
        List<Explanation> explanations = List.of(withWeights(Map.of(0, 1.0)),
                withWeights(Map.of(1, 1.0)));
        assertThat(SubmodularPick.pick(explanations, 1, 5)).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void zeroBudgetIsRejected() {
        assertThatThrownBy(() -> SubmodularPick.pick(List.of(), 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budget must be at least 1, got 0");
    }
}
