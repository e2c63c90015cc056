package org.lime4j.image;

import java.util.Arrays;

/**
 * The look of a hidden superpixel in a perturbed image. The explainer builds one fully hidden copy
 * of the image, and each perturbed image takes a hidden superpixel's pixels from it.
 *
 * <p>Only colour channels change. The alpha channel of an RGBA image always keeps the original
 * values, so hiding never makes a pixel more or less transparent. Implementations must be
 * thread-safe.
 */
public interface Hiding {

    /**
     * Builds the image in which every superpixel is hidden.
     *
     * @param image the image to explain
     * @param segmentation its superpixels
     * @return an image of the same shape
     * @throws IllegalArgumentException if the strategy does not fit the image, such as an RGB
     *     colour for a grey image
     */
    LimeImage hiddenImage(LimeImage image, Segmentation segmentation);

    /**
     * Describes the strategy, for the explanation's configuration.
     *
     * @return text such as {@code mean colour}
     */
    String describe();

    /**
     * Returns the reference's default: each superpixel takes its own mean colour, per channel,
     * rounded down as the reference's assignment into 8-bit samples does.
     *
     * @return the strategy
     */
    static Hiding meanColour() {
        return new Hiding() {
            @Override
            public LimeImage hiddenImage(LimeImage image, Segmentation segmentation) {
                return Fills.segmentMeans(image, segmentation);
            }

            @Override
            public String describe() {
                return "mean colour";
            }
        };
    }

    /**
     * Returns a fixed colour: one value for every colour channel, or one value per colour channel
     * (three for RGB and RGBA images).
     *
     * @param values the colour, each 0–255
     * @return the strategy
     * @throws IllegalArgumentException if no value is given or a value is outside 0–255
     */
    static Hiding colour(int... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a hiding colour needs at least one value");
        }
        for (int value : values) {
            if (value < 0 || value > 255) {
                throw new IllegalArgumentException("hiding colour values must be in 0..255, got "
                        + Arrays.toString(values));
            }
        }
        int[] colour = values.clone();
        return new Hiding() {
            @Override
            public LimeImage hiddenImage(LimeImage image, Segmentation segmentation) {
                return Fills.constant(image, colour);
            }

            @Override
            public String describe() {
                return "colour " + Arrays.toString(colour);
            }
        };
    }

    /**
     * Returns a blurred copy: a Gaussian blur of the whole image, so a hidden superpixel keeps its
     * coarse shape and colour but loses its detail.
     *
     * @param sigma the blur's standard deviation in pixels, greater than 0
     * @return the strategy
     * @throws IllegalArgumentException if {@code sigma} is not greater than 0
     */
    static Hiding blur(double sigma) {
        if (!(sigma > 0 && sigma < 1e4)) {
            throw new IllegalArgumentException(
                    "blur sigma must be greater than 0 and finite, got " + sigma);
        }
        return new Hiding() {
            @Override
            public LimeImage hiddenImage(LimeImage image, Segmentation segmentation) {
                return Fills.gaussianBlur(image, sigma);
            }

            @Override
            public String describe() {
                return "blur sigma " + sigma;
            }
        };
    }
}
