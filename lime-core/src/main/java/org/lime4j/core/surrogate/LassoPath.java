package org.lime4j.core.surrogate;

import java.util.ArrayList;
import java.util.List;

/**
 * The weighted LARS lasso path (Efron, Hastie, Johnstone and Tibshirani, "Least Angle
 * Regression", Annals of Statistics 2004), computed from a centred weighted Gram matrix.
 *
 * <p>The steps follow scikit-learn's {@code lars_path(method='lasso')} as of version 1.2: the same
 * choice of the entering variable, the same step length with its {@code float32} guard terms and
 * 15-decimal rounding of the correlations, the same drop rule, and the same early stops. Working
 * from the Gram matrix instead of the rows changes the sums only in the last bits, which matters
 * only for exact ties.
 */
final class LassoPath {
    private static final double TINY32 = Float.MIN_NORMAL;
    private static final double EPS32 = Math.ulp(1.0f);
    private static final double EPS64 = Math.ulp(1.0);
    private static final int MAX_ITERATIONS = 500;

    private LassoPath() {}

    /**
     * Walks the path from its least regularized end back to the first step with at most
     * {@code k} nonzero coefficients, and returns those features in index order.
     */
    static int[] select(WeightedDesign design, int label, int[] usable, int k) {
        List<double[]> path = path(design, label, usable);
        int m = usable.length;
        int[] nonzero = allIndices(m);
        for (int step = path.size() - 1; step > 0; step--) {
            nonzero = nonzeroIndices(path.get(step));
            if (nonzero.length <= k) {
                break;
            }
        }
        int[] chosen = new int[nonzero.length];
        for (int a = 0; a < nonzero.length; a++) {
            chosen[a] = usable[nonzero[a]];
        }
        return chosen;
    }

    /** Returns the coefficients at every step of the path, step 0 being all zeros. */
    static List<double[]> path(WeightedDesign design, int label, int[] usable) {
        int m = usable.length;
        double n = design.samples();
        double[][] gram = new double[m][m];
        double[] xy = new double[m];
        for (int a = 0; a < m; a++) {
            xy[a] = design.cross(usable[a], label);
            for (int b = 0; b < m; b++) {
                gram[a][b] = design.gram(usable[a], usable[b]);
            }
        }
        List<double[]> coefs = new ArrayList<>();
        coefs.add(new double[m]);
        // Inactive variables in scikit-learn's order, with their current correlations.
        List<Integer> inactive = new ArrayList<>();
        List<Double> cov = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            inactive.add(a);
            cov.add(xy[a]);
        }
        List<Integer> active = new ArrayList<>();
        List<Double> signs = new ArrayList<>();
        double[][] chol = new double[0][0];
        boolean drop = false;
        double prevAlpha = 0;
        int iteration = 0;
        while (true) {
            int cIndex = -1;
            double cSigned = 0;
            double c = 0;
            for (int p = 0; p < cov.size(); p++) {
                if (cIndex < 0 || Math.abs(cov.get(p)) > c) {
                    cIndex = p;
                    cSigned = cov.get(p);
                    c = Math.abs(cSigned);
                }
            }
            double alpha = c / n;
            if (alpha <= EPS32) {
                break;
            }
            if (iteration >= MAX_ITERATIONS || active.size() >= m) {
                break;
            }
            if (!drop) {
                int feature = inactive.get(cIndex);
                double[][] extended = extendCholesky(chol, gram, active, feature);
                swap(inactive, 0, cIndex);
                swap(cov, 0, cIndex);
                if (extended == null) {
                    // Degenerate with the active set: its correlation is zeroed and it stays out.
                    cov.set(0, 0.0);
                    swap(inactive, 0, cIndex);
                    swap(cov, 0, cIndex);
                    continue;
                }
                inactive.remove(0);
                cov.remove(0);
                chol = extended;
                active.add(feature);
                signs.add(Math.signum(cSigned));
            }
            if (iteration > 0 && prevAlpha < alpha) {
                break;
            }
            int nActive = active.size();
            double[] leastSquares = choleskySolve(chol, signs);
            double aa;
            if (nActive == 1 && leastSquares[0] == 0) {
                leastSquares[0] = 1;
                aa = 1;
            } else {
                double sum = 0;
                for (int a = 0; a < nActive; a++) {
                    sum += leastSquares[a] * signs.get(a);
                }
                aa = 1.0 / Math.sqrt(sum);
                int attempt = 0;
                while (!Double.isFinite(aa)) {
                    leastSquares = regularizedSolve(chol, signs, Math.pow(2, attempt) * EPS64);
                    double tmp = 0;
                    for (int a = 0; a < nActive; a++) {
                        tmp += leastSquares[a] * signs.get(a);
                    }
                    aa = 1.0 / Math.sqrt(Math.max(tmp, EPS64));
                    attempt++;
                }
                for (int a = 0; a < nActive; a++) {
                    leastSquares[a] *= aa;
                }
            }
            double[] corrEqDir = new double[inactive.size()];
            for (int p = 0; p < inactive.size(); p++) {
                double sum = 0;
                int j = inactive.get(p);
                for (int a = 0; a < nActive; a++) {
                    sum += gram[active.get(a)][j] * leastSquares[a];
                }
                corrEqDir[p] = round15(sum);
            }
            double gamma = c / aa;
            for (int p = 0; p < inactive.size(); p++) {
                double g1 = (c - cov.get(p)) / (aa - corrEqDir[p] + TINY32);
                double g2 = (c + cov.get(p)) / (aa + corrEqDir[p] + TINY32);
                if (g1 > 0) {
                    gamma = Math.min(gamma, g1);
                }
                if (g2 > 0) {
                    gamma = Math.min(gamma, g2);
                }
            }
            double[] previous = coefs.get(coefs.size() - 1);
            double zPos = Double.MAX_VALUE;
            double[] z = new double[nActive];
            for (int a = 0; a < nActive; a++) {
                z[a] = -previous[active.get(a)] / (leastSquares[a] + TINY32);
                if (z[a] > 0) {
                    zPos = Math.min(zPos, z[a]);
                }
            }
            List<Integer> dropped = new ArrayList<>();
            drop = false;
            if (zPos < gamma) {
                for (int a = nActive - 1; a >= 0; a--) {
                    if (z[a] == zPos) {
                        dropped.add(a);
                        signs.set(a, -signs.get(a));
                    }
                }
                gamma = zPos;
                drop = true;
            }
            iteration++;
            double[] coef = new double[m];
            for (int a = 0; a < nActive; a++) {
                int j = active.get(a);
                coef[j] = previous[j] + gamma * leastSquares[a];
            }
            coefs.add(coef);
            for (int p = 0; p < cov.size(); p++) {
                cov.set(p, cov.get(p) - gamma * corrEqDir[p]);
            }
            prevAlpha = alpha;
            if (drop) {
                for (int position : dropped) {
                    int feature = active.remove(position);
                    signs.remove(position);
                    double correlation = xy[feature];
                    for (int j : active) {
                        correlation -= gram[feature][j] * coef[j];
                    }
                    inactive.add(0, feature);
                    cov.add(0, correlation);
                }
                chol = rebuildCholesky(gram, active);
            }
        }
        return coefs;
    }

    /** Appends a variable to the Cholesky factor of the active Gram matrix, or null if degenerate. */
    private static double[][] extendCholesky(
            double[][] chol, double[][] gram, List<Integer> active, int feature) {
        int size = active.size();
        double[] row = new double[size];
        for (int a = 0; a < size; a++) {
            double sum = gram[feature][active.get(a)];
            for (int b = 0; b < a; b++) {
                sum -= chol[a][b] * row[b];
            }
            row[a] = sum / chol[a][a];
        }
        double v = 0;
        for (double value : row) {
            v += value * value;
        }
        double diag = Math.max(Math.sqrt(Math.abs(gram[feature][feature] - v)), EPS64);
        if (diag < 1e-7) {
            return null;
        }
        double[][] extended = new double[size + 1][size + 1];
        for (int a = 0; a < size; a++) {
            System.arraycopy(chol[a], 0, extended[a], 0, a + 1);
        }
        System.arraycopy(row, 0, extended[size], 0, size);
        extended[size][size] = diag;
        return extended;
    }

    private static double[][] rebuildCholesky(double[][] gram, List<Integer> active) {
        double[][] chol = new double[0][0];
        List<Integer> prefix = new ArrayList<>();
        for (int feature : active) {
            double[][] extended = extendCholesky(chol, gram, prefix, feature);
            if (extended == null) {
                extended = extendCholeskyForced(chol, gram, prefix, feature);
            }
            chol = extended;
            prefix.add(feature);
        }
        return chol;
    }

    private static double[][] extendCholeskyForced(
            double[][] chol, double[][] gram, List<Integer> active, int feature) {
        int size = active.size();
        double[][] extended = new double[size + 1][size + 1];
        for (int a = 0; a < size; a++) {
            System.arraycopy(chol[a], 0, extended[a], 0, a + 1);
        }
        extended[size][size] = 1e-7;
        return extended;
    }

    private static double[] choleskySolve(double[][] chol, List<Double> rhs) {
        int size = chol.length;
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            double sum = rhs.get(i);
            for (int k = 0; k < i; k++) {
                sum -= chol[i][k] * y[k];
            }
            y[i] = sum / chol[i][i];
        }
        double[] x = new double[size];
        for (int i = size - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < size; k++) {
                sum -= chol[k][i] * x[k];
            }
            x[i] = sum / chol[i][i];
        }
        return x;
    }

    private static double[] regularizedSolve(double[][] chol, List<Double> rhs, double shift) {
        int size = chol.length;
        double[][] shifted = new double[size][];
        for (int i = 0; i < size; i++) {
            shifted[i] = chol[i].clone();
            shifted[i][i] += shift;
        }
        return choleskySolve(shifted, rhs);
    }

    /** Rounds to 15 decimals, as numpy's {@code around(x, 15)} does. */
    private static double round15(double value) {
        return Math.rint(value * 1e15) / 1e15;
    }

    private static <E> void swap(List<E> list, int a, int b) {
        E tmp = list.get(a);
        list.set(a, list.get(b));
        list.set(b, tmp);
    }

    private static int[] nonzeroIndices(double[] coef) {
        int count = 0;
        for (double value : coef) {
            if (value != 0) {
                count++;
            }
        }
        int[] result = new int[count];
        int next = 0;
        for (int j = 0; j < coef.length; j++) {
            if (coef[j] != 0) {
                result[next++] = j;
            }
        }
        return result;
    }

    private static int[] allIndices(int m) {
        int[] all = new int[m];
        for (int j = 0; j < m; j++) {
            all[j] = j;
        }
        return all;
    }
}
