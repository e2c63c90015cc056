package org.lime4j.core;

import java.util.List;

/**
 * A black-box model queried in batches.
 *
 * <p>The returned matrix has one row per input, in input order. For classification each row contains
 * the class probabilities; for regression a row contains one value, or several outputs of which the
 * explanation names one column. The engine never calls one predictor from two threads at once
 * unless {@link #isThreadSafe()} returns {@code true}.
 *
 * @param <T> the model's input type, for example {@code double[]} for a tabular row
 */
@FunctionalInterface
public interface Predictor<T> {

    /**
     * Predicts the outputs of one batch.
     *
     * @param batch the inputs, never empty
     * @return one row of outputs per input
     * @throws Exception any failure of the model; the engine wraps it in a
     *     {@link PredictionException} naming the batch and its samples
     */
    double[][] predict(List<T> batch) throws Exception;

    /**
     * Tells whether {@link #predict} may run on several threads at once. The default is
     * {@code false}, so the engine serializes calls; return {@code true} for a model whose prediction
     * is free of shared mutable state.
     *
     * @return whether concurrent calls are safe
     */
    default boolean isThreadSafe() {
        return false;
    }
}
