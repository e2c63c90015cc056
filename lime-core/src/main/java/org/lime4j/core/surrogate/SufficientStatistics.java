package org.lime4j.core.surrogate;

/**
 * Frozen weighted sums of all samples of an explanation, exposed as a centred
 * {@link WeightedDesign}. Immutable and thread-safe.
 */
public final class SufficientStatistics implements WeightedDesign {
    private final int d;
    private final int outputs;
    private final long count;
    private final double sumW;
    private final double sumW2;
    private final double[] meanZ;
    private final double[] meanY;
    private final double[] centredGram;
    private final double[] centredCross;
    private final double[] centredYY;
    private final double[] instanceRow;

    SufficientStatistics(int d, int outputs, long count, double sumW, double sumW2,
            double[] sumWz, double[] sumWy, double[] sumWyy, double[] sumWzz, double[] sumWzy,
            double[] instanceRow) {
        if (!(sumW > 0)) {
            throw new IllegalArgumentException("the sum of kernel weights must be greater than 0,"
                    + " got " + sumW + "; increase the kernel width");
        }
        this.d = d;
        this.outputs = outputs;
        this.count = count;
        this.sumW = sumW;
        this.sumW2 = sumW2;
        this.instanceRow = instanceRow;
        this.meanZ = new double[d];
        this.meanY = new double[outputs];
        for (int j = 0; j < d; j++) {
            meanZ[j] = sumWz[j] / sumW;
        }
        for (int l = 0; l < outputs; l++) {
            meanY[l] = sumWy[l] / sumW;
        }
        this.centredGram = new double[d * d];
        for (int j = 0; j < d; j++) {
            for (int k = j; k < d; k++) {
                double value = sumWzz[j * d + k] - sumWz[j] * sumWz[k] / sumW;
                centredGram[j * d + k] = value;
                centredGram[k * d + j] = value;
            }
        }
        this.centredCross = new double[d * outputs];
        for (int j = 0; j < d; j++) {
            for (int l = 0; l < outputs; l++) {
                centredCross[j * outputs + l] = sumWzy[j * outputs + l] - sumWz[j] * sumWy[l] / sumW;
            }
        }
        this.centredYY = new double[outputs];
        for (int l = 0; l < outputs; l++) {
            centredYY[l] = Math.max(0.0, sumWyy[l] - sumWy[l] * sumWy[l] / sumW);
        }
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
        return count;
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
        return centredGram[j * d + k];
    }

    @Override
    public double cross(int j, int label) {
        return centredCross[j * outputs + label];
    }

    @Override
    public double outputVariance(int label) {
        return centredYY[label];
    }

    @Override
    public double instanceValue(int j) {
        return instanceRow[j];
    }
}
