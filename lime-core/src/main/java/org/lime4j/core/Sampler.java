package org.lime4j.core;

import java.util.List;

/**
 * The extension point through which an explainer builds perturbed samples of one instance.
 *
 * <p>Sample 0 is the instance itself, at distance 0. Every other sample {@code i} must depend
 * only on the seed and {@code i}: draw its randomness from {@link SampleRandom#reset(long, long)
 * random.reset(seed, i)}. The engine creates one {@link Worker} per thread, so workers need not
 * be thread-safe, but the sampler itself must be.
 *
 * @param <T> the model's input type
 */
public interface Sampler<T> {

    /**
     * Returns the number of interpretable features {@code d}.
     *
     * @return {@code d}, at least 1
     */
    int features();

    /**
     * Returns the interpretable representation of the instance (sample 0).
     *
     * @return a new array of length {@link #features()}
     */
    double[] instanceRow();

    /**
     * Tells whether every interpretable value is 0 or 1, so explanations with many features can
     * store each row as a bit set. The default is {@code false}.
     *
     * @return whether the rows are binary
     */
    default boolean binary() {
        return false;
    }

    /**
     * Creates the per-thread state that fills batches.
     *
     * @param capacity the largest batch the worker will fill
     * @return a new worker
     */
    Worker<T> newWorker(int capacity);

    /**
     * Fills batches of samples for one thread, reusing its buffers between batches.
     *
     * @param <T> the model's input type
     */
    interface Worker<T> {
        /**
         * Builds the samples {@code first .. first + count - 1}.
         *
         * @param seed the explanation's seed
         * @param first the index of the first sample
         * @param count the number of samples
         * @param rows receives the interpretable rows, row-major, {@code count × d}
         * @param distances receives each sample's distance to the instance
         * @return the model inputs, one per sample, valid until the next call
         */
        List<T> fill(long seed, int first, int count, double[] rows, double[] distances);
    }
}
