package org.lime4j.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.lime4j.core.Predictor;

/** Small black boxes with known behaviour for the tests. */
final class Models {
    private Models() {}

    /** {@code p1 = sigmoid(2·x0 − x1)}, {@code p0 = 1 − p1}. */
    static final Predictor<double[]> P_LIN = batch -> {
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < out.length; i++) {
            double[] x = batch.get(i);
            double p1 = 1 / (1 + Math.exp(-(2 * x[0] - x[1])));
            out[i] = new double[] {1 - p1, p1};
        }
        return out;
    };

    /** Creates a regression model {@code y = intercept + Σ coef_j·x_j}. */
    static Predictor<double[]> linear(double intercept, double... coef) {
        return batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                double y = intercept;
                for (int j = 0; j < coef.length; j++) {
                    y += coef[j] * batch.get(i)[j];
                }
                out[i] = new double[] {y};
            }
            return out;
        };
    }

    /** Wraps a model, counting its rows and keeping a copy of every input row. */
    static final class Recording implements Predictor<double[]> {
        private final Predictor<double[]> model;
        final AtomicLong rows = new AtomicLong();
        final List<double[]> inputs = Collections.synchronizedList(new ArrayList<>());

        Recording(Predictor<double[]> model) {
            this.model = model;
        }

        @Override
        public double[][] predict(List<double[]> batch) throws Exception {
            rows.addAndGet(batch.size());
            for (double[] row : batch) {
                inputs.add(row.clone());
            }
            return model.predict(batch);
        }
    }
}
