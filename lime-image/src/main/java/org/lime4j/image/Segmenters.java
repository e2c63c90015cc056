package org.lime4j.image;

import java.util.Objects;

/** Factories of the built-in {@link Segmenter}s. */
public final class Segmenters {
    /** The reference's quickshift kernel size. */
    public static final double QUICKSHIFT_KERNEL_SIZE = 4;
    /** The reference's quickshift maximum link distance. */
    public static final double QUICKSHIFT_MAX_DIST = 200;
    /** The reference's quickshift weight of colour against position. */
    public static final double QUICKSHIFT_RATIO = 0.2;

    private Segmenters() {}

    /**
     * Returns quickshift in Lab colour with the defaults of the Python {@code lime} package
     * 0.2.0.1: kernel size 4, maximum distance 200, ratio 0.2.
     *
     * @return the segmenter
     */
    public static Segmenter quickshift() {
        return quickshift(QUICKSHIFT_KERNEL_SIZE, QUICKSHIFT_MAX_DIST, QUICKSHIFT_RATIO);
    }

    /**
     * Returns quickshift in Lab colour (Vedaldi and Soatto, ECCV 2008).
     *
     * @param kernelSize the standard deviation of the density kernel in pixels, in [1, 64];
     *     larger gives fewer superpixels
     * @param maxDist the longest link between pixels, in the combined colour and pixel distance
     * @param ratio the weight of colour against position, in [0, 1]
     * @return the segmenter
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Segmenter quickshift(double kernelSize, double maxDist, double ratio) {
        return new Quickshift(kernelSize, maxDist, ratio);
    }

    /**
     * Returns SLIC superpixels (Achanta et al., TPAMI 2012) from BoofCV.
     *
     * @param regions the approximate number of superpixels, at least 1
     * @param spatialWeight the weight of compactness against colour, greater than 0 (BoofCV's
     *     default is 200 for 0–255 images)
     * @return the segmenter
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Segmenter slic(int regions, double spatialWeight) {
        return BoofSegmenter.slic(regions, (float) spatialWeight);
    }

    /**
     * Returns graph-based segmentation (Felzenszwalb and Huttenlocher, IJCV 2004) from BoofCV.
     *
     * @param k the scale: larger gives larger superpixels, greater than 0
     * @param minSize the smallest superpixel in pixels, at least 1
     * @return the segmenter
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Segmenter felzenszwalb(double k, int minSize) {
        return BoofSegmenter.felzenszwalb((float) k, minSize);
    }

    /**
     * Returns a segmenter that always returns a caller-given label map. Labels may be any
     * integers, and they are renumbered to {@code 0..K-1} in the order of their values.
     *
     * @param width the map's width
     * @param height the map's height
     * @param labels one label per pixel, row-major; copied
     * @return the segmenter, which rejects images of another width or height
     * @throws IllegalArgumentException if {@code labels} does not have {@code width · height}
     *     entries
     */
    public static Segmenter given(int width, int height, int[] labels) {
        Segmentation segmentation = Segmentation.of(width, height, labels);
        return given(segmentation);
    }

    /**
     * Returns a segmenter that always returns the given segmentation.
     *
     * @param segmentation the superpixels
     * @return the segmenter, which rejects images of another width or height
     */
    public static Segmenter given(Segmentation segmentation) {
        Objects.requireNonNull(segmentation, "segmentation");
        return new Segmenter() {
            @Override
            public Segmentation segment(LimeImage image, long seed) {
                if (image.width() != segmentation.width()
                        || image.height() != segmentation.height()) {
                    throw new IllegalArgumentException("the label map is "
                            + segmentation.width() + "×" + segmentation.height()
                            + " but the image is " + image.width() + "×" + image.height()
                            + "; give one label per pixel of the image");
                }
                return segmentation;
            }

            @Override
            public String describe() {
                return "given(" + segmentation.count() + " superpixels)";
            }
        };
    }
}
