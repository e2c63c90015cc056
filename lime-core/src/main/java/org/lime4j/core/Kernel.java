package org.lime4j.core;

/**
 * Turns the distance between a perturbed sample and the instance into the sample's weight.
 *
 * <p>Implementations must be pure functions: the same arguments always give the same weight.
 */
@FunctionalInterface
public interface Kernel {

    /**
     * The kernel of the Python {@code lime} package: {@code sqrt(exp(-d² / w²))}.
     */
    Kernel EXPONENTIAL = new Kernel() {
        @Override
        public double weight(double distance, double width) {
            return Math.sqrt(Math.exp(-(distance * distance) / (width * width)));
        }

        @Override
        public String toString() {
            return "exponential";
        }
    };

    /**
     * Computes the weight of a sample.
     *
     * @param distance the sample's distance to the instance, at least 0
     * @param width the kernel width, greater than 0
     * @return the weight, finite and at least 0
     */
    double weight(double distance, double width);
}
