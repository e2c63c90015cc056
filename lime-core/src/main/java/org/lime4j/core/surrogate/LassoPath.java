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
        Walk walk = new Walk(design, label, usable);
        walk.run();
        return walk.coefs;
    }

    /** The state of one walk along the path, in scikit-learn's variable order. */
    private static final class Walk {
        final int m;
        final double n;
        final double[][] gram;
        final double[] xy;
        final List<double[]> coefs = new ArrayList<>();
        /** Inactive variables in scikit-learn's order, with their current correlations. */
        final List<Integer> inactive = new ArrayList<>();
        final List<Double> cov = new ArrayList<>();
        final List<Integer> active = new ArrayList<>();
        final List<Double> signs = new ArrayList<>();
        double[][] chol = new double[0][0];

        Walk(WeightedDesign design, int label, int[] usable) {
            m = usable.length;
            n = design.samples();
            gram = new double[m][m];
            xy = new double[m];
            for (int a = 0; a < m; a++) {
                xy[a] = design.cross(usable[a], label);
                for (int b = 0; b < m; b++) {
                    gram[a][b] = design.gram(usable[a], usable[b]);
                }
                inactive.add(a);
                cov.add(xy[a]);
            }
            coefs.add(new double[m]);
        }

        void run() {
            boolean drop = false;
            double prevAlpha = 0;
            int iteration = 0;
            while (true) {
                int entering = strongestInactive();
                double signedCorrelation = entering < 0 ? 0 : cov.get(entering);
                double c = Math.abs(signedCorrelation);
                double alpha = c / n;
                if (alpha <= EPS32 || iteration >= MAX_ITERATIONS || active.size() >= m) {
                    break;
                }
                if (!drop && !enter(entering, signedCorrelation)) {
                    continue;
                }
                if (iteration > 0 && prevAlpha < alpha) {
                    break;
                }
                double[] direction = new double[active.size()];
                double aa = equiangular(direction);
                double[] corrEqDir = inactiveCorrelations(direction);
                double gamma = stepLength(c, aa, corrEqDir);

                // A coefficient that would cross zero before that step ends the step and drops.
                double[] previous = coefs.get(coefs.size() - 1);
                List<Integer> dropped = crossings(previous, direction, gamma);
                drop = !dropped.isEmpty();
                if (drop) {
                    gamma = -previous[active.get(dropped.get(0))]
                            / (direction[dropped.get(0)] + TINY32);
                }
                iteration++;
                double[] coef = new double[m];
                for (int a = 0; a < active.size(); a++) {
                    int j = active.get(a);
                    coef[j] = previous[j] + gamma * direction[a];
                }
                coefs.add(coef);
                for (int p = 0; p < cov.size(); p++) {
                    cov.set(p, cov.get(p) - gamma * corrEqDir[p]);
                }
                prevAlpha = alpha;
                if (drop) {
                    leave(dropped, coef);
                }
            }
        }

        /** Returns the position of the inactive variable with the largest |correlation|. */
        private int strongestInactive() {
            int best = -1;
            double max = 0;
            for (int p = 0; p < cov.size(); p++) {
                if (best < 0 || Math.abs(cov.get(p)) > max) {
                    best = p;
                    max = Math.abs(cov.get(p));
                }
            }
            return best;
        }

        /**
         * Moves the variable at {@code position} into the active set. A variable degenerate with
         * the active set has its correlation zeroed and stays out; then this returns false.
         */
        private boolean enter(int position, double signedCorrelation) {
            int feature = inactive.get(position);
            double[][] extended = extendCholesky(chol, gram, active, feature);
            swap(inactive, 0, position);
            swap(cov, 0, position);
            if (extended == null) {
                cov.set(0, 0.0);
                swap(inactive, 0, position);
                swap(cov, 0, position);
                return false;
            }
            inactive.remove(0);
            cov.remove(0);
            chol = extended;
            active.add(feature);
            signs.add(Math.signum(signedCorrelation));
            return true;
        }

        /** Fills the equiangular direction of the active set and returns its normalizer. */
        private double equiangular(double[] direction) {
            int size = active.size();
            double[] leastSquares = choleskySolve(chol, signs);
            if (size == 1 && leastSquares[0] == 0) {
                direction[0] = 1;
                return 1;
            }
            double aa = 1.0 / Math.sqrt(dotSigns(leastSquares));
            int attempt = 0;
            while (!Double.isFinite(aa)) {
                // Too ill-conditioned: scikit-learn shifts the factor's diagonal until it solves.
                leastSquares = regularizedSolve(chol, signs, Math.pow(2, attempt) * EPS64);
                aa = 1.0 / Math.sqrt(Math.max(dotSigns(leastSquares), EPS64));
                attempt++;
            }
            for (int a = 0; a < size; a++) {
                direction[a] = leastSquares[a] * aa;
            }
            return aa;
        }

        private double dotSigns(double[] values) {
            double sum = 0;
            for (int a = 0; a < values.length; a++) {
                sum += values[a] * signs.get(a);
            }
            return sum;
        }

        private double[] inactiveCorrelations(double[] direction) {
            double[] result = new double[inactive.size()];
            for (int p = 0; p < inactive.size(); p++) {
                double sum = 0;
                int j = inactive.get(p);
                for (int a = 0; a < active.size(); a++) {
                    sum += gram[active.get(a)][j] * direction[a];
                }
                result[p] = round15(sum);
            }
            return result;
        }

        /** Returns the step to the next variable's entry, or to the end of the path. */
        private double stepLength(double c, double aa, double[] corrEqDir) {
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
            return gamma;
        }

        /**
         * Returns the active positions, highest first, whose coefficient reaches zero first and
         * before {@code gamma}, flipping their signs; empty when none does.
         */
        private List<Integer> crossings(double[] previous, double[] direction, double gamma) {
            int size = active.size();
            double zPos = Double.MAX_VALUE;
            double[] z = new double[size];
            for (int a = 0; a < size; a++) {
                z[a] = -previous[active.get(a)] / (direction[a] + TINY32);
                if (z[a] > 0) {
                    zPos = Math.min(zPos, z[a]);
                }
            }
            List<Integer> dropped = new ArrayList<>();
            if (zPos < gamma) {
                for (int a = size - 1; a >= 0; a--) {
                    if (z[a] == zPos) {
                        dropped.add(a);
                        signs.set(a, -signs.get(a));
                    }
                }
            }
            return dropped;
        }

        /** Moves dropped variables back to the front of the inactive list. */
        private void leave(List<Integer> dropped, double[] coef) {
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
