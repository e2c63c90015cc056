package org.lime4j.core.surrogate;

/**
 * A mutable accumulator of the weighted sums of one block of samples. Not thread-safe: each block
 * has its own, and blocks are merged in index order so the sums do not depend on thread count.
 *
 * <p>It keeps {@code Σw}, {@code Σw²}, {@code Σw·z}, {@code Σw·y}, the upper triangle of
 * {@code Σw·z·zᵀ}, {@code Σw·z·yᵀ} and {@code Σw·y²}. Zero entries of {@code z} are skipped, so
 * binary rows cost time in proportion to their ones.
 */
public final class StatisticsAccumulator {
    private final int d;
    private final int outputs;
    private long count;
    private double sumW;
    private double sumW2;
    private final double[] sumWz;
    private final double[] sumWy;
    private final double[] sumWyy;
    /** Upper triangle of Σw·z·zᵀ, row-major: entry (j, k ≥ j) at j·d + k. */
    private final double[] sumWzz;
    /** Σw·z·yᵀ, row-major: entry (j, l) at j·outputs + l. */
    private final double[] sumWzy;
    private final int[] nonzero;

    /**
     * Creates an empty accumulator.
     *
     * @param d the number of interpretable features
     * @param outputs the number of model output columns
     */
    public StatisticsAccumulator(int d, int outputs) {
        this.d = d;
        this.outputs = outputs;
        this.sumWz = new double[d];
        this.sumWy = new double[outputs];
        this.sumWyy = new double[outputs];
        this.sumWzz = new double[d * d];
        this.sumWzy = new double[d * outputs];
        this.nonzero = new int[d];
    }

    /**
     * Adds one weighted sample.
     *
     * @param z the interpretable rows, row-major
     * @param zOffset where this sample's row starts in {@code z}
     * @param weight the sample's kernel weight
     * @param y the model outputs, row-major
     * @param yOffset where this sample's outputs start in {@code y}
     */
    public void add(double[] z, int zOffset, double weight, double[] y, int yOffset) {
        count++;
        sumW += weight;
        sumW2 += weight * weight;
        for (int l = 0; l < outputs; l++) {
            double wy = weight * y[yOffset + l];
            sumWy[l] += wy;
            sumWyy[l] += wy * y[yOffset + l];
        }
        int active = 0;
        for (int j = 0; j < d; j++) {
            if (z[zOffset + j] != 0.0) {
                nonzero[active++] = j;
            }
        }
        for (int a = 0; a < active; a++) {
            int j = nonzero[a];
            double wz = weight * z[zOffset + j];
            sumWz[j] += wz;
            int row = j * d;
            for (int b = a; b < active; b++) {
                int k = nonzero[b];
                sumWzz[row + k] += wz * z[zOffset + k];
            }
            int yRow = j * outputs;
            for (int l = 0; l < outputs; l++) {
                sumWzy[yRow + l] += wz * y[yOffset + l];
            }
        }
    }

    /**
     * Adds another accumulator's sums to this one.
     *
     * @param other an accumulator of the same shape
     */
    public void merge(StatisticsAccumulator other) {
        if (other.d != d || other.outputs != outputs) {
            throw new IllegalArgumentException("accumulator shapes differ: " + d + "×" + outputs
                    + " and " + other.d + "×" + other.outputs);
        }
        count += other.count;
        sumW += other.sumW;
        sumW2 += other.sumW2;
        addInto(sumWz, other.sumWz);
        addInto(sumWy, other.sumWy);
        addInto(sumWyy, other.sumWyy);
        addInto(sumWzz, other.sumWzz);
        addInto(sumWzy, other.sumWzy);
    }

    /** @return the number of samples added */
    public long count() {
        return count;
    }

    /**
     * Freezes the sums into centred statistics.
     *
     * @param instanceRow the interpretable representation of the instance
     * @return the immutable statistics
     */
    public SufficientStatistics freeze(double[] instanceRow) {
        if (instanceRow.length != d) {
            throw new IllegalArgumentException(
                    "instance row has " + instanceRow.length + " values, expected " + d);
        }
        return new SufficientStatistics(d, outputs, count, sumW, sumW2, sumWz.clone(),
                sumWy.clone(), sumWyy.clone(), sumWzz.clone(), sumWzy.clone(),
                instanceRow.clone());
    }

    private static void addInto(double[] target, double[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] += source[i];
        }
    }
}
