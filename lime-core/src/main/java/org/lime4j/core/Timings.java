package org.lime4j.core;

/**
 * Wall-clock durations of the phases of one explanation, in nanoseconds. Sampling and prediction
 * overlap when batches run in parallel, so they are summed over batches and may exceed the total.
 *
 * @param samplingNanos time spent building perturbed samples, summed over batches
 * @param predictionNanos time spent in the model, summed over batches
 * @param fittingNanos time spent fitting the surrogates
 * @param totalNanos time from the start of the explanation to its result
 */
public record Timings(long samplingNanos, long predictionNanos, long fittingNanos, long totalNanos) {
    /** No timings recorded. */
    public static final Timings NONE = new Timings(0, 0, 0, 0);
}
