package org.lime4j.image;

/**
 * Divides an image into superpixels, the interpretable features of an image explanation.
 * Implementations must be thread-safe and give the same result for the same image and seed.
 */
public interface Segmenter {

    /**
     * Segments an image.
     *
     * @param image the image to explain
     * @param seed the explanation's seed, for segmenters that break ties at random
     * @return a segmentation of the image's width and height
     * @throws IllegalArgumentException if the segmenter cannot segment this image
     */
    Segmentation segment(LimeImage image, long seed);

    /**
     * Describes the segmenter and its settings, for the explanation's configuration.
     *
     * @return text such as {@code quickshift(kernelSize=4, maxDist=200, ratio=0.2)}
     */
    String describe();
}
