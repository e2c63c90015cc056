package org.lime4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.lime4j.core.Predictor;

/**
 * The black box of every tabular benchmark: the standardizing logistic regression that the
 * Python reference figures were measured with, {@code p1 = sigmoid(((x - mean) / scale) · coef +
 * intercept)}, returning the two class probabilities {@code [1 - p1, p1]}.
 *
 * <p>On data widened to {@code d} columns (see {@link WideData}) every column {@code j} uses the
 * mean, scale and coefficient of its source column, the coefficient divided by the number of
 * copies of that source, so the logit keeps its scale. At {@code d = 30} this is the reference
 * model exactly. Immutable and thread-safe.
 */
final class LogisticModel implements Predictor<double[]> {
    private static final String RESOURCE = "breast_cancer_logreg.json";

    private final double[] mean;
    private final double[] scale;
    private final double[] coef;
    private final double intercept;

    private LogisticModel(double[] mean, double[] scale, double[] coef, double intercept) {
        this.mean = mean;
        this.scale = scale;
        this.coef = coef;
        this.intercept = intercept;
    }

    /** Returns the reference model on the 30 original columns. */
    static LogisticModel reference() {
        JsonNode json = readJson();
        return new LogisticModel(vector(json, "mean"), vector(json, "scale"),
                vector(json, "coef"), json.get("intercept").asDouble());
    }

    /** Returns the model for data widened to {@code columns} columns by {@link WideData}. */
    static LogisticModel forColumns(int columns) {
        LogisticModel base = reference();
        double[] mean = new double[columns];
        double[] scale = new double[columns];
        double[] coef = new double[columns];
        for (int j = 0; j < columns; j++) {
            int source = WideData.sourceColumn(j);
            mean[j] = base.mean[source];
            scale[j] = base.scale[source];
            coef[j] = base.coef[source] / WideData.copies(source, columns);
        }
        return new LogisticModel(mean, scale, coef, base.intercept);
    }

    /** Returns the number of input columns. */
    int columns() {
        return coef.length;
    }

    /** Returns the probability of class 1 (benign) for one row. */
    double probability(double[] row) {
        double logit = intercept;
        for (int j = 0; j < coef.length; j++) {
            logit += (row[j] - mean[j]) / scale[j] * coef[j];
        }
        return 1 / (1 + Math.exp(-logit));
    }

    @Override
    public double[][] predict(List<double[]> batch) {
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < out.length; i++) {
            double p = probability(batch.get(i));
            out[i] = new double[] {1 - p, p};
        }
        return out;
    }

    @Override
    public boolean isThreadSafe() {
        return true;
    }

    private static JsonNode readJson() {
        try (InputStream in = LogisticModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " not found next to "
                        + LogisticModel.class.getName() + "; rebuild the benchmarks module");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read " + RESOURCE, e);
        }
    }

    private static double[] vector(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.size() != BreastCancer.COLUMNS) {
            throw new IllegalStateException(RESOURCE + ": field " + field + " must be an array of "
                    + BreastCancer.COLUMNS + " numbers");
        }
        double[] values = new double[node.size()];
        for (int j = 0; j < values.length; j++) {
            values[j] = node.get(j).asDouble();
        }
        return values;
    }
}
