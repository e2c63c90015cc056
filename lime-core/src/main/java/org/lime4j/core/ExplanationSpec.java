package org.lime4j.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The description of an explained instance that an explainer passes to the engine, besides
 * its samples.
 *
 * @param explainer the kind of explainer, such as {@code tabular}
 * @param features the interpretable features, one per column of the sampler's rows
 * @param classNames the class names, or empty
 * @param defaultKernelWidth the kernel width when the options set none
 * @param configuration the explainer's own settings as text, recorded in the explanation
 */
public record ExplanationSpec(
        String explainer,
        List<Feature> features,
        List<String> classNames,
        double defaultKernelWidth,
        Map<String, String> configuration) {

    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException if a feature's index does not match its position
     */
    public ExplanationSpec {
        Objects.requireNonNull(explainer, "explainer");
        features = List.copyOf(features);
        classNames = List.copyOf(classNames);
        configuration = Map.copyOf(configuration);
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).index() != i) {
                throw new IllegalArgumentException("feature at position " + i + " has index "
                        + features.get(i).index());
            }
        }
    }
}
