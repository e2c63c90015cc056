package org.lime4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs explanations on many threads at once and checks that each equals the explanation of the
 * same input and seed computed alone. The explainer modules' concurrency tests share it through
 * the lime-core test jar.
 */
public final class ConcurrencyCheck {
    private ConcurrencyCheck() {}

    /** One explanation's canonical JSON; the thread and index choose the input and seed. */
    @FunctionalInterface
    public interface Run {
        /**
         * Explains the input of one thread and index.
         *
         * @param thread the thread number, from 0
         * @param index the explanation's number within the thread, from 0
         * @return the canonical JSON of the explanation
         * @throws Exception if the explanation fails
         */
        String explain(int thread, int index) throws Exception;
    }

    /**
     * Returns the seed of one thread's explanation, distinct for every thread and index.
     *
     * @param thread the thread number
     * @param index the explanation's number within the thread
     * @return the seed
     */
    public static long seedOf(int thread, int index) {
        return 1000L * thread + index;
    }

    /**
     * Computes every explanation one after another with {@code sequential}, then again with
     * {@code concurrent} on {@code threads} threads at once, and asserts that each pair is equal.
     *
     * @param threads the number of threads
     * @param perThread the number of explanations per thread
     * @param sequential computes one explanation for the reference run
     * @param concurrent computes one explanation on a shared explainer
     * @return the reference results, by thread and index
     * @throws Exception if an explanation fails
     */
    public static String[][] assertConcurrentMatchesSequential(int threads, int perThread,
            Run sequential, Run concurrent) throws Exception {
        String[][] expected = new String[threads][perThread];
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                expected[t][i] = sequential.explain(t, i);
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<String>> job = () -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        out.add(concurrent.explain(thread, i));
                    }
                    return out;
                };
                results.add(pool.submit(job));
            }
            for (int t = 0; t < threads; t++) {
                List<String> actual = results.get(t).get();
                for (int i = 0; i < perThread; i++) {
                    assertThat(actual.get(i)).as("thread %d, explanation %d", t, i)
                            .isEqualTo(expected[t][i]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return expected;
    }
}
