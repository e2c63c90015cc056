package org.lime4j.core.surrogate;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** Small dense solvers for the surrogate's {@code k × k} systems, row-major arrays. */
final class LinearAlgebra {
    /** A pivot below this fraction of the largest diagonal entry counts as singular. */
    private static final double PIVOT_TOLERANCE = 1e-12;

    private LinearAlgebra() {}

    /**
     * Solves a symmetric positive semi-definite system: by Cholesky when it is well conditioned,
     * else by the SVD's minimum-norm least-squares solution.
     */
    static double[] solveSymmetric(double[] a, double[] b, int n) {
        if (n == 0) {
            return new double[0];
        }
        double[] factor = cholesky(a, n);
        if (factor != null) {
            return choleskySolve(factor, b, n);
        }
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a, i * n, rows[i], 0, n);
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(
                new Array2DRowRealMatrix(rows, false));
        return svd.getSolver().solve(new ArrayRealVector(b, false)).toArray();
    }

    /** Returns the lower Cholesky factor, or null when a pivot is not clearly positive. */
    static double[] cholesky(double[] a, int n) {
        double maxDiagonal = 0;
        for (int i = 0; i < n; i++) {
            maxDiagonal = Math.max(maxDiagonal, Math.abs(a[i * n + i]));
        }
        if (maxDiagonal == 0) {
            return null;
        }
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * n + k] * l[j * n + k];
                }
                if (i == j) {
                    if (!(sum > PIVOT_TOLERANCE * maxDiagonal)) {
                        return null;
                    }
                    l[i * n + i] = Math.sqrt(sum);
                } else {
                    l[i * n + j] = sum / l[j * n + j];
                }
            }
        }
        return l;
    }

    /** Solves {@code L Lᵀ x = b} for a lower factor {@code L}. */
    static double[] choleskySolve(double[] l, double[] b, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[i * n + k] * y[k];
            }
            y[i] = sum / l[i * n + i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k * n + i] * x[k];
            }
            x[i] = sum / l[i * n + i];
        }
        return x;
    }
}
