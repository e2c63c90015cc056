package org.lime4j.core;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/** Calls a synchronous or asynchronous predictor for one batch, with the timeout applied. */
abstract class BatchCaller<T> {

    abstract double[][] call(List<T> batch) throws Exception;

    static <T> BatchCaller<T> of(Predictor<T> predictor) {
        if (predictor.isThreadSafe()) {
            return new BatchCaller<>() {
                @Override
                double[][] call(List<T> batch) throws Exception {
                    return predictor.predict(batch);
                }
            };
        }
        // An interruptible lock, so a thread waiting for another thread's call can be interrupted.
        ReentrantLock lock = new ReentrantLock();
        return new BatchCaller<>() {
            @Override
            double[][] call(List<T> batch) throws Exception {
                lock.lockInterruptibly();
                try {
                    return predictor.predict(batch);
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    static <T> BatchCaller<T> of(AsyncPredictor<T> predictor, Duration timeout) {
        return new BatchCaller<>() {
            @Override
            double[][] call(List<T> batch) throws Exception {
                CompletableFuture<double[][]> future = predictor.predictAsync(batch);
                if (future == null) {
                    throw new IllegalStateException("the asynchronous predictor returned no future");
                }
                try {
                    if (timeout == null) {
                        return future.get();
                    }
                    return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    future.cancel(true);
                    TimeoutException timedOut = new TimeoutException(
                            "the model returned no result within the timeout of " + timeout
                                    + "; raise it with ExplainOptions.timeout(...)");
                    timedOut.initCause(e);
                    throw timedOut;
                } catch (InterruptedException e) {
                    future.cancel(true);
                    throw e;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    if (cause instanceof Exception exception) {
                        throw exception;
                    }
                    throw e;
                } catch (CancellationException e) {
                    throw new IllegalStateException("the prediction was cancelled", e);
                }
            }
        };
    }
}
