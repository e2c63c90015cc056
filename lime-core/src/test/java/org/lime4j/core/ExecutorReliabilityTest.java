package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Caller-supplied executors that are busy, run tasks in the calling thread, reject tasks, or
 * are the very pool the explanation runs on. Each must give the same explanation as the shared
 * pool, without waiting for the executor to become free.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ExecutorReliabilityTest {
    private static final int FEATURES = 6;

    private static ExplainOptions.Builder options() {
        return ExplainOptions.builder().seed(23).numSamples(2000).batchSize(50).parallelism(4);
    }

    private static String explain(ExplainOptions options) {
        return ExplanationJson.toCanonicalJson(LimeEngine.explain(TestSamplers.binary(FEATURES),
                TestSamplers.logistic(), options, TestSamplers.spec(FEATURES, "no", "yes")));
    }

    private static final String EXPECTED = explain(options().parallelism(1).build());

    @Test
    void busyExecutorIsNotWaitedFor() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(explain(options().executor(pool).build())).isEqualTo(EXPECTED);
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void explanationOnItsOwnSingleThreadPoolFinishes() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> result = pool.submit(() -> explain(options().executor(pool).build()));
            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(EXPECTED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void directExecutorGivesSameResult() {
        Executor direct = Runnable::run;
        assertThat(explain(options().executor(direct).build())).isEqualTo(EXPECTED);
    }

    @Test
    void rejectingExecutorFallsBackToCallingThread() {
        Executor rejecting = task -> {
            throw new RejectedExecutionException("queue full");
        };
        assertThat(explain(options().executor(rejecting).build())).isEqualTo(EXPECTED);
    }
}
