package org.lime4j.tabular;

import java.util.ArrayList;
import java.util.List;
import org.lime4j.core.SampleRandom;
import org.lime4j.core.Sampler;

/**
 * The perturbed samples of one row. A column keeps the instance's value, bit for bit, unless the
 * sample perturbs it. In discretized mode, a column whose drawn bin or category equals the
 * instance's keeps the instance's value, unless the explainer redraws values inside the
 * instance's bin as the Python reference does. Immutable and thread-safe, because each worker
 * owns its buffers.
 */
final class TabularSampler implements Sampler<double[]> {
    private final ColumnModel[] columns;
    private final SamplingMode mode;
    private final boolean redrawInstanceBins;
    private final double[] instance;
    /** The instance's bin or category per column, or -1 for an unseen category. */
    private final int[] instanceIndex;
    /** The instance's interpretable row. */
    private final double[] instanceRow;

    TabularSampler(ColumnModel[] columns, SamplingMode mode, boolean redrawInstanceBins,
            double[] instance) {
        this.columns = columns;
        this.mode = mode;
        this.redrawInstanceBins = redrawInstanceBins;
        this.instance = instance.clone();
        int d = columns.length;
        this.instanceIndex = new int[d];
        this.instanceRow = new double[d];
        for (int j = 0; j < d; j++) {
            ColumnModel column = columns[j];
            boolean indexed = column.categorical || !mode.isContinuous();
            instanceIndex[j] = indexed ? column.indexOf(instance[j]) : -1;
            instanceRow[j] = indexed ? 1.0 : (instance[j] - column.mean) / column.scale;
        }
    }

    int instanceIndex(int column) {
        return instanceIndex[column];
    }

    @Override
    public int features() {
        return columns.length;
    }

    @Override
    public double[] instanceRow() {
        return instanceRow.clone();
    }

    /** Rows are binary when every column is compared by bin or category. */
    @Override
    public boolean binary() {
        for (ColumnModel column : columns) {
            if (!column.categorical && mode.isContinuous()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Worker<double[]> newWorker(int capacity) {
        return new TabularWorker(capacity);
    }

    private final class TabularWorker implements Worker<double[]> {
        private final SampleRandom random = new SampleRandom();
        private final List<double[]> inputs;

        TabularWorker(int capacity) {
            inputs = new ArrayList<>(capacity);
            for (int s = 0; s < capacity; s++) {
                inputs.add(new double[columns.length]);
            }
        }

        @Override
        public List<double[]> fill(long seed, int first, int count, double[] rows,
                double[] distances) {
            int d = columns.length;
            for (int s = 0; s < count; s++) {
                int sample = first + s;
                double[] input = inputs.get(s);
                if (sample == 0) {
                    System.arraycopy(instance, 0, input, 0, d);
                    System.arraycopy(instanceRow, 0, rows, s * d, d);
                    distances[s] = 0.0;
                    continue;
                }
                random.reset(seed, sample);
                distances[s] = mode.isContinuous()
                        ? fillContinuous(input, rows, s * d)
                        : fillDiscretized(input, rows, s * d);
            }
            return inputs.subList(0, count);
        }

        private double fillDiscretized(double[] input, double[] rows, int offset) {
            int zeros = 0;
            for (int j = 0; j < columns.length; j++) {
                ColumnModel column = columns[j];
                int index = column.drawIndex(random);
                if (index == instanceIndex[j]) {
                    rows[offset + j] = 1.0;
                    input[j] = redrawInstanceBins && !column.categorical
                            ? column.valueOf(index, random) : instance[j];
                } else {
                    rows[offset + j] = 0.0;
                    input[j] = column.valueOf(index, random);
                    zeros++;
                }
            }
            return Math.sqrt(zeros);
        }

        private double fillContinuous(double[] input, double[] rows, int offset) {
            boolean aroundInstance = mode == SamplingMode.CONTINUOUS_AROUND_INSTANCE;
            double squares = 0;
            for (int j = 0; j < columns.length; j++) {
                ColumnModel column = columns[j];
                double z;
                if (column.categorical) {
                    int index = column.drawIndex(random);
                    boolean same = index == instanceIndex[j];
                    input[j] = same ? instance[j] : column.codes[index];
                    z = same ? 1.0 : 0.0;
                } else if (column.constant) {
                    input[j] = instance[j];
                    z = instanceRow[j];
                } else {
                    double centre = aroundInstance ? instance[j] : column.mean;
                    double x = centre + column.scale * random.nextGaussian();
                    if (column.integer) {
                        x = Math.rint(x);
                    }
                    input[j] = x;
                    z = (x - column.mean) / column.scale;
                }
                rows[offset + j] = z;
                double diff = z - instanceRow[j];
                squares += diff * diff;
            }
            return Math.sqrt(squares);
        }
    }
}
