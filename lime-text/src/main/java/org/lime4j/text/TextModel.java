package org.lime4j.text;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lime4j.core.AsyncPredictor;
import org.lime4j.core.Predictor;

/**
 * A text model whose failures name the texts of the failing batch, so that a caller sees which
 * input the model could not score. Thread-safe when the wrapped model is.
 */
final class TextModel implements Predictor<String> {
    /** The number of texts quoted in a failure message. */
    private static final int QUOTED_TEXTS = 3;
    /** The number of characters quoted per text. */
    private static final int QUOTED_CHARS = 80;

    private final Predictor<String> model;

    TextModel(Predictor<String> model) {
        this.model = model;
    }

    @Override
    public double[][] predict(List<String> batch) throws Exception {
        try {
            return model.predict(batch);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new TextModelException(describe(batch) + ": " + e, e);
        }
    }

    @Override
    public boolean isThreadSafe() {
        return model.isThreadSafe();
    }

    /**
     * Wraps an asynchronous text model so that its failures name the texts of the failing
     * batch. Cancelling a returned future cancels the model's own future.
     */
    static AsyncPredictor<String> naming(AsyncPredictor<String> model) {
        return batch -> {
            // Described now, because after a timeout the engine may refill the batch list.
            String description = describe(batch);
            CompletableFuture<double[][]> future;
            try {
                future = model.predictAsync(batch);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(
                        new TextModelException(description + ": " + e, e));
            }
            if (future == null) {
                return null;
            }
            CompletableFuture<double[][]> named = new CompletableFuture<>() {
                @Override
                public boolean cancel(boolean mayInterruptIfRunning) {
                    future.cancel(mayInterruptIfRunning);
                    return super.cancel(mayInterruptIfRunning);
                }
            };
            future.whenComplete((output, error) -> {
                if (error == null) {
                    named.complete(output);
                } else {
                    Throwable cause = error instanceof CompletionException
                            && error.getCause() != null ? error.getCause() : error;
                    named.completeExceptionally(
                            new TextModelException(description + ": " + cause, cause));
                }
            });
            return named;
        };
    }

    /**
     * Adapts an asynchronous model to one blocking call, for the single call on a text without
     * tokens.
     *
     * @param timeout the longest wait, or null to wait without limit
     */
    static Predictor<String> blocking(AsyncPredictor<String> model, Duration timeout) {
        return batch -> {
            CompletableFuture<double[][]> future = model.predictAsync(batch);
            if (future == null) {
                throw new IllegalStateException("the asynchronous predictor returned no future");
            }
            try {
                return timeout == null
                        ? future.get() : future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new TimeoutException("the model returned no result within the timeout of "
                        + timeout + "; raise it with ExplainOptions.timeout(...)");
            } catch (InterruptedException e) {
                future.cancel(true);
                throw e;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }

    /** Describes a batch by its size and its first texts, quoted and shortened. */
    static String describe(List<String> batch) {
        StringBuilder message = new StringBuilder("the model failed on ");
        message.append(batch.size() == 1 ? "the text " : batch.size() + " texts, ");
        int shown = Math.min(QUOTED_TEXTS, batch.size());
        if (batch.size() > 1) {
            message.append(shown == batch.size() ? "" : "the first " + shown + " being ");
        }
        for (int i = 0; i < shown; i++) {
            message.append(i == 0 ? "" : ", ").append(quote(batch.get(i)));
        }
        return message.toString();
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() <= QUOTED_CHARS
                ? text : text.substring(0, QUOTED_CHARS) + "...";
        return '"' + shown + '"';
    }

    /** A model failure on a batch of texts, quoting them; the cause is the model's exception. */
    static final class TextModelException extends Exception {
        private static final long serialVersionUID = 1L;

        TextModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
