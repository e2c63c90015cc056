package org.lime4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lime4j.core.Sampler;

class GaussianSamplerTest {
    private static final int D = BreastCancer.COLUMNS;
    private final double[][] rows = BreastCancer.rows();
    private final GaussianSampler sampler = new GaussianSampler(rows, rows[0]);

    @Test
    void sampleZeroIsInstanceAtDistanceZero() {
        double[] z = new double[4 * D];
        double[] distances = new double[4];
        List<double[]> inputs = sampler.newWorker(4).fill(7, 0, 4, z, distances);
        assertThat(inputs.get(0)).containsExactly(rows[0]);
        assertThat(distances[0]).isZero();
        double[] instanceRow = sampler.instanceRow();
        for (int j = 0; j < D; j++) {
            assertThat(z[j]).isEqualTo(instanceRow[j]);
        }
    }

    @Test
    void samplesDoNotDependOnBatchSplit() {
        double[] whole = new double[100 * D];
        double[] wholeDistances = new double[100];
        sampler.newWorker(100).fill(3, 0, 100, whole, wholeDistances);
        Sampler.Worker<double[]> worker = sampler.newWorker(60);
        double[] part = new double[60 * D];
        double[] partDistances = new double[60];
        worker.fill(3, 40, 60, part, partDistances);
        for (int s = 0; s < 60; s++) {
            assertThat(partDistances[s]).isEqualTo(wholeDistances[40 + s]);
            for (int j = 0; j < D; j++) {
                assertThat(part[s * D + j]).isEqualTo(whole[(40 + s) * D + j]);
            }
        }
    }

    @Test
    void distanceIsEuclideanInStandardizedSpace() {
        int n = 50;
        double[] z = new double[n * D];
        double[] distances = new double[n];
        List<double[]> inputs = sampler.newWorker(n).fill(11, 0, n, z, distances);
        double[] instanceRow = sampler.instanceRow();
        for (int s = 1; s < n; s++) {
            double squared = 0;
            for (int j = 0; j < D; j++) {
                double delta = z[s * D + j] - instanceRow[j];
                squared += delta * delta;
            }
            assertThat(distances[s]).isCloseTo(Math.sqrt(squared), within(1e-12));
        }
        assertThat(inputs.get(1)).isNotEqualTo(inputs.get(2));
    }
}
