package org.lime4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.kogito.explainability.model.Saliency;
import org.lime4j.core.Explanation;
import org.lime4j.core.LabelExplanation;
import org.tribuo.classification.explanations.lime.LIMEExplanation;

/** Runs each benchmark method of the peer group once and checks that it did real work. */
class TabularPeersBenchmarkTest {
    private static final TabularPeersBenchmark BENCHMARK = new TabularPeersBenchmark();

    @BeforeAll
    static void setUp() {
        BENCHMARK.setUp();
    }

    @Test
    void lime4jExplainsTenFeatures() {
        Explanation explanation = BENCHMARK.lime4jCoreGaussian();
        LabelExplanation label = explanation.label(1);
        assertThat(explanation.numSamples()).isEqualTo(5000);
        assertThat(label.weights()).hasSize(10);
        assertThat(label.score()).isBetween(0.0, 1.0);
    }

    @Test
    void tribuoSelectsAtMostTenFeatures() {
        LIMEExplanation explanation = BENCHMARK.tribuoLimeBase();
        assertThat(explanation.getActiveFeatures()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void trustyAiScoresTenFeatures() {
        Map<String, Saliency> saliency = BENCHMARK.trustyAiLime();
        assertThat(saliency).containsKey("benign");
        assertThat(saliency.get("benign").getPerFeatureImportance()).hasSize(10);
    }

    @Test
    void baselineConsumesEveryBatch() {
        BENCHMARK.modelBaseline(Blackholes.create());
    }
}
