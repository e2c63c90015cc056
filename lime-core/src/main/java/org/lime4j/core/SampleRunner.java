package org.lime4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.lime4j.core.surrogate.BinaryStatistics;
import org.lime4j.core.surrogate.StatisticsAccumulator;
import org.lime4j.core.surrogate.SufficientStatistics;
import org.lime4j.core.surrogate.StoredDesign;
import org.lime4j.core.surrogate.WeightedDesign;

/**
 * Runs the sample, predict and weigh loop of one explanation on bounded parallel workers and
 * accumulates the weighted statistics.
 *
 * <p>Samples are summed in fixed blocks whose size depends only on the feature count, each block
 * in sample order, and blocks are merged in index order. So the sums, and every number derived
 * from them, are the same for any thread count and batch size.
 */
final class SampleRunner<T> {
    private static final Executor SHARED_POOL = sharedPool();
    /**
     * Above this many features a {@code d × d} statistics matrix per block costs more than
     * storing the samples, so the samples are stored instead.
     */
    static final int GRAM_FEATURE_LIMIT = 2048;
    /** A batch contains at most this many interpretable values, bounding the buffers' memory. */
    static final int MAX_BATCH_CELLS = 1 << 22;
    /** The maximum wait for cancelled workers to return after a failure. */
    private static final long EXIT_WAIT_SECONDS = 10;

    private final Sampler<T> sampler;
    private final BatchCaller<T> caller;
    private final ExplainOptions options;
    private final double kernelWidth;
    private final int d;
    private final int n;
    private final int batchSize;
    private final int batches;
    private final OutputValidator validator;
    private final AtomicInteger nextBatch = new AtomicInteger();
    private final AtomicReference<PredictionException> failure = new AtomicReference<>();
    private final AtomicLong samplingNanos = new AtomicLong();
    private final AtomicLong predictionNanos = new AtomicLong();
    /** Sums of non-binary rows with at most {@link #GRAM_FEATURE_LIMIT} features, else null. */
    private final BlockFolder folder;
    /** Binary rows with at most {@link #GRAM_FEATURE_LIMIT} features, else null. */
    private final BitRows bitRows;
    private StoredDesign.Builder store;
    private volatile double[] instanceOutput;
    /** Worker tasks that completed or were cancelled; guarded by {@code this}. */
    private int finishedTasks;

    SampleRunner(Sampler<T> sampler, BatchCaller<T> caller, ExplainOptions options,
            double kernelWidth) {
        this.sampler = sampler;
        this.caller = caller;
        this.options = options;
        this.kernelWidth = kernelWidth;
        this.d = sampler.features();
        this.n = options.numSamples();
        this.batchSize = Math.max(1, Math.min(Math.min(options.batchSize(), n),
                MAX_BATCH_CELLS / Math.max(1, d)));
        this.batches = (n + batchSize - 1) / batchSize;
        this.validator = new OutputValidator(
                options.task(), options.outputColumn(), options.strictProbabilities());
        boolean small = d <= GRAM_FEATURE_LIMIT;
        this.bitRows = small && sampler.binary() ? new BitRows(n, d) : null;
        this.folder = small && bitRows == null ? new BlockFolder(d, n) : null;
    }

    int batchSize() {
        return batchSize;
    }

    int batches() {
        return batches;
    }

    long samplingNanos() {
        return samplingNanos.get();
    }

    long predictionNanos() {
        return predictionNanos.get();
    }

    double[] instanceOutput() {
        return instanceOutput.clone();
    }

    OutputValidator validator() {
        return validator;
    }

    /** Runs every batch and returns the weighted design of all samples. */
    WeightedDesign run() {
        if (Thread.currentThread().isInterrupted()) {
            // Checked here too, because the workers may claim every batch before this thread.
            throw new PredictionException(-1, 0, n - 1, "the explanation was interrupted before"
                    + " it started; the interrupt flag of the calling thread is still set",
                    new InterruptedException());
        }
        int workers = Math.min(options.parallelism(), batches);
        Executor executor = options.executor() == null ? SHARED_POOL : options.executor();
        List<FutureTask<Void>> tasks = new ArrayList<>();
        List<CountDownLatch> exits = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch exited = new CountDownLatch(1);
            FutureTask<Void> task = new FutureTask<>(() -> {
                started.countDown();
                try {
                    work();
                } finally {
                    exited.countDown();
                }
            }, null) {
                @Override
                protected void done() {
                    taskFinished();
                }
            };
            try {
                executor.execute(task);
            } catch (RejectedExecutionException e) {
                // A saturated executor lowers the parallelism; the calling thread still works.
                break;
            }
            tasks.add(task);
            exits.add(started);
            exits.add(exited);
        }
        try {
            work();
            cancelUnstarted(tasks, exits);
            awaitTasksOrFailure(tasks.size());
            if (failure.get() == null) {
                for (FutureTask<Void> task : tasks) {
                    if (!task.isCancelled()) {
                        task.get();
                    }
                }
            }
        } catch (InterruptedException e) {
            fail(new PredictionException(-1, 0, n - 1,
                    "the explanation was interrupted while waiting for the model", e));
        } catch (ExecutionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            fail(new PredictionException(-1, 0, n - 1, "a worker failed: " + cause, cause));
        } finally {
            // A failure in this thread, or an Error thrown past work(), also stops the workers.
            if (failure.get() != null || !allDone(tasks)) {
                for (FutureTask<Void> task : tasks) {
                    task.cancel(true);
                }
                awaitExit(exits);
            }
        }
        PredictionException error = failure.get();
        if (error != null) {
            if (error.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw error;
        }
        if (bitRows != null) {
            return bitRows.statistics(sampler.instanceRow());
        }
        if (folder == null) {
            return store.build();
        }
        return folder.total().freeze(sampler.instanceRow());
    }

    /**
     * Cancels the worker tasks that have not started. Once the calling thread's loop ends, every
     * batch is claimed, so such a task has nothing left to do. Waiting for a busy executor to
     * start it could wait for unrelated work, or forever when this thread is the executor's.
     */
    private static void cancelUnstarted(List<FutureTask<Void>> tasks, List<CountDownLatch> exits) {
        for (int t = 0; t < tasks.size(); t++) {
            if (exits.get(2 * t).getCount() > 0) {
                tasks.get(t).cancel(false);
            }
        }
    }

    private synchronized void taskFinished() {
        finishedTasks++;
        notifyAll();
    }

    /**
     * Waits until every worker task finished or any batch failed, so a failure is acted on at
     * once instead of after the slowest worker's model call returns.
     */
    private synchronized void awaitTasksOrFailure(int count) throws InterruptedException {
        while (finishedTasks < count && failure.get() == null) {
            wait();
        }
    }

    private static boolean allDone(List<FutureTask<Void>> tasks) {
        for (FutureTask<Void> task : tasks) {
            if (!task.isDone()) {
                return false;
            }
        }
        return true;
    }

    private void storeSamples(int first, int count, double[] rows, double[] weights,
            double[] outputs, int columns) {
        StoredDesign.Builder target;
        synchronized (this) {
            if (store == null) {
                store = StoredDesign.builder(n, d, columns, sampler.binary(), sampler.instanceRow());
            }
            target = store;
        }
        for (int i = 0; i < count; i++) {
            target.set(first + i, rows, i * d, weights[i], outputs, i * columns);
        }
    }

    private void work() {
        Sampler.Worker<T> worker = sampler.newWorker(batchSize);
        double[] rows = new double[batchSize * d];
        double[] distances = new double[batchSize];
        double[] outputs = null;
        double[] weights = new double[batchSize];
        while (failure.get() == null) {
            int batch = nextBatch.getAndIncrement();
            if (batch >= batches) {
                return;
            }
            int first = batch * batchSize;
            int count = Math.min(batchSize, n - first);
            if (Thread.currentThread().isInterrupted()) {
                fail(error(batch, first, count, "was interrupted before it started",
                        new InterruptedException()));
                return;
            }
            long start = System.nanoTime();
            List<T> inputs;
            try {
                inputs = worker.fill(options.seed(), first, count, rows, distances);
            } catch (RuntimeException e) {
                fail(error(batch, first, count, "could not be sampled: " + e.getMessage(), e));
                return;
            }
            long sampled = System.nanoTime();
            double[][] predicted;
            try {
                predicted = caller.call(inputs);
            } catch (InterruptedException e) {
                fail(error(batch, first, count, "was interrupted while the model ran", e));
                return;
            } catch (Exception | Error e) {
                // A model's Error (an AssertionError, a LinkageError) fails the explanation like
                // an exception. A VirtualMachineError is rethrown once the failure is recorded,
                // which stops the other workers.
                fail(error(batch, first, count, "failed in the model: " + describe(e), e));
                if (e instanceof VirtualMachineError) {
                    throw (VirtualMachineError) e;
                }
                return;
            }
            long done = System.nanoTime();
            samplingNanos.addAndGet(sampled - start);
            predictionNanos.addAndGet(done - sampled);
            try {
                if (outputs == null) {
                    validator.check(predicted, first, count, outputs = probe(predicted, count));
                } else {
                    validator.check(predicted, first, count, outputs);
                }
                computeWeights(first, count, distances, weights);
            } catch (IllegalStateException e) {
                fail(error(batch, first, count, "returned invalid output: " + e.getMessage(), e));
                return;
            }
            if (first == 0) {
                instanceOutput = predicted[0].clone();
            }
            try {
                if (bitRows != null) {
                    bitRows.set(first, count, rows, weights, outputs,
                            validator.explainedColumns());
                } else if (folder == null) {
                    storeSamples(first, count, rows, weights, outputs,
                            validator.explainedColumns());
                } else {
                    folder.deposit(first, count, rows, weights, outputs,
                            validator.explainedColumns());
                }
            } catch (IllegalArgumentException e) {
                fail(error(batch, first, count, "could not be stored: " + e.getMessage(), e));
                return;
            }
        }
    }

    /** Allocates the flat output buffer once the column count is known. */
    private double[] probe(double[][] predicted, int count) {
        int width = predicted != null && predicted.length > 0 && predicted[0] != null
                ? predicted[0].length : 1;
        int explained = options.task() == Task.CLASSIFICATION ? Math.max(width, 1) : 1;
        return new double[batchSize * explained];
    }

    private void computeWeights(int first, int count, double[] distances, double[] weights) {
        for (int i = 0; i < count; i++) {
            double distance = distances[i];
            if (!(distance >= 0) || Double.isInfinite(distance)) {
                throw new IllegalStateException("sample " + (first + i) + " has distance "
                        + distance + " to the instance; distances must be finite and at least 0");
            }
            double weight = options.kernel().weight(distance, kernelWidth);
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalStateException("the kernel gave weight " + weight + " to sample "
                        + (first + i) + " at distance " + distance
                        + "; kernel weights must be finite and at least 0");
            }
            weights[i] = weight;
        }
    }

    /**
     * Returns a failure's own message, or its class's simple name when it has none; the full
     * exception stays the cause of the {@link PredictionException}.
     */
    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private PredictionException error(int batch, int first, int count, String what, Throwable cause) {
        int last = first + count - 1;
        return new PredictionException(batch, first, last,
                "batch " + batch + " (samples " + first + ".." + last + ") " + what, cause);
    }

    private void fail(PredictionException error) {
        if (failure.compareAndSet(null, error)) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /**
     * Waits, at most {@link #EXIT_WAIT_SECONDS} in all, for every worker that started to return,
     * so a failed explanation leaves no worker running in a well-behaved model. A worker that
     * never started was cancelled before it ran. The latches come in pairs: started, exited.
     */
    private static void awaitExit(List<CountDownLatch> latches) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EXIT_WAIT_SECONDS);
        boolean interrupted = false;
        for (int i = 0; i < latches.size(); i += 2) {
            if (latches.get(i).getCount() > 0) {
                continue;
            }
            while (true) {
                try {
                    latches.get(i + 1).await(
                            Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Executor sharedPool() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "lime4j-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS,
                new SynchronousQueue<>(), factory);
    }

    /**
     * Binary rows kept as bit sets, with their weights and outputs, indexed by sample. Each
     * worker writes only its own samples' slots, so no lock is needed after the lazy allocation.
     */
    private static final class BitRows {
        private final int n;
        private final int d;
        private final int words;
        private final long[] bits;
        private final double[] weights;
        private volatile double[] outputs;
        private int columns;

        BitRows(int n, int d) {
            this.n = n;
            this.d = d;
            this.words = (d + 63) >>> 6;
            this.bits = new long[n * words];
            this.weights = new double[n];
        }

        void set(int first, int count, double[] rows, double[] batchWeights,
                double[] batchOutputs, int width) {
            double[] target = outputs(width);
            for (int s = 0; s < count; s++) {
                int base = (first + s) * words;
                for (int j = 0; j < d; j++) {
                    double value = rows[s * d + j];
                    if (value == 1.0) {
                        bits[base + (j >>> 6)] |= 1L << (j & 63);
                    } else if (value != 0.0) {
                        throw new IllegalArgumentException("sample " + (first + s)
                                + " has value " + value + " in feature " + j
                                + ", but the sampler declared binary rows");
                    }
                }
            }
            System.arraycopy(batchWeights, 0, weights, first, count);
            System.arraycopy(batchOutputs, 0, target, first * width, count * width);
        }

        private synchronized double[] outputs(int width) {
            if (outputs == null) {
                columns = width;
                outputs = new double[n * width];
            }
            return outputs;
        }

        synchronized SufficientStatistics statistics(double[] instanceRow) {
            return BinaryStatistics.compute(bits, words, d, weights, outputs, columns,
                    instanceRow);
        }
    }

    /** Collects samples into fixed blocks and merges finished blocks in index order. */
    private static final class BlockFolder {
        private final int d;
        private final int n;
        private final int blockSize;
        private final Block[] blocks;
        private final StatisticsAccumulator[] finished;
        private StatisticsAccumulator total;
        private int nextToMerge;

        BlockFolder(int d, int n) {
            this.d = d;
            this.n = n;
            this.blockSize = Math.max(1, Math.min(256, 65536 / Math.max(1, d)));
            int count = (n + blockSize - 1) / blockSize;
            this.blocks = new Block[count];
            this.finished = new StatisticsAccumulator[count];
        }

        void deposit(int first, int count, double[] rows, double[] weights, double[] outputs,
                int columns) {
            int end = first + count;
            int sample = first;
            while (sample < end) {
                int blockIndex = sample / blockSize;
                int blockStart = blockIndex * blockSize;
                int blockEnd = Math.min(n, blockStart + blockSize);
                int upTo = Math.min(end, blockEnd);
                Block block = block(blockIndex, blockEnd - blockStart, columns);
                int offset = sample - first;
                int slot = sample - blockStart;
                int length = upTo - sample;
                System.arraycopy(rows, offset * d, block.rows, slot * d, length * d);
                System.arraycopy(weights, offset, block.weights, slot, length);
                System.arraycopy(outputs, offset * columns, block.outputs, slot * columns,
                        length * columns);
                if (block.filled.addAndGet(length) == block.size) {
                    finish(blockIndex, block, columns);
                }
                sample = upTo;
            }
        }

        private synchronized Block block(int index, int size, int columns) {
            Block block = blocks[index];
            if (block == null) {
                block = new Block(size, d, columns);
                blocks[index] = block;
            }
            return block;
        }

        private void finish(int index, Block block, int columns) {
            StatisticsAccumulator sums = new StatisticsAccumulator(d, columns);
            for (int i = 0; i < block.size; i++) {
                sums.add(block.rows, i * d, block.weights[i], block.outputs, i * columns);
            }
            synchronized (this) {
                blocks[index] = null;
                finished[index] = sums;
                while (nextToMerge < finished.length && finished[nextToMerge] != null) {
                    if (total == null) {
                        total = finished[nextToMerge];
                    } else {
                        total.merge(finished[nextToMerge]);
                    }
                    finished[nextToMerge] = null;
                    nextToMerge++;
                }
            }
        }

        synchronized StatisticsAccumulator total() {
            if (nextToMerge != finished.length) {
                throw new IllegalStateException("only " + nextToMerge + " of " + finished.length
                        + " sample blocks were completed");
            }
            return total;
        }
    }

    private static final class Block {
        final int size;
        final double[] rows;
        final double[] weights;
        final double[] outputs;
        final AtomicInteger filled = new AtomicInteger();

        Block(int size, int d, int columns) {
            this.size = size;
            this.rows = new double[size * d];
            this.weights = new double[size];
            this.outputs = new double[size * columns];
        }
    }
}
