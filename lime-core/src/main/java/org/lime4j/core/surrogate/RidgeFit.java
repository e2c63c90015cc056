package org.lime4j.core.surrogate;

import java.util.Arrays;

/**
 * A weighted ridge regression with an unpenalized intercept, fitted on a subset of the features
 * of a {@link WeightedDesign}, as scikit-learn's {@code Ridge(alpha, fit_intercept=True)} fits it
 * with sample weights.
 *
 * <p>The coefficients solve {@code (G_SS + αI) β = c_S}; the intercept is
 * {@code ȳ − z̄_S·β}; the score is the weighted R² {@code 1 − SS_res / S}, computed from the same
 * sums, and 1 (or 0 when residuals remain) if the output does not vary, as scikit-learn's
 * {@code r2_score} reports it. With {@code α = 0} a singular system is solved in the least-squares
 * sense with the minimum-norm solution. Immutable.
 *
 * @param features the fitted features, in the order given
 * @param coefficients one coefficient per fitted feature
 * @param intercept the intercept
 * @param score the weighted R² on the design's samples
 * @param localPrediction the fit's value at the instance
 */
public record RidgeFit(
        int[] features, double[] coefficients, double intercept, double score,
        double localPrediction) {

    /**
     * Fits ridge on the given features.
     *
     * @param design the weighted statistics
     * @param label the output column
     * @param features the features to fit, possibly none
     * @param alpha the penalty, at least 0
     * @return the fit
     */
    public static RidgeFit fit(WeightedDesign design, int label, int[] features, double alpha) {
        int k = features.length;
        double[] beta = design.ridgeCoefficients(label, features, alpha);
        double[] rhs = new double[k];
        double[] gram = new double[k * k];
        for (int a = 0; a < k; a++) {
            rhs[a] = design.cross(features[a], label);
            for (int b = a; b < k; b++) {
                double value = design.gram(features[a], features[b]);
                gram[a * k + b] = value;
                gram[b * k + a] = value;
            }
        }
        double intercept = design.outputMean(label);
        double local = 0;
        double explained = 0;
        double quadratic = 0;
        for (int a = 0; a < k; a++) {
            intercept -= design.featureMean(features[a]) * beta[a];
            local += beta[a] * design.instanceValue(features[a]);
            explained += beta[a] * rhs[a];
            for (int b = 0; b < k; b++) {
                quadratic += beta[a] * gram[a * k + b] * beta[b];
            }
        }
        double total = design.outputVariance(label);
        double residual = Math.max(0.0, total - 2 * explained + quadratic);
        double score = r2(residual, total);
        return new RidgeFit(features.clone(), beta, intercept, score, intercept + local);
    }

    /**
     * Computes the weighted R² from residual and total sums of squares, with scikit-learn's rule
     * for a constant output.
     */
    static double r2(double residual, double total) {
        if (total <= 0) {
            return residual <= 0 ? 1.0 : 0.0;
        }
        return 1.0 - residual / total;
    }

    /**
     * Returns the coefficient of one feature, or 0 if the fit does not contain it.
     *
     * @param feature the feature index
     * @return its coefficient
     */
    public double coefficientOf(int feature) {
        for (int a = 0; a < features.length; a++) {
            if (features[a] == feature) {
                return coefficients[a];
            }
        }
        return 0.0;
    }

    @Override
    public int[] features() {
        return features.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RidgeFit fit
                && Arrays.equals(features, fit.features)
                && Arrays.equals(coefficients, fit.coefficients)
                && Double.compare(intercept, fit.intercept) == 0
                && Double.compare(score, fit.score) == 0
                && Double.compare(localPrediction, fit.localPrediction) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(features) + Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return "RidgeFit{features=" + Arrays.toString(features)
                + ", coefficients=" + Arrays.toString(coefficients)
                + ", intercept=" + intercept + ", score=" + score
                + ", localPrediction=" + localPrediction + "}";
    }
}
