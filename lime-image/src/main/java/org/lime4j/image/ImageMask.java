package org.lime4j.image;

import java.util.List;

/**
 * The superpixels chosen by {@link ImageExplanation#mask}, as a pixel mask and a picture.
 *
 * <p>{@link #mask()} contains 1 for a pixel of a shown superpixel with positive weight, -1 for one
 * with negative weight and 0 elsewhere. In the positive-only and negative-only modes every shown
 * pixel is 1, as in the Python reference. Immutable.
 */
public final class ImageMask {
    private final int width;
    private final int height;
    private final int[] mask;
    private final List<Integer> segments;
    private final LimeImage image;

    ImageMask(int width, int height, int[] mask, List<Integer> segments, LimeImage image) {
        this.width = width;
        this.height = height;
        this.mask = mask;
        this.segments = List.copyOf(segments);
        this.image = image;
    }

    /**
     * Returns a copy of the pixel mask.
     *
     * @return one value per pixel, row-major: 1, -1 or 0
     */
    public int[] mask() {
        return mask.clone();
    }

    /**
     * Returns the mask value of one pixel.
     *
     * @param x the column
     * @param y the row
     * @return 1, -1 or 0
     */
    public int get(int x, int y) {
        return mask[y * width + x];
    }

    /**
     * Returns the shown superpixels, largest {@code |weight|} first.
     *
     * @return the superpixel labels
     */
    public List<Integer> segments() {
        return segments;
    }

    /**
     * Tells whether no superpixel is shown, as when a positive-only mask finds no positive weight.
     *
     * @return whether the mask is all 0
     */
    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /**
     * Returns the picture: the image (black outside the mask when {@code hideRest} was set); in
     * the two-sign mode, shown superpixels are tinted green (positive) or red (negative).
     *
     * @return the picture
     */
    public LimeImage image() {
        return image;
    }

    /**
     * Returns the picture with the mask's outline drawn in yellow.
     *
     * @return a new RGB or RGBA image
     */
    public LimeImage withBoundaries() {
        return Overlays.outline(image, width, height, mask, Overlays.YELLOW);
    }
}
