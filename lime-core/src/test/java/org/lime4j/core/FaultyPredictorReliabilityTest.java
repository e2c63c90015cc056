package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Models that fail, return invalid output, hang or are interrupted. Each must end the
 * explanation with one {@link PredictionException} that names the batch, its samples and the
 * cause, in bounded time, with no engine thread still inside the model, and must leave the
 * sampler usable for the next explanation with a good model.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FaultyPredictorReliabilityTest {
    private static final int FEATURES = 6;
    private static final int SAMPLES = 1000;
    private static final int BATCH = 100;
    private static final long SEED = 17;

    private final Sampler<double[]> sampler = TestSamplers.binary(FEATURES);

    private static ExplainOptions options(int parallelism) {
        return ExplainOptions.builder().seed(SEED).numSamples(SAMPLES).batchSize(BATCH)
                .parallelism(parallelism).numFeatures(3).build();
    }

    private Explanation explain(Predictor<double[]> model, int parallelism) {
        return LimeEngine.explain(sampler, model, options(parallelism),
                TestSamplers.spec(FEATURES, "no", "yes"));
    }

    /**
     * Counts the calls that entered and left a model, so a test can prove that every call
     * returned. The counters live outside the model so that a fault cannot skip them.
     */
    private static final class Tracker {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger active = new AtomicInteger();

        Predictor<double[]> wrap(Predictor<double[]> model, boolean threadSafe) {
            return new Predictor<>() {
                @Override
                public double[][] predict(List<double[]> batch) throws Exception {
                    calls.incrementAndGet();
                    active.incrementAndGet();
                    try {
                        return model.predict(batch);
                    } finally {
                        active.decrementAndGet();
                    }
                }

                @Override
                public boolean isThreadSafe() {
                    return threadSafe;
                }
            };
        }

        /** Waits at most one second for every call to return, then checks the engine threads. */
        void assertAllCallsReturned() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            while (active.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(active.get()).as("model calls still running").isZero();
            assertThat(workersInsideThisTest()).as("engine workers still inside the model")
                    .isEmpty();
        }
    }

    /** Lists the live engine workers whose stack passes through a class of this test. */
    private static List<String> workersInsideThisTest() {
        List<String> inside = new ArrayList<>();
        String prefix = FaultyPredictorReliabilityTest.class.getName();
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (!thread.getName().startsWith("lime4j-worker-") || !thread.isAlive()) {
                continue;
            }
            for (StackTraceElement frame : entry.getValue()) {
                if (frame.getClassName().startsWith(prefix)) {
                    inside.add(thread.getName() + " " + thread.getState() + " at " + frame);
                    break;
                }
            }
        }
        return inside;
    }

    private static double[][] logistic(List<double[]> batch) throws Exception {
        return TestSamplers.logistic().predict(batch);
    }

    /** Checks that the message names the batch and its sample range as the exception reports. */
    private static void assertNamesBatch(PredictionException error) {
        assertThat(error.batch()).isBetween(0, SAMPLES / BATCH - 1);
        assertThat(error.firstSample()).isEqualTo(error.batch() * BATCH);
        assertThat(error.lastSample()).isEqualTo(error.firstSample() + BATCH - 1);
        assertThat(error.getMessage()).contains("batch " + error.batch() + " (samples "
                + error.firstSample() + ".." + error.lastSample() + ")");
    }

    /** Explains again with a good model and compares with an explanation that never failed. */
    private void assertSamplerStillWorks(int parallelism) {
        String expected = ExplanationJson.toCanonicalJson(LimeEngine.explain(
                TestSamplers.binary(FEATURES), TestSamplers.logistic(), options(1),
                TestSamplers.spec(FEATURES, "no", "yes")));
        String actual = ExplanationJson.toCanonicalJson(
                explain(TestSamplers.logistic(), parallelism));
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2, 4})
    void throwingOnThirdBatchFailsOnce(int parallelism) throws Exception {
        Tracker tracker = new Tracker();
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException cause = new IllegalStateException("model server lost its session");
        Predictor<double[]> model = tracker.wrap(batch -> {
            if (calls.incrementAndGet() == 3) {
                throw cause;
            }
            return logistic(batch);
        }, parallelism == 4);

        PredictionException error = catchThrowableOfType(PredictionException.class,
                () -> explain(model, parallelism));

        assertThat(error).isNotNull();
        assertThat(error.getCause()).isSameAs(cause);
        assertThat(error.getMessage()).contains("failed in the model")
                .contains("model server lost its session");
        assertNamesBatch(error);
        if (parallelism == 1) {
            assertThat(error.batch()).isEqualTo(2);
            assertThat(tracker.calls.get()).as("model calls").isEqualTo(3);
        }
        assertThat(error.getSuppressed()).isEmpty();
        tracker.assertAllCallsReturned();
        assertSamplerStillWorks(parallelism);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void nanOutputNamesSampleAndColumn(int parallelism) throws Exception {
        Tracker tracker = new Tracker();
        AtomicInteger calls = new AtomicInteger();
        Predictor<double[]> model = tracker.wrap(batch -> {
            double[][] out = logistic(batch);
            if (calls.incrementAndGet() == 2) {
                out[5][1] = Double.NaN;
            }
            return out;
        }, false);

        PredictionException error = catchThrowableOfType(PredictionException.class,
                () -> explain(model, parallelism));

        assertThat(error).isNotNull();
        assertNamesBatch(error);
        assertThat(error.getMessage()).contains("returned invalid output")
                .contains("NaN for sample " + (error.firstSample() + 5) + ", column 1")
                .contains("finite");
        tracker.assertAllCallsReturned();
        assertSamplerStillWorks(parallelism);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void infiniteRegressionOutputIsRejected(int parallelism) throws Exception {
        Tracker tracker = new Tracker();
        Predictor<double[]> model = tracker.wrap(batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new double[] {batch.get(i)[0] == 0 && batch.get(i)[1] == 0
                        ? Double.POSITIVE_INFINITY : batch.get(i)[0]};
            }
            return out;
        }, false);

        PredictionException error = catchThrowableOfType(PredictionException.class,
                () -> LimeEngine.explain(sampler, model,
                options(parallelism).toBuilder().task(Task.REGRESSION).build(),
                TestSamplers.spec(FEATURES)));

        assertThat(error).isNotNull();
        assertNamesBatch(error);
        assertThat(error.getMessage()).contains("Infinity for sample");
        tracker.assertAllCallsReturned();
        assertSamplerStillWorks(parallelism);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void missingRowIsRejected(int parallelism) throws Exception {
        Tracker tracker = new Tracker();
        AtomicInteger calls = new AtomicInteger();
        Predictor<double[]> model = tracker.wrap(batch -> {
            double[][] out = logistic(batch);
            if (calls.incrementAndGet() == 3) {
                double[][] shorter = new double[out.length - 1][];
                System.arraycopy(out, 0, shorter, 0, shorter.length);
                return shorter;
            }
            return out;
        }, false);

        PredictionException error = catchThrowableOfType(PredictionException.class,
                () -> explain(model, parallelism));

        assertThat(error).isNotNull();
        assertNamesBatch(error);
        assertThat(error.getMessage())
                .contains("returned " + (BATCH - 1) + " rows for a batch of " + BATCH);
        tracker.assertAllCallsReturned();
        assertSamplerStillWorks(parallelism);
    }

    @Test
    void extraRowsAndNullAreRejected() throws Exception {
        Predictor<double[]> extra = batch -> {
            double[][] out = logistic(batch);
            double[][] longer = new double[out.length + 1][];
            System.arraycopy(out, 0, longer, 0, out.length);
            longer[out.length] = new double[] {0.5, 0.5};
            return longer;
        };
        assertThatThrownBy(() -> explain(extra, 2)).isInstanceOf(PredictionException.class)
                .hasMessageContaining("returned " + (BATCH + 1) + " rows for a batch of " + BATCH);

        assertThatThrownBy(() -> explain(batch -> null, 2)).isInstanceOf(PredictionException.class)
                .hasMessageContaining("returned null instead of " + BATCH + " rows");

        Predictor<double[]> nullRow = batch -> {
            double[][] out = logistic(batch);
            out[3] = null;
            return out;
        };
        assertThatThrownBy(() -> explain(nullRow, 1)).isInstanceOf(PredictionException.class)
                .hasMessageContaining("null row for sample 3");
        assertSamplerStillWorks(2);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void changingColumnCountIsRejected(int parallelism) throws Exception {
        Tracker tracker = new Tracker();
        AtomicInteger calls = new AtomicInteger();
        Predictor<double[]> model = tracker.wrap(batch -> {
            double[][] out = logistic(batch);
            if (calls.incrementAndGet() == 4) {
                out[7] = new double[] {0.2, 0.3, 0.5};
            }
            return out;
        }, false);

        PredictionException error = catchThrowableOfType(PredictionException.class,
                () -> explain(model, parallelism));

        assertThat(error).isNotNull();
        assertNamesBatch(error);
        assertThat(error.getMessage()).contains("returned 3 columns for sample "
                + (error.firstSample() + 7) + " but 2 for earlier samples");
        tracker.assertAllCallsReturned();
        assertSamplerStillWorks(parallelism);
    }

    @Test
    void emptyRowsAreRejected() {
        Predictor<double[]> model = batch -> new double[batch.size()][0];
        assertThatThrownBy(() -> explain(model, 2)).isInstanceOf(PredictionException.class)
                .hasMessageContaining("returned 0 column per row");
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void negativeProbabilityIsRejected(int parallelism) throws Exception {
        Tracker tracker = new Tracker();
        AtomicInteger calls = new AtomicInteger();
        Predictor<double[]> model = tracker.wrap(batch -> {
            double[][] out = logistic(batch);
            if (calls.incrementAndGet() == 3) {
                out[0] = new double[] {-0.25, 1.25};
            }
            return out;
        }, false);

        PredictionException error = catchThrowableOfType(PredictionException.class,
                () -> explain(model, parallelism));

        assertThat(error).isNotNull();
        assertNamesBatch(error);
        assertThat(error.getMessage()).contains("probability -0.25 for sample "
                + error.firstSample() + ", class 0").contains("[0, 1]");
        tracker.assertAllCallsReturned();
        assertSamplerStillWorks(parallelism);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void asyncModelPastTimeoutFailsInTime(int parallelism) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<CompletableFuture<double[][]>> futures = new ArrayList<>();
        AsyncPredictor<double[]> model = batch -> {
            if (calls.incrementAndGet() == 2) {
                CompletableFuture<double[][]> never = new CompletableFuture<>();
                synchronized (futures) {
                    futures.add(never);
                }
                return never;
            }
            try {
                return CompletableFuture.completedFuture(logistic(batch));
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        };
        ExplainOptions timed = options(parallelism).toBuilder()
                .timeout(Duration.ofMillis(200)).build();

        long start = System.nanoTime();
        PredictionException error = catchThrowableOfType(PredictionException.class,
                () -> LimeEngine.explain(sampler, model,
                timed, TestSamplers.spec(FEATURES, "no", "yes")));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(error).isNotNull();
        assertNamesBatch(error);
        assertThat(error.getCause()).isInstanceOf(TimeoutException.class);
        assertThat(error.getMessage()).contains("PT0.2S").contains("timeout");
        assertThat(elapsedMillis).as("time to fail, in ms").isLessThan(5000);
        assertThat(futures).hasSize(1);
        assertThat(futures.get(0).isCancelled()).as("the timed-out future is cancelled").isTrue();
        Thread.sleep(100);
        assertThat(workersInsideThisTest()).isEmpty();
        assertSamplerStillWorks(parallelism);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void asyncFailedFutureNamesCause(int parallelism) {
        AtomicInteger calls = new AtomicInteger();
        AsyncPredictor<double[]> model = batch -> {
            if (calls.incrementAndGet() == 3) {
                return CompletableFuture.failedFuture(new java.io.IOException("HTTP 503"));
            }
            try {
                return CompletableFuture.completedFuture(logistic(batch));
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        };
        PredictionException error = catchThrowableOfType(PredictionException.class,
                () -> LimeEngine.explain(sampler, model,
                options(parallelism), TestSamplers.spec(FEATURES, "no", "yes")));

        assertThat(error).isNotNull();
        assertNamesBatch(error);
        assertThat(error.getCause()).isInstanceOf(java.io.IOException.class);
        assertThat(error.getMessage()).contains("HTTP 503");
    }

    /**
     * Interrupts the calling thread while the model blocks. With parallelism above 1 the model is
     * called from engine workers too, and a model that is not thread-safe makes the calling
     * thread wait for another thread's call, so the interrupt must reach that wait as well.
     */
    @ParameterizedTest(name = "parallelism {0}, thread-safe model {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1, false", "2, false", "4, false", "4, true"})
    void interruptedCallerStopsBlockedModel(int parallelism, boolean threadSafe) throws Exception {
        Tracker tracker = new Tracker();
        CountDownLatch entered = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Predictor<double[]> model = tracker.wrap(batch -> {
            if (calls.incrementAndGet() >= 2) {
                entered.countDown();
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            }
            return logistic(batch);
        }, threadSafe);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flagAfter = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                explain(model, parallelism);
            } catch (Throwable e) {
                thrown.set(e);
            }
            flagAfter.set(Thread.currentThread().isInterrupted());
        }, "explaining-caller");

        caller.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the model was called twice").isTrue();
        Thread.sleep(50);
        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(caller.isAlive()).as("the caller returned after the interrupt").isFalse();
        assertThat(thrown.get()).isInstanceOf(PredictionException.class);
        PredictionException error = (PredictionException) thrown.get();
        assertThat(error.getMessage()).contains("interrupted");
        assertThat(error.getCause()).isInstanceOf(InterruptedException.class);
        assertThat(flagAfter.get()).as("interrupt flag restored").isTrue();
        tracker.assertAllCallsReturned();
        assertSamplerStillWorks(parallelism);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void alreadyInterruptedCallerFailsAtOnce(int parallelism) throws Exception {
        Tracker tracker = new Tracker();
        Predictor<double[]> model = tracker.wrap(FaultyPredictorReliabilityTest::logistic, true);
        Thread.currentThread().interrupt();
        Throwable error;
        boolean flagAfter;
        try {
            error = org.assertj.core.api.Assertions.catchThrowable(
                    () -> explain(model, parallelism));
        } finally {
            flagAfter = Thread.interrupted();
        }

        assertThat(error).isInstanceOf(PredictionException.class)
                .hasMessageContaining("interrupted before it started")
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(flagAfter).as("interrupt flag kept").isTrue();
        if (parallelism == 1) {
            assertThat(tracker.calls.get()).as("model calls").isZero();
        }
        tracker.assertAllCallsReturned();
        assertSamplerStillWorks(parallelism);
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void errorInModelIsReportedAndStopsWorkers(int parallelism) throws Exception {
        Tracker tracker = new Tracker();
        AtomicInteger calls = new AtomicInteger();
        Predictor<double[]> model = tracker.wrap(batch -> {
            if (calls.incrementAndGet() == 3) {
                throw new AssertionError("model invariant broken");
            }
            Thread.sleep(5);
            return logistic(batch);
        }, true);

        Throwable error = org.assertj.core.api.Assertions.catchThrowable(
                () -> explain(model, parallelism));

        assertThat(error).isInstanceOf(PredictionException.class)
                .hasMessageContaining("model invariant broken");
        assertNamesBatch((PredictionException) error);
        tracker.assertAllCallsReturned();
        int callsAfterFailure = tracker.calls.get();
        Thread.sleep(100);
        assertThat(tracker.calls.get()).as("no model call after the failure")
                .isEqualTo(callsAfterFailure);
        assertSamplerStillWorks(parallelism);
    }

    @Test
    void failingSamplerIsNamedAsSampling() {
        Sampler<double[]> broken = new Sampler<>() {
            @Override
            public int features() {
                return FEATURES;
            }

            @Override
            public double[] instanceRow() {
                return sampler.instanceRow();
            }

            @Override
            public Worker<double[]> newWorker(int capacity) {
                Worker<double[]> good = sampler.newWorker(capacity);
                return (seed, first, count, rows, distances) -> {
                    if (first >= 300) {
                        throw new IllegalArgumentException("no perturbation for sample " + first);
                    }
                    return good.fill(seed, first, count, rows, distances);
                };
            }
        };
        assertThatThrownBy(() -> LimeEngine.explain(broken, TestSamplers.logistic(), options(1),
                TestSamplers.spec(FEATURES, "no", "yes")))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("batch 3 (samples 300..399) could not be sampled")
                .hasMessageContaining("no perturbation for sample 300");
    }
}
