package org.lime4j.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import org.lime4j.core.Predictor;
import org.lime4j.image.LimeImage;

/**
 * The trivial black box of the image benchmarks: it reads the first channel at an 8×8 grid of
 * pixels and returns the softmax of 10 fixed random linear functions of those 64 values. Its cost
 * does not depend on the image size or content, so the image benchmarks measure the library.
 * Immutable and thread-safe.
 */
final class GridImageModel implements Predictor<LimeImage> {
    /** The number of classes. */
    static final int CLASSES = 10;
    private static final int GRID = 8;

    private final double[][] weights = new double[CLASSES][GRID * GRID];

    GridImageModel() {
        SplittableRandom random = new SplittableRandom(1);
        for (double[] row : weights) {
            for (int g = 0; g < row.length; g++) {
                row[g] = random.nextDouble(-1, 1) / 255;
            }
        }
    }

    @Override
    public double[][] predict(List<LimeImage> batch) {
        double[][] out = new double[batch.size()][];
        double[] values = new double[GRID * GRID];
        for (int i = 0; i < out.length; i++) {
            LimeImage image = batch.get(i);
            for (int gy = 0; gy < GRID; gy++) {
                int y = (2 * gy + 1) * image.height() / (2 * GRID);
                for (int gx = 0; gx < GRID; gx++) {
                    int x = (2 * gx + 1) * image.width() / (2 * GRID);
                    values[gy * GRID + gx] = image.get(x, y, 0);
                }
            }
            out[i] = softmax(values);
        }
        return out;
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    private double[] softmax(double[] values) {
        double[] p = new double[CLASSES];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < CLASSES; k++) {
            double logit = 0;
            for (int g = 0; g < values.length; g++) {
                logit += weights[k][g] * values[g];
            }
            p[k] = logit;
            max = Math.max(max, logit);
        }
        double sum = 0;
        for (int k = 0; k < CLASSES; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < CLASSES; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
