package org.lime4j.core;

import java.util.List;
import java.util.Objects;

/**
 * The surrogate fitted for one explained output: a class for classification, the value for
 * regression.
 *
 * <p>The surrogate is {@code g(z) = intercept + Σ weight_j · z_j} over the selected features, where
 * {@code z} is the interpretable representation of a sample. {@code localPrediction} is
 * {@code g} at the instance and {@code modelPrediction} the black box's own output there.
 *
 * @param label the output column explained
 * @param labelName the class name, or the column number as text when none was given
 * @param intercept the surrogate's intercept
 * @param weights the selected features, largest {@code |weight|} first; empty when none was usable
 * @param score the surrogate's weighted R² on the perturbed samples
 * @param localPrediction the surrogate's value at the instance
 * @param modelPrediction the model's output at the instance
 */
public record LabelExplanation(
        int label,
        String labelName,
        double intercept,
        List<FeatureWeight> weights,
        double score,
        double localPrediction,
        double modelPrediction) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if {@code labelName} or {@code weights} is null
     */
    public LabelExplanation {
        Objects.requireNonNull(labelName, "labelName");
        weights = List.copyOf(weights);
    }

    /**
     * Returns the weight of one feature, or 0 when the surrogate did not select it.
     *
     * @param feature the feature index
     * @return the coefficient
     */
    public double weightOf(int feature) {
        for (FeatureWeight weight : weights) {
            if (weight.feature() == feature) {
                return weight.weight();
            }
        }
        return 0.0;
    }
}
