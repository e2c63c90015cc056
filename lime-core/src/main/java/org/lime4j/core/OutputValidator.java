package org.lime4j.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks each batch of model outputs against the task and copies the explained columns into a
 * flat array. Thread-safe: the column count is fixed by the first batch checked.
 */
final class OutputValidator {
    /** How far a probability row's sum may be from 1 before it is reported. */
    static final double PROBABILITY_SUM_TOLERANCE = 1e-6;
    /** How far a probability may lie outside [0, 1] before it is an error. */
    private static final double RANGE_TOLERANCE = 1e-9;

    private final Task task;
    private final int outputColumn;
    private final boolean strict;
    private final AtomicInteger columns = new AtomicInteger(-1);
    private final AtomicInteger badSums = new AtomicInteger();
    private volatile String firstBadSum;
    private volatile int firstBadSumIndex = Integer.MAX_VALUE;

    OutputValidator(Task task, int outputColumn, boolean strict) {
        this.task = task;
        this.outputColumn = outputColumn;
        this.strict = strict;
    }

    /** Returns the number of explained columns once a batch was checked, else -1. */
    int explainedColumns() {
        int c = columns.get();
        if (c < 0) {
            return -1;
        }
        return task == Task.CLASSIFICATION ? c : 1;
    }

    int modelColumns() {
        return columns.get();
    }

    /**
     * Validates one batch and writes its explained columns, row-major, into {@code target}.
     *
     * @throws IllegalStateException naming the sample and the rule broken
     */
    void check(double[][] outputs, int first, int count, double[] target) {
        if (outputs == null) {
            throw new IllegalStateException("the model returned null instead of " + count + " rows");
        }
        if (outputs.length != count) {
            throw new IllegalStateException("the model returned " + outputs.length
                    + " rows for a batch of " + count + " samples");
        }
        for (int r = 0; r < count; r++) {
            double[] row = outputs[r];
            int sample = first + r;
            if (row == null) {
                throw new IllegalStateException("the model returned a null row for sample " + sample);
            }
            int width = fixColumns(row.length, sample);
            for (int c = 0; c < width; c++) {
                if (!Double.isFinite(row[c])) {
                    throw new IllegalStateException("the model returned " + row[c]
                            + " for sample " + sample + ", column " + c
                            + "; outputs must be finite numbers");
                }
            }
            if (task == Task.CLASSIFICATION) {
                checkProbabilities(row, sample);
                System.arraycopy(row, 0, target, r * width, width);
            } else {
                target[r] = row[outputColumn < 0 ? 0 : outputColumn];
            }
        }
    }

    private int fixColumns(int width, int sample) {
        if (columns.compareAndSet(-1, width)) {
            checkShape(width);
        }
        int expected = columns.get();
        if (width != expected) {
            throw new IllegalStateException("the model returned " + width
                    + " columns for sample " + sample + " but " + expected
                    + " for earlier samples; every row needs the same number of columns");
        }
        return width;
    }

    private void checkShape(int width) {
        if (task == Task.CLASSIFICATION && width < 2) {
            throw new IllegalStateException("the model returned " + width + " column per row,"
                    + " so label 1 is out of range: classification needs an n × C matrix of class"
                    + " probabilities with C >= 2; for a model that returns one score or label,"
                    + " use Task.REGRESSION or return both class probabilities");
        }
        if (task == Task.REGRESSION) {
            if (outputColumn < 0 && width != 1) {
                throw new IllegalStateException("the regression model returned n × " + width
                        + " outputs; name the column to explain with outputColumn(0.."
                        + (width - 1) + ")");
            }
            if (outputColumn >= width) {
                throw new IllegalStateException("outputColumn " + outputColumn
                        + " is out of range: the regression model returned " + width + " columns");
            }
        }
    }

    private void checkProbabilities(double[] row, int sample) {
        double sum = 0;
        for (int c = 0; c < row.length; c++) {
            double p = row[c];
            if (p < -RANGE_TOLERANCE || p > 1 + RANGE_TOLERANCE) {
                throw new IllegalStateException("the model returned probability " + p
                        + " for sample " + sample + ", class " + c
                        + "; class probabilities must lie in [0, 1]");
            }
            sum += p;
        }
        if (Math.abs(sum - 1.0) > PROBABILITY_SUM_TOLERANCE) {
            String message = String.format(Locale.ROOT,
                    "the probabilities of sample %d sum to %s, not 1: %s", sample,
                    Double.toString(sum), Arrays.toString(row));
            if (strict) {
                throw new IllegalStateException(message
                        + "; strictProbabilities(false) turns this into a warning");
            }
            badSums.incrementAndGet();
            synchronized (this) {
                if (sample < firstBadSumIndex) {
                    firstBadSumIndex = sample;
                    firstBadSum = message;
                }
            }
        }
    }

    /** Returns the warning about probability sums, or null when every row summed to 1. */
    String probabilityWarning() {
        int count = badSums.get();
        if (count == 0) {
            return null;
        }
        return count + " probability rows do not sum to 1 within " + PROBABILITY_SUM_TOLERANCE
                + "; the first is sample " + firstBadSumIndex + ": " + firstBadSum;
    }
}
