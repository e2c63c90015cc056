package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;

/** Settings given as text: known names parse, unknown names are rejected with the choices. */
class ConfigurationTest {
    private static TabularExplainer.Builder builder() {
        return TabularExplainer.builder(new double[][] {{1, 0}, {2, 1}, {3, 0}, {4, 1}},
                List.of(Column.numeric("x"), Column.categorical("y", "no", "yes")));
    }

    @Test
    void misspelledModeIsRejected() {
        assertThatThrownBy(() -> builder().configure(Map.of("samplingMode", "continous")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown sampling mode 'continous'")
                .hasMessageContaining("discretized, continuous_around_mean,"
                        + " continuous_around_instance");
    }

    @Test
    void unknownDiscretizerIsRejected() {
        assertThatThrownBy(() -> Discretizer.parse("quintile"))
                .hasMessageContaining("allowed values are: quartile, decile, entropy");
        assertThatThrownBy(() -> ColumnType.parse("text"))
                .hasMessageContaining("numeric, integer, categorical");
    }

    @Test
    void unknownSettingIsRejected() {
        assertThatThrownBy(() -> builder().configure(Map.of("mode", "discretized")))
                .hasMessageContaining("unknown setting 'mode'")
                .hasMessageContaining("samplingMode");
        assertThatThrownBy(() -> builder().configure(Map.of("allowUnseenCategories", "yes")))
                .hasMessageContaining("true or false");
    }

    @Test
    void settingsAreRecordedInTheExplanation() {
        TabularExplainer explainer = builder()
                .configure(Map.of("samplingMode", "Continuous-Around-Instance", "decimals", "3"))
                .build();

        Explanation explanation = explainer.explain(new double[] {2, 1}, Models.P_LIN,
                ExplainOptions.builder().numSamples(100).build());

        assertThat(explainer.samplingMode()).isEqualTo(SamplingMode.CONTINUOUS_AROUND_INSTANCE);
        assertThat(explanation.configuration())
                .containsEntry("samplingMode", "continuous_around_instance")
                .containsEntry("decimals", "3")
                .containsEntry("distance", "euclidean");
        assertThat(explanation.features().get(0).description()).isEqualTo("x");
        assertThat(explanation.features().get(1).description()).isEqualTo("y=yes");
        assertThat(explanation.kernelWidth()).isEqualTo(0.75 * Math.sqrt(2));
    }
}
