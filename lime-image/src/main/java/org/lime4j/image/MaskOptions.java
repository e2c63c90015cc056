package org.lime4j.image;

/**
 * The choice of superpixels that a mask shows, with the defaults of the Python {@code lime} package 0.2.0.1's
 * {@code get_image_and_mask}: positive only, five features, minimum weight 0.
 *
 * @param positiveOnly show only superpixels whose weight is positive and above {@code minWeight}
 * @param negativeOnly show only superpixels whose weight is negative and below
 *     {@code -minWeight}
 * @param hideRest black out every pixel outside the shown superpixels
 * @param numFeatures the most superpixels to show, taken by largest {@code |weight|}
 * @param minWeight the smallest {@code |weight|} a shown superpixel has
 */
public record MaskOptions(boolean positiveOnly, boolean negativeOnly, boolean hideRest,
        int numFeatures, double minWeight) {

    /**
     * Checks the options.
     *
     * @param positiveOnly show only superpixels whose weight is positive and above
     *     {@code minWeight}
     * @param negativeOnly show only superpixels whose weight is negative and below
     *     {@code -minWeight}
     * @param hideRest black out every pixel outside the shown superpixels
     * @param numFeatures the most superpixels to show, at least 0
     * @param minWeight the smallest {@code |weight|} a shown superpixel has, at least 0
     * @throws IllegalArgumentException if both {@code positiveOnly} and {@code negativeOnly} are
     *     set, {@code numFeatures} is negative, or {@code minWeight} is negative or NaN
     */
    public MaskOptions {
        if (positiveOnly && negativeOnly) {
            throw new IllegalArgumentException("positiveOnly and negativeOnly cannot both be set;"
                    + " set at most one, or neither to show both signs");
        }
        if (numFeatures < 0) {
            throw new IllegalArgumentException(
                    "numFeatures must be at least 0, got " + numFeatures);
        }
        if (!(minWeight >= 0)) {
            throw new IllegalArgumentException("minWeight must be at least 0, got " + minWeight);
        }
    }

    /**
     * Returns the reference's defaults: positive only, not hiding the rest, five features,
     * minimum weight 0.
     *
     * @return the defaults
     */
    public static MaskOptions defaults() {
        return new MaskOptions(true, false, false, 5, 0.0);
    }

    /**
     * Returns options that show superpixels of both signs.
     *
     * @return a copy with neither {@code positiveOnly} nor {@code negativeOnly}
     */
    public MaskOptions bothSigns() {
        return new MaskOptions(false, false, hideRest, numFeatures, minWeight);
    }

    /**
     * Returns options that show only negative superpixels.
     *
     * @return a copy with {@code negativeOnly} set and {@code positiveOnly} cleared
     */
    public MaskOptions negative() {
        return new MaskOptions(false, true, hideRest, numFeatures, minWeight);
    }

    /**
     * Returns options with another {@code hideRest}.
     *
     * @param value whether to black out the pixels outside the mask
     * @return the copy
     */
    public MaskOptions withHideRest(boolean value) {
        return new MaskOptions(positiveOnly, negativeOnly, value, numFeatures, minWeight);
    }

    /**
     * Returns options with another feature count.
     *
     * @param value the most superpixels to show, at least 0
     * @return the copy
     */
    public MaskOptions withNumFeatures(int value) {
        return new MaskOptions(positiveOnly, negativeOnly, hideRest, value, minWeight);
    }

    /**
     * Returns options with another minimum weight.
     *
     * @param value the smallest {@code |weight|} shown, at least 0
     * @return the copy
     */
    public MaskOptions withMinWeight(double value) {
        return new MaskOptions(positiveOnly, negativeOnly, hideRest, numFeatures, value);
    }
}
