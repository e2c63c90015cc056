package org.lime4j.core.surrogate;

/**
 * A {@link WeightedDesign} over stored samples, for explanations with more features than a
 * {@code d × d} Gram matrix can hold. Gram entries are computed on demand in {@code O(n)}, and
 * ridge fits with more features than samples use the dual form
 * {@code β = Aᵀ (A Aᵀ + αI)⁻¹ b}, where {@code A} and {@code b} are the centred rows and outputs
 * scaled by {@code √w}, at a cost of {@code O(n² k)}. Binary rows are stored as bit sets.
 * Immutable once built; thread-safe.
 */
public final class StoredDesign implements WeightedDesign {
    private final int n;
    private final int d;
    private final int outputs;
    private final long[] bits;
    private final int words;
    private final double[] values;
    private final double[] weights;
    private final double[] y;
    private final double[] instanceRow;
    private final double sumW;
    private final double sumW2;
    private final double[] meanZ;
    private final double[] meanY;
    private final double[] cross;
    private final double[] outputVariance;

    private StoredDesign(Builder b) {
        this.n = b.n;
        this.d = b.d;
        this.outputs = b.outputs;
        this.bits = b.bits;
        this.words = b.words;
        this.values = b.values;
        this.weights = b.weights;
        this.y = b.y;
        this.instanceRow = b.instanceRow;

        double sw = 0;
        double sw2 = 0;
        for (double w : weights) {
            sw += w;
            sw2 += w * w;
        }
        if (!(sw > 0)) {
            throw new IllegalArgumentException("the sum of kernel weights must be greater than 0,"
                    + " got " + sw + "; increase the kernel width");
        }
        this.sumW = sw;
        this.sumW2 = sw2;

        this.meanY = new double[outputs];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < outputs; l++) {
                meanY[l] += weights[i] * y[i * outputs + l];
            }
        }
        for (int l = 0; l < outputs; l++) {
            meanY[l] /= sw;
        }

        this.meanZ = new double[d];
        this.cross = new double[d * outputs];
        for (int i = 0; i < n; i++) {
            double w = weights[i];
            for (int j = 0; j < d; j++) {
                double z = value(i, j);
                if (z != 0) {
                    meanZ[j] += w * z;
                    for (int l = 0; l < outputs; l++) {
                        cross[j * outputs + l] += w * z * (y[i * outputs + l] - meanY[l]);
                    }
                }
            }
        }
        for (int j = 0; j < d; j++) {
            meanZ[j] /= sw;
        }

        this.outputVariance = new double[outputs];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < outputs; l++) {
                double centred = y[i * outputs + l] - meanY[l];
                outputVariance[l] += weights[i] * centred * centred;
            }
        }
    }

    /**
     * Starts a store for {@code n} samples.
     *
     * @param n the number of samples
     * @param d the number of features
     * @param outputs the number of output columns
     * @param binary whether every interpretable value is 0 or 1
     * @param instanceRow the instance's interpretable row
     * @return the builder
     */
    public static Builder builder(int n, int d, int outputs, boolean binary, double[] instanceRow) {
        return new Builder(n, d, outputs, binary, instanceRow);
    }

    private double value(int i, int j) {
        if (bits != null) {
            return (bits[i * words + (j >>> 6)] >>> (j & 63) & 1L) != 0 ? 1.0 : 0.0;
        }
        return values[i * d + j];
    }

    @Override
    public int features() {
        return d;
    }

    @Override
    public int outputs() {
        return outputs;
    }

    @Override
    public long samples() {
        return n;
    }

    @Override
    public double sumWeights() {
        return sumW;
    }

    @Override
    public double sumSquaredWeights() {
        return sumW2;
    }

    @Override
    public double featureMean(int j) {
        return meanZ[j];
    }

    @Override
    public double outputMean(int label) {
        return meanY[label];
    }

    @Override
    public double gram(int j, int k) {
        double sum = 0;
        double mj = meanZ[j];
        double mk = meanZ[k];
        for (int i = 0; i < n; i++) {
            sum += weights[i] * (value(i, j) - mj) * (value(i, k) - mk);
        }
        return sum;
    }

    @Override
    public double cross(int j, int label) {
        return cross[j * outputs + label];
    }

    @Override
    public double outputVariance(int label) {
        return outputVariance[label];
    }

    @Override
    public double instanceValue(int j) {
        return instanceRow[j];
    }

    @Override
    public double[] ridgeCoefficients(int label, int[] features, double alpha) {
        int k = features.length;
        if (k <= n || !(alpha > 0)) {
            return WeightedDesign.super.ridgeCoefficients(label, features, alpha);
        }
        // Dual form: K = A Aᵀ with A_i = √w_i (z_i − z̄)_S, solved for c, then β = Aᵀ c.
        double[] kernel = new double[n * n];
        double[] rowMean = new double[n];
        double meanNorm = 0;
        for (int f : features) {
            meanNorm += meanZ[f] * meanZ[f];
        }
        for (int i = 0; i < n; i++) {
            double dot = 0;
            for (int f : features) {
                dot += value(i, f) * meanZ[f];
            }
            rowMean[i] = dot;
        }
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                double dot = rowDot(a, b, features);
                double centred = dot - rowMean[a] - rowMean[b] + meanNorm;
                double value = Math.sqrt(weights[a] * weights[b]) * centred;
                kernel[a * n + b] = value;
                kernel[b * n + a] = value;
            }
            kernel[a * n + a] += alpha;
        }

        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            rhs[i] = Math.sqrt(weights[i]) * (y[i * outputs + label] - meanY[label]);
        }
        double[] c = LinearAlgebra.solveSymmetric(kernel, rhs, n);

        double[] beta = new double[k];
        for (int i = 0; i < n; i++) {
            double scaled = Math.sqrt(weights[i]) * c[i];
            for (int a = 0; a < k; a++) {
                beta[a] += scaled * (value(i, features[a]) - meanZ[features[a]]);
            }
        }
        return beta;
    }

    private double rowDot(int a, int b, int[] features) {
        if (bits != null && features.length == d) {
            long count = 0;
            for (int w = 0; w < words; w++) {
                count += Long.bitCount(bits[a * words + w] & bits[b * words + w]);
            }
            return count;
        }
        double sum = 0;
        for (int f : features) {
            sum += value(a, f) * value(b, f);
        }
        return sum;
    }

    /** Collects samples by index; each index is written once, from any thread. */
    public static final class Builder {
        private final int n;
        private final int d;
        private final int outputs;
        private final long[] bits;
        private final int words;
        private final double[] values;
        private final double[] weights;
        private final double[] y;
        private final double[] instanceRow;

        private Builder(int n, int d, int outputs, boolean binary, double[] instanceRow) {
            this.n = n;
            this.d = d;
            this.outputs = outputs;
            this.words = (d + 63) >>> 6;
            if (binary) {
                this.bits = new long[n * words];
                this.values = null;
            } else {
                if ((long) n * d > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException(n + " samples × " + d + " features do not"
                            + " fit in one array; use fewer samples or a binary representation");
                }
                this.bits = null;
                this.values = new double[n * d];
            }
            this.weights = new double[n];
            this.y = new double[n * outputs];
            this.instanceRow = instanceRow.clone();
        }

        /**
         * Stores one sample.
         *
         * @param index the sample index
         * @param rows the interpretable rows, row-major
         * @param rowOffset where this sample's row starts
         * @param weight the kernel weight
         * @param out the explained outputs, row-major
         * @param outOffset where this sample's outputs start
         * @throws IllegalArgumentException if a binary store receives a value other than 0 or 1
         */
        public void set(int index, double[] rows, int rowOffset, double weight, double[] out,
                int outOffset) {
            if (bits != null) {
                int base = index * words;
                for (int j = 0; j < d; j++) {
                    double value = rows[rowOffset + j];
                    if (value == 1.0) {
                        bits[base + (j >>> 6)] |= 1L << (j & 63);
                    } else if (value != 0.0) {
                        throw new IllegalArgumentException("sample " + index + " has value "
                                + value + " in feature " + j + ", but the sampler declared binary"
                                + " rows");
                    }
                }
            } else {
                System.arraycopy(rows, rowOffset, values, index * d, d);
            }
            weights[index] = weight;
            System.arraycopy(out, outOffset, y, index * outputs, outputs);
        }

        /** @return the finished design */
        public StoredDesign build() {
            return new StoredDesign(this);
        }
    }
}
