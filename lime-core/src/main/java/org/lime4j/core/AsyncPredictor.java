package org.lime4j.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A black-box model that predicts batches asynchronously, such as a model served over HTTP.
 *
 * <p>The engine keeps at most the configured parallelism of requests in flight, waits for each
 * at most the configured timeout, and cancels the returned future on timeout, failure of another
 * batch, or interruption.
 *
 * @param <T> the model's input type
 */
@FunctionalInterface
public interface AsyncPredictor<T> {

    /**
     * Starts predicting one batch.
     *
     * @param batch the inputs, never empty
     * @return a future of one row of outputs per input
     */
    CompletableFuture<double[][]> predictAsync(List<T> batch);
}
