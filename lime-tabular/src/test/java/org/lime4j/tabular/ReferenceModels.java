package org.lime4j.tabular;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.lime4j.core.Predictor;

/**
 * The reference's two black boxes on the breast cancer data, rebuilt from their coefficients:
 * {@code p1 = sigmoid(((x − mean) / scale)·coef + intercept)} and the ridge regressor of the same
 * form without the sigmoid.
 */
final class ReferenceModels {
    private ReferenceModels() {}

    static JsonNode json(String name) throws IOException {
        try (InputStream in = ReferenceModels.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource reference/" + name + " is missing");
            }
            return new ObjectMapper().readTree(in);
        }
    }

    /** A linear model over standardized inputs. */
    record Linear(double[] mean, double[] scale, double[] coef, double intercept) {
        double score(double[] x) {
            double s = intercept;
            for (int j = 0; j < x.length; j++) {
                s += (x[j] - mean[j]) / scale[j] * coef[j];
            }
            return s;
        }

        Predictor<double[]> classifier() {
            return new Predictor<>() {
                @Override
                public double[][] predict(List<double[]> batch) {
                    double[][] out = new double[batch.size()][];
                    for (int i = 0; i < out.length; i++) {
                        double p1 = 1 / (1 + Math.exp(-score(batch.get(i))));
                        out[i] = new double[] {1 - p1, p1};
                    }
                    return out;
                }

                @Override
                public boolean isThreadSafe() {
                    return true;
                }
            };
        }

        Predictor<double[]> regressor() {
            return new Predictor<>() {
                @Override
                public double[][] predict(List<double[]> batch) {
                    double[][] out = new double[batch.size()][];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = new double[] {score(batch.get(i))};
                    }
                    return out;
                }

                @Override
                public boolean isThreadSafe() {
                    return true;
                }
            };
        }
    }

    static Linear load(String name) throws IOException {
        JsonNode model = json("tabular_models.json").get(name);
        JsonNode coef = model.get("coef");
        if (coef.get(0).isArray()) {
            coef = coef.get(0);
        }
        JsonNode intercept = model.get("intercept");
        double b = intercept.isArray() ? intercept.get(0).asDouble() : intercept.asDouble();
        return new Linear(array(model.get("mean")), array(model.get("scale")), array(coef), b);
    }

    static double[] array(JsonNode node) {
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asDouble();
        }
        return values;
    }
}
