package org.lime4j.image;

import java.util.Objects;

/** Pictures of explanations: superpixel boundaries and heat maps drawn over an image. */
public final class Overlays {
    /** The boundary colour of the reference's {@code mark_boundaries}: yellow. */
    static final int[] YELLOW = {255, 255, 0};

    private Overlays() {}

    /**
     * Draws the boundaries between superpixels in yellow: every pixel whose right or lower
     * neighbour lies in another superpixel, and that neighbour, is coloured.
     *
     * @param image the image
     * @param segmentation its superpixels
     * @return a new RGB image (RGBA when the image has alpha)
     * @throws IllegalArgumentException if the segmentation has another width or height
     */
    public static LimeImage boundaries(LimeImage image, Segmentation segmentation) {
        return boundaries(image, segmentation, 255, 255, 0);
    }

    /**
     * Draws the boundaries between superpixels in a given colour.
     *
     * @param image the image
     * @param segmentation its superpixels
     * @param red the colour's red value, 0–255
     * @param green the colour's green value, 0–255
     * @param blue the colour's blue value, 0–255
     * @return a new RGB image (RGBA when the image has alpha)
     * @throws IllegalArgumentException if the segmentation has another width or height
     */
    public static LimeImage boundaries(LimeImage image, Segmentation segmentation, int red,
            int green, int blue) {
        checkSize(image, segmentation.width(), segmentation.height());
        return outline(image, segmentation.width(), segmentation.height(),
                segmentation.labelsView(), new int[] {red, green, blue});
    }

    /**
     * Draws a heat map over a grey copy of the image: green for positive values, red for
     * negative ones, opacity growing with {@code |value| / max |value|}.
     *
     * @param image the image
     * @param values one value per pixel, row-major
     * @return a new RGB image
     * @throws IllegalArgumentException if {@code values} does not have one entry per pixel
     */
    public static LimeImage heatMap(LimeImage image, float[] values) {
        Objects.requireNonNull(values, "values");
        if (values.length != image.pixels()) {
            throw new IllegalArgumentException("a heat map of a " + image.shape() + " image needs "
                    + image.pixels() + " values, got " + values.length);
        }
        float max = 0;
        for (float value : values) {
            max = Math.max(max, Math.abs(value));
        }
        LimeImage base = toRgb(image);
        byte[] out = new byte[image.pixels() * 3];
        for (int p = 0; p < image.pixels(); p++) {
            int o = p * 3;
            int grey = (base.sample(o) * 30 + base.sample(o + 1) * 59 + base.sample(o + 2) * 11)
                    / 100;
            double alpha = max == 0 ? 0 : 0.75 * Math.abs(values[p]) / max;
            int[] tint = values[p] >= 0 ? new int[] {0, 200, 0} : new int[] {220, 0, 0};
            for (int c = 0; c < 3; c++) {
                out[o + c] = (byte) Math.round((1 - alpha) * grey + alpha * tint[c]);
            }
        }
        return new LimeImage(image.width(), image.height(), 3, out);
    }

    /** Converts grey to RGB; RGB and RGBA images are returned as they are. */
    static LimeImage toRgb(LimeImage image) {
        if (image.channels() != 1) {
            return image;
        }
        byte[] rgb = new byte[image.pixels() * 3];
        for (int p = 0; p < image.pixels(); p++) {
            rgb[p * 3] = image.data[p];
            rgb[p * 3 + 1] = image.data[p];
            rgb[p * 3 + 2] = image.data[p];
        }
        return new LimeImage(image.width(), image.height(), 3, rgb);
    }

    static LimeImage outline(LimeImage image, int width, int height, int[] labels, int[] colour) {
        checkSize(image, width, height);
        LimeImage base = toRgb(image);
        byte[] out = base.data.clone();
        int channels = base.channels();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = y * width + x;
                boolean right = x + 1 < width && labels[p + 1] != labels[p];
                boolean down = y + 1 < height && labels[p + width] != labels[p];
                if (right) {
                    paint(out, p, channels, colour);
                    paint(out, p + 1, channels, colour);
                }
                if (down) {
                    paint(out, p, channels, colour);
                    paint(out, p + width, channels, colour);
                }
            }
        }
        return new LimeImage(width, height, channels, out);
    }

    private static void paint(byte[] out, int pixel, int channels, int[] colour) {
        for (int c = 0; c < 3; c++) {
            out[pixel * channels + c] = (byte) colour[c];
        }
        if (channels == 4) {
            out[pixel * channels + 3] = (byte) 255;
        }
    }

    private static void checkSize(LimeImage image, int width, int height) {
        if (image.width() != width || image.height() != height) {
            throw new IllegalArgumentException("the overlay is " + width + "×" + height
                    + " but the image is " + image.width() + "×" + image.height());
        }
    }
}
