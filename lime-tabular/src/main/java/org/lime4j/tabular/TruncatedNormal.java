package org.lime4j.tabular;

import org.apache.commons.math3.special.Erf;
import org.lime4j.core.SampleRandom;

/**
 * Draws values of one bin: a normal with the bin's mean and standard deviation truncated to the
 * bin's edges. The constants are computed once, so a draw costs a few normal draws (rejection,
 * when the bin contains at least {@value #REJECTION_MASS} of the normal's mass) or one inverse-CDF
 * evaluation. Immutable.
 *
 * <p>A bin whose edges are equal yields that value, and a bin with standard deviation 0 yields
 * its mean. Integer columns round the draw and clamp it to the whole numbers inside the bin.
 */
final class TruncatedNormal {
    static final double REJECTION_MASS = 0.3;
    private static final int MAX_REJECTIONS = 64;
    private static final double SQRT2 = Math.sqrt(2);

    private final double lower;
    private final double upper;
    private final double mean;
    private final double std;
    private final boolean rejection;
    /** Whether the inverse CDF works on the mirrored interval, which keeps tail precision. */
    private final boolean mirrored;
    private final double cdfLow;
    private final double cdfHigh;
    private final boolean integer;
    private final double integerLow;
    private final double integerHigh;

    TruncatedNormal(ColumnStatistics.Bin bin, boolean first, boolean integer) {
        this.lower = bin.lower();
        this.upper = bin.upper();
        this.mean = Math.min(upper, Math.max(lower, bin.mean()));
        this.std = bin.std();
        double a = (lower - mean) / std;
        double b = (upper - mean) / std;
        this.mirrored = a > 0;
        this.cdfLow = mirrored ? cdf(-b) : cdf(a);
        this.cdfHigh = mirrored ? cdf(-a) : cdf(b);
        // Rejection needs a bin of positive width and a positive deviation.
        this.rejection = lower < upper && std > 0 && cdfHigh - cdfLow >= REJECTION_MASS;
        this.integer = integer;
        this.integerLow = first ? Math.ceil(lower) : Math.floor(lower) + 1;
        this.integerHigh = Math.floor(upper);
    }

    double draw(SampleRandom random) {
        double x;
        if (rejection) {
            x = rejectionDraw(random);
        } else if (lower == upper) {
            x = lower;
        } else if (std == 0) {
            x = mean;
        } else {
            x = inverseDraw(random.nextDouble());
        }
        if (integer && integerLow <= integerHigh) {
            x = Math.min(integerHigh, Math.max(integerLow, Math.rint(x)));
        }
        return x;
    }

    private double rejectionDraw(SampleRandom random) {
        for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
            double x = mean + std * random.nextGaussian();
            if (x >= lower && x <= upper) {
                return x;
            }
        }
        return inverseDraw(random.nextDouble());
    }

    private double inverseDraw(double u) {
        if (!(cdfHigh > cdfLow)) {
            // The normal has no representable mass in the bin: fall back to a uniform draw.
            return lower + u * (upper - lower);
        }
        double q = quantile(cdfLow + u * (cdfHigh - cdfLow));
        double x = mirrored ? mean - std * q : mean + std * q;
        return Math.min(upper, Math.max(lower, x));
    }

    static double cdf(double x) {
        return 0.5 * Erf.erfc(-x / SQRT2);
    }

    /**
     * Returns the standard normal quantile by Acklam's rational approximation (relative error
     * about 1e-9) refined by one Halley step.
     */
    static double quantile(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double x;
        if (p < 0.02425) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q
                    - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q
                    + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                    / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q
                    + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);
        } else if (p > 1 - 0.02425) {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q
                    - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q
                    + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                    / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q
                    + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);
        } else {
            double q = p - 0.5;
            double r = q * q;
            x = (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r
                    - 2.759285104469687e+02) * r + 1.383577518672690e+02) * r
                    - 3.066479806614716e+01) * r + 2.506628277459239e+00) * q
                    / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r
                    - 1.556989798598866e+02) * r + 6.680131188771972e+01) * r
                    - 1.328068155288572e+01) * r + 1);
        }
        double e = cdf(x) - p;
        double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }
}
