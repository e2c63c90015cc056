package org.lime4j.core;

/** Distances between an interpretable row and the instance, as the explainers use them. */
public final class Distances {
    private Distances() {}

    /**
     * Computes the Euclidean distance between two rows of equal length.
     *
     * @param a the first row
     * @param b the second row
     * @return {@code sqrt(Σ (a_i − b_i)²)}
     */
    public static double euclidean(double[] a, double[] b) {
        checkLengths(a, b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double diff = a[i] - b[i];
            sum += diff * diff;
        }
        return Math.sqrt(sum);
    }

    /**
     * Computes the cosine distance {@code 1 − a·b / (|a| |b|)}. A zero row is at distance 1 from
     * every row, which is what scikit-learn's {@code cosine_distances} returns for it.
     *
     * @param a the first row
     * @param b the second row
     * @return the distance in {@code [0, 2]}
     */
    public static double cosine(double[] a, double[] b) {
        checkLengths(a, b);
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        if (normA == 0 || normB == 0) {
            return 1.0;
        }
        double distance = 1.0 - dot / (Math.sqrt(normA) * Math.sqrt(normB));
        return Math.max(0.0, distance);
    }

    /**
     * Computes the cosine distance between a binary row with {@code active} ones and the all-ones
     * row of length {@code d}: {@code 1 − sqrt(active / d)}. This is the text and image case, where
     * the instance keeps every feature.
     *
     * @param active the number of features the sample keeps, in {@code 0..d}
     * @param d the number of features, at least 1
     * @return the distance in {@code [0, 1]}
     */
    public static double cosineToAllOnes(int active, int d) {
        if (active == 0) {
            return 1.0;
        }
        return Math.max(0.0, 1.0 - active / (Math.sqrt(active) * Math.sqrt(d)));
    }

    private static void checkLengths(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "rows must have equal length, got " + a.length + " and " + b.length);
        }
    }
}
