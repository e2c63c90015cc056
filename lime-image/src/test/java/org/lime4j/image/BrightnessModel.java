package org.lime4j.image;

import java.util.List;
import org.lime4j.core.Predictor;

/**
 * A two-class model that looks at one rectangle: class 1's probability is a logistic function of
 * the rectangle's mean value in channel 0, centred on 128. It records the shape of every image it
 * receives.
 */
final class BrightnessModel implements Predictor<LimeImage> {
    private final int x0;
    private final int y0;
    private final int x1;
    private final int y1;
    volatile String lastShape;

    BrightnessModel(int x0, int y0, int x1, int y1) {
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
    }

    @Override
    public double[][] predict(List<LimeImage> batch) {
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            LimeImage image = batch.get(i);
            lastShape = image.shape();
            double sum = 0;
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    sum += image.get(x, y, 0);
                }
            }
            double mean = sum / ((x1 - x0) * (y1 - y0));
            double p = 1 / (1 + Math.exp(-(mean - 128) / 20));
            out[i] = new double[] {1 - p, p};
        }
        return out;
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }
}
