package org.lime4j.core.surrogate;

/**
 * The weighted, centred cross products of the interpretable rows {@code z} and the model outputs
 * {@code y} of one explanation: everything a weighted linear surrogate with an unpenalized
 * intercept needs.
 *
 * <p>With weights {@code w_i}, weighted means {@code z̄} and {@code ȳ}, the design exposes
 * {@code G_jk = Σ w_i (z_ij − z̄_j)(z_ik − z̄_k)}, {@code c_jl = Σ w_i (z_ij − z̄_j)(y_il − ȳ_l)}
 * and {@code S_l = Σ w_i (y_il − ȳ_l)²}. Implementations are immutable and thread-safe.
 */
public interface WeightedDesign {

    /** @return the number of interpretable features {@code d} */
    int features();

    /** @return the number of model output columns */
    int outputs();

    /** @return the number of samples, the instance included */
    long samples();

    /** @return {@code Σ w_i} */
    double sumWeights();

    /** @return {@code Σ w_i²} */
    double sumSquaredWeights();

    /**
     * Returns the weighted mean of one feature.
     *
     * @param j the feature
     * @return {@code z̄_j}
     */
    double featureMean(int j);

    /**
     * Returns the weighted mean of one output column.
     *
     * @param label the column
     * @return {@code ȳ_l}
     */
    double outputMean(int label);

    /**
     * Returns one entry of the centred weighted Gram matrix.
     *
     * @param j a feature
     * @param k a feature
     * @return {@code G_jk}
     */
    double gram(int j, int k);

    /**
     * Returns the centred weighted cross product of a feature and an output column.
     *
     * @param j the feature
     * @param label the column
     * @return {@code c_jl}
     */
    double cross(int j, int label);

    /**
     * Returns the centred weighted sum of squares of one output column.
     *
     * @param label the column
     * @return {@code S_l}
     */
    double outputVariance(int label);

    /**
     * Returns the instance's interpretable value of one feature (row 0).
     *
     * @param j the feature
     * @return {@code z_0j}
     */
    double instanceValue(int j);

    /**
     * Solves the ridge system {@code (G_SS + αI) β = c_S} for a subset of the features. The
     * default builds the {@code k × k} system from {@link #gram}; designs over stored samples
     * may solve it in another form.
     *
     * @param label the output column
     * @param features the features, possibly none
     * @param alpha the penalty, at least 0
     * @return one coefficient per feature
     */
    default double[] ridgeCoefficients(int label, int[] features, double alpha) {
        int k = features.length;
        double[] system = new double[k * k];
        double[] rhs = new double[k];
        for (int a = 0; a < k; a++) {
            rhs[a] = cross(features[a], label);
            for (int b = a; b < k; b++) {
                double value = gram(features[a], features[b]);
                system[a * k + b] = value;
                system[b * k + a] = value;
            }
            system[a * k + a] += alpha;
        }
        return LinearAlgebra.solveSymmetric(system, rhs, k);
    }
}
