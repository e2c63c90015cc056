package org.lime4j.image;

import java.util.Arrays;

/**
 * A label map that assigns every pixel one of the superpixels {@code 0..count-1}. Immutable and
 * thread-safe.
 */
public final class Segmentation {
    private final int width;
    private final int height;
    private final int[] labels;
    private final int count;
    private final int[] sizes;

    private Segmentation(int width, int height, int[] labels, int count) {
        this.width = width;
        this.height = height;
        this.labels = labels;
        this.count = count;
        this.sizes = new int[count];
        for (int label : labels) {
            sizes[label]++;
        }
    }

    /**
     * Creates a segmentation from any integer labels, renumbering them to {@code 0..K-1} in the
     * order of their values, so that a map whose labels do not start at 0 or have gaps still
     * gives every superpixel a feature.
     *
     * @param width the width in pixels
     * @param height the height in pixels
     * @param labels one label per pixel, row-major
     * @return the segmentation
     * @throws IllegalArgumentException if {@code labels} does not have {@code width · height}
     *     entries
     */
    public static Segmentation of(int width, int height, int[] labels) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(
                    "segmentation width and height must be at least 1, got " + width + "×" + height);
        }
        if (labels.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " label map needs "
                    + (long) width * height + " labels, got " + labels.length);
        }
        int[] distinct = Arrays.stream(labels).distinct().sorted().toArray();
        int[] remapped = new int[labels.length];
        boolean dense = distinct[0] == 0 && distinct[distinct.length - 1] == distinct.length - 1;
        for (int p = 0; p < labels.length; p++) {
            remapped[p] = dense ? labels[p] : Arrays.binarySearch(distinct, labels[p]);
        }
        return new Segmentation(width, height, remapped, distinct.length);
    }

    /**
     * Returns the width.
     *
     * @return the width in pixels
     */
    public int width() {
        return width;
    }

    /**
     * Returns the height.
     *
     * @return the height in pixels
     */
    public int height() {
        return height;
    }

    /**
     * Returns the number of superpixels {@code K}.
     *
     * @return at least 1
     */
    public int count() {
        return count;
    }

    /**
     * Returns the superpixel of one pixel.
     *
     * @param x the column
     * @param y the row
     * @return the label in {@code 0..K-1}
     */
    public int label(int x, int y) {
        return labels[y * width + x];
    }

    /**
     * Returns a copy of the labels.
     *
     * @return one label in {@code 0..K-1} per pixel, row-major
     */
    public int[] labels() {
        return labels.clone();
    }

    /**
     * Returns the number of pixels in one superpixel.
     *
     * @param segment the label
     * @return its pixel count, at least 1
     */
    public int size(int segment) {
        return sizes[segment];
    }

    int[] labelsView() {
        return labels;
    }

    @Override
    public String toString() {
        return "Segmentation " + width + "×" + height + ", " + count + " superpixels";
    }
}
