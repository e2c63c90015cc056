package org.lime4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.lime4j.core.Sampler;

/**
 * The tabular problem every tabular benchmark shares: the breast cancer rows at some width, the
 * logistic black box for that width, and row 0 as the explained instance. Immutable.
 *
 * @param rows the training rows
 * @param names the column names
 * @param model the black box
 */
record TabularFixture(double[][] rows, List<String> names, LogisticModel model) {

    /** Builds the problem with {@code columns} columns (30 is the original data). */
    static TabularFixture of(int columns) {
        return new TabularFixture(WideData.rows(columns), WideData.names(columns),
                LogisticModel.forColumns(columns));
    }

    /** Returns a copy of the explained instance, row 0. */
    double[] instance() {
        return rows[0].clone();
    }

    /**
     * Builds the model inputs of samples {@code 0 .. samples - 1} once, in batches, so that a
     * baseline can time the model alone on exactly the inputs an explanation sends it.
     *
     * @param <T> the model's input type
     * @param sampler the sampler whose inputs to copy
     * @param samples the sample count
     * @param batchSize the batch size the engine uses
     * @param seed the explanation's seed
     * @param copy copies one input, because workers reuse their buffers
     * @return the batches, each a list of fresh arrays
     */
    static <T> List<List<T>> modelInputs(Sampler<T> sampler, int samples, int batchSize,
            long seed, UnaryOperator<T> copy) {
        int d = sampler.features();
        Sampler.Worker<T> worker = sampler.newWorker(batchSize);
        double[] rowBuffer = new double[batchSize * d];
        double[] distanceBuffer = new double[batchSize];
        List<List<T>> batches = new ArrayList<>();
        for (int first = 0; first < samples; first += batchSize) {
            int count = Math.min(batchSize, samples - first);
            List<T> inputs = worker.fill(seed, first, count, rowBuffer, distanceBuffer);
            List<T> batch = new ArrayList<>(count);
            for (T input : inputs) {
                batch.add(copy.apply(input));
            }
            batches.add(batch);
        }
        return batches;
    }
}
