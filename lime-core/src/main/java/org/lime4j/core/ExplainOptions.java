package org.lime4j.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The options every explainer shares: sample count, feature count and selection, kernel, seed,
 * labels and parallelism. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <p>Defaults, as the Python {@code lime} package 0.2.0.1 has them unless stated otherwise:
 * 5000 samples, 10 features, {@link FeatureSelection#AUTO}, the {@link Kernel#EXPONENTIAL}
 * kernel with the explainer's own default width, ridge {@code alpha = 1}, label 1 for
 * classification, seed 0, batches of 1000 samples, one worker per available processor, no
 * timeout, and a warning (not an error) for probability rows that do not sum to 1.
 */
public final class ExplainOptions {
    /** The default number of perturbed samples, the instance included. */
    public static final int DEFAULT_SAMPLES = 5000;
    /** The default number of features in an explanation. */
    public static final int DEFAULT_FEATURES = 10;
    /** The default number of samples per model call. */
    public static final int DEFAULT_BATCH_SIZE = 1000;

    private final int numSamples;
    private final int numFeatures;
    private final FeatureSelection featureSelection;
    private final Kernel kernel;
    private final double kernelWidth;
    private final double ridgeAlpha;
    private final long seed;
    private final int[] labels;
    private final int topLabels;
    private final Task task;
    private final int outputColumn;
    private final int batchSize;
    private final int parallelism;
    private final Executor executor;
    private final Duration timeout;
    private final boolean strictProbabilities;

    private ExplainOptions(Builder b) {
        this.numSamples = b.numSamples;
        this.numFeatures = b.numFeatures;
        this.featureSelection = b.featureSelection;
        this.kernel = b.kernel;
        this.kernelWidth = b.kernelWidth;
        this.ridgeAlpha = b.ridgeAlpha;
        this.seed = b.seed;
        this.labels = b.labels.clone();
        this.topLabels = b.topLabels;
        this.task = b.task;
        this.outputColumn = b.outputColumn;
        this.batchSize = b.batchSize;
        this.parallelism = b.parallelism;
        this.executor = b.executor;
        this.timeout = b.timeout;
        this.strictProbabilities = b.strictProbabilities;
    }

    /**
     * Starts a builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the default options.
     *
     * @return the options with every default
     */
    public static ExplainOptions defaults() {
        return new Builder().build();
    }

    /**
     * Starts a builder holding these options.
     *
     * @return a builder to change a copy
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.numSamples = numSamples;
        b.numFeatures = numFeatures;
        b.featureSelection = featureSelection;
        b.kernel = kernel;
        b.kernelWidth = kernelWidth;
        b.ridgeAlpha = ridgeAlpha;
        b.seed = seed;
        b.labels = labels.clone();
        b.topLabels = topLabels;
        b.task = task;
        b.outputColumn = outputColumn;
        b.batchSize = batchSize;
        b.parallelism = parallelism;
        b.executor = executor;
        b.timeout = timeout;
        b.strictProbabilities = strictProbabilities;
        return b;
    }

    /** @return the number of perturbed samples, the instance included */
    public int numSamples() {
        return numSamples;
    }

    /** @return the maximum number of features per explained label */
    public int numFeatures() {
        return numFeatures;
    }

    /** @return the feature-selection method requested */
    public FeatureSelection featureSelection() {
        return featureSelection;
    }

    /** @return the kernel that weights samples by distance */
    public Kernel kernel() {
        return kernel;
    }

    /**
     * Returns the kernel width, or {@code NaN} when the explainer's own default applies.
     *
     * @return the width or {@code NaN}
     */
    public double kernelWidth() {
        return kernelWidth;
    }

    /**
     * Returns the kernel width, or {@code defaultWidth} when none was set.
     *
     * @param defaultWidth the explainer's default
     * @return the width to use
     */
    public double kernelWidthOr(double defaultWidth) {
        return Double.isNaN(kernelWidth) ? defaultWidth : kernelWidth;
    }

    /** @return the ridge penalty of the final surrogate fit */
    public double ridgeAlpha() {
        return ridgeAlpha;
    }

    /** @return the seed of the explanation's random streams */
    public long seed() {
        return seed;
    }

    /** @return the output columns to explain when {@link #topLabels()} is 0 */
    public int[] labels() {
        return labels.clone();
    }

    /** @return how many of the most probable classes to explain, or 0 to use {@link #labels()} */
    public int topLabels() {
        return topLabels;
    }

    /** @return whether the model classifies or regresses */
    public Task task() {
        return task;
    }

    /** @return the regression output column to explain, or -1 for a one-column model */
    public int outputColumn() {
        return outputColumn;
    }

    /** @return the maximum number of samples per model call */
    public int batchSize() {
        return batchSize;
    }

    /** @return the maximum number of batches in flight at once */
    public int parallelism() {
        return parallelism;
    }

    /** @return the executor that runs batches, or null for the library's shared daemon pool */
    public Executor executor() {
        return executor;
    }

    /** @return the longest wait for one batch of an asynchronous model, or null for no limit */
    public Duration timeout() {
        return timeout;
    }

    /** @return whether probability rows that do not sum to 1 fail the explanation */
    public boolean strictProbabilities() {
        return strictProbabilities;
    }

    @Override
    public String toString() {
        return "ExplainOptions{numSamples=" + numSamples
                + ", numFeatures=" + numFeatures
                + ", featureSelection=" + featureSelection
                + ", kernel=" + kernel
                + ", kernelWidth=" + kernelWidth
                + ", ridgeAlpha=" + ridgeAlpha
                + ", seed=" + seed
                + ", labels=" + Arrays.toString(labels)
                + ", topLabels=" + topLabels
                + ", task=" + task
                + ", outputColumn=" + outputColumn
                + ", batchSize=" + batchSize
                + ", parallelism=" + parallelism
                + ", timeout=" + timeout
                + ", strictProbabilities=" + strictProbabilities + "}";
    }

    /** A validating builder of {@link ExplainOptions}; not thread-safe. */
    public static final class Builder {
        private int numSamples = DEFAULT_SAMPLES;
        private int numFeatures = DEFAULT_FEATURES;
        private FeatureSelection featureSelection = FeatureSelection.AUTO;
        private Kernel kernel = Kernel.EXPONENTIAL;
        private double kernelWidth = Double.NaN;
        private double ridgeAlpha = 1.0;
        private long seed;
        private int[] labels = {1};
        private int topLabels;
        private Task task = Task.CLASSIFICATION;
        private int outputColumn = -1;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private Executor executor;
        private Duration timeout;
        private boolean strictProbabilities;

        private Builder() {}

        /**
         * Sets the number of perturbed samples, the instance included.
         *
         * @param value at least 2
         * @return this builder
         * @throws IllegalArgumentException if {@code value < 2}
         */
        public Builder numSamples(int value) {
            this.numSamples = atLeast("numSamples", value, 2);
            return this;
        }

        /**
         * Sets the maximum number of features per explained label; a number above the usable
         * features is clamped.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code value < 1}
         */
        public Builder numFeatures(int value) {
            this.numFeatures = atLeast("numFeatures", value, 1);
            return this;
        }

        /**
         * Sets the feature-selection method.
         *
         * @param value the method
         * @return this builder
         */
        public Builder featureSelection(FeatureSelection value) {
            this.featureSelection = Objects.requireNonNull(value, "featureSelection");
            return this;
        }

        /**
         * Sets the kernel that weights samples by distance.
         *
         * @param value the kernel
         * @return this builder
         */
        public Builder kernel(Kernel value) {
            this.kernel = Objects.requireNonNull(value, "kernel");
            return this;
        }

        /**
         * Sets the kernel width; {@code NaN} restores the explainer's default.
         *
         * @param value a finite width greater than 0, or {@code NaN}
         * @return this builder
         * @throws IllegalArgumentException if the width is not positive and finite
         */
        public Builder kernelWidth(double value) {
            if (!Double.isNaN(value) && !(value > 0 && Double.isFinite(value))) {
                throw new IllegalArgumentException(
                        "kernelWidth must be finite and greater than 0, got " + value);
            }
            this.kernelWidth = value;
            return this;
        }

        /**
         * Sets the ridge penalty of the final surrogate fit.
         *
         * @param value at least 0 and finite
         * @return this builder
         * @throws IllegalArgumentException if the value is negative or not finite
         */
        public Builder ridgeAlpha(double value) {
            if (!(value >= 0 && Double.isFinite(value))) {
                throw new IllegalArgumentException(
                        "ridgeAlpha must be finite and at least 0, got " + value);
            }
            this.ridgeAlpha = value;
            return this;
        }

        /**
         * Sets the seed of the explanation's random streams.
         *
         * @param value any value
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the output columns to explain and clears {@link #topLabels(int)}.
         *
         * @param values distinct column indices, at least one
         * @return this builder
         * @throws IllegalArgumentException if none is given, one is negative or one repeats
         */
        public Builder labels(int... values) {
            if (values.length == 0) {
                throw new IllegalArgumentException("labels needs at least one label");
            }
            for (int i = 0; i < values.length; i++) {
                atLeast("label", values[i], 0);
                for (int j = 0; j < i; j++) {
                    if (values[j] == values[i]) {
                        throw new IllegalArgumentException("label " + values[i] + " is repeated");
                    }
                }
            }
            this.labels = values.clone();
            this.topLabels = 0;
            return this;
        }

        /**
         * Explains the {@code k} most probable classes at the instance, replacing the labels.
         *
         * @param k at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code k < 1}
         */
        public Builder topLabels(int k) {
            this.topLabels = atLeast("topLabels", k, 1);
            return this;
        }

        /**
         * Sets whether the model classifies or regresses.
         *
         * @param value the task
         * @return this builder
         */
        public Builder task(Task value) {
            this.task = Objects.requireNonNull(value, "task");
            return this;
        }

        /**
         * Names the output column of a multi-output regression model to explain.
         *
         * @param column at least 0, or -1 to require a one-column model
         * @return this builder
         * @throws IllegalArgumentException if {@code column < -1}
         */
        public Builder outputColumn(int column) {
            this.outputColumn = atLeast("outputColumn", column, -1);
            return this;
        }

        /**
         * Sets the maximum number of samples per model call.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code value < 1}
         */
        public Builder batchSize(int value) {
            this.batchSize = atLeast("batchSize", value, 1);
            return this;
        }

        /**
         * Sets the maximum number of batches in flight at once; 1 runs everything on the calling
         * thread.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code value < 1}
         */
        public Builder parallelism(int value) {
            this.parallelism = atLeast("parallelism", value, 1);
            return this;
        }

        /**
         * Sets the executor that runs batches; null restores the shared daemon pool. The calling
         * thread always runs batches too. A task the executor rejects, or has not started when
         * the calling thread finds no batch left, is dropped, so a busy executor lowers the
         * parallelism but does not block the explanation.
         *
         * @param value the executor, or null
         * @return this builder
         */
        public Builder executor(Executor value) {
            this.executor = value;
            return this;
        }

        /**
         * Sets the longest wait for one batch of an asynchronous model; null waits forever.
         *
         * @param value a positive duration, or null
         * @return this builder
         * @throws IllegalArgumentException if the duration is zero or negative
         */
        public Builder timeout(Duration value) {
            if (value != null && (value.isZero() || value.isNegative())) {
                throw new IllegalArgumentException("timeout must be positive, got " + value);
            }
            this.timeout = value;
            return this;
        }

        /**
         * Makes probability rows that do not sum to 1 within 1e-6 an error instead of a warning.
         *
         * @param value whether to fail on such rows
         * @return this builder
         */
        public Builder strictProbabilities(boolean value) {
            this.strictProbabilities = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the immutable options
         */
        public ExplainOptions build() {
            return new ExplainOptions(this);
        }

        private static int atLeast(String name, int value, int min) {
            if (value < min) {
                throw new IllegalArgumentException(
                        name + " must be at least " + min + ", got " + value);
            }
            return value;
        }
    }
}
