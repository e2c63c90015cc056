package org.lime4j.image;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * An image of 8-bit samples: its width, height and channel count (1 grey, 3 RGB, 4 RGBA), backed
 * by one {@code byte[]} in row-major, channel-interleaved order. Sample {@code (x, y, c)} is at
 * index {@code (y · width + x) · channels + c} and contains an unsigned value 0–255.
 *
 * <p>Instances built by callers are immutable. The perturbed copies that
 * {@link ImageExplainer} passes to a predictor are buffers that the explainer reuses for the next
 * batch: read them during {@code predict} and keep nothing after it returns (copy with
 * {@link #copy()} if needed).
 */
public final class LimeImage {
    private final int width;
    private final int height;
    private final int channels;
    final byte[] data;

    LimeImage(int width, int height, int channels, byte[] data) {
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.data = data;
    }

    /**
     * Creates an image from interleaved samples, copying them.
     *
     * @param width the width in pixels, at least 1
     * @param height the height in pixels, at least 1
     * @param channels 1 (grey), 3 (RGB) or 4 (RGBA)
     * @param samples {@code width · height · channels} unsigned samples
     * @return the image
     * @throws IllegalArgumentException if a size is invalid or the array length does not match
     */
    public static LimeImage of(int width, int height, int channels, byte[] samples) {
        checkShape(width, height, channels);
        long expected = (long) width * height * channels;
        if (samples.length != expected) {
            throw new IllegalArgumentException("a " + width + "×" + height + "×" + channels
                    + " image needs " + expected + " samples, got " + samples.length);
        }
        return new LimeImage(width, height, channels, samples.clone());
    }

    /**
     * Creates an image from samples given as 0–255 integers (values outside are clamped).
     *
     * @param width the width in pixels, at least 1
     * @param height the height in pixels, at least 1
     * @param channels 1 (grey), 3 (RGB) or 4 (RGBA)
     * @param samples {@code width · height · channels} samples
     * @return the image
     * @throws IllegalArgumentException if a size is invalid or the array length does not match
     */
    public static LimeImage ofInts(int width, int height, int channels, int[] samples) {
        byte[] bytes = new byte[samples.length];
        for (int i = 0; i < samples.length; i++) {
            bytes[i] = (byte) Math.max(0, Math.min(255, samples[i]));
        }
        return of(width, height, channels, bytes);
    }

    /**
     * Converts a {@link BufferedImage}: single-band images become grey, images with alpha become
     * RGBA and all others RGB. Samples of more than 8 bits are scaled to 0–255.
     *
     * @param image the image
     * @return the converted image
     */
    public static LimeImage fromBufferedImage(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int width = image.getWidth();
        int height = image.getHeight();
        if (image.getRaster().getNumBands() == 1) {
            int bits = image.getColorModel().getComponentSize(0);
            int shift = Math.max(0, bits - 8);
            byte[] grey = new byte[width * height];
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                image.getRaster().getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x++) {
                    grey[y * width + x] = (byte) (row[x] >>> shift);
                }
            }
            return new LimeImage(width, height, 1, grey);
        }
        int channels = image.getColorModel().hasAlpha() ? 4 : 3;
        byte[] samples = new byte[width * height * channels];
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int p = 0; p < argb.length; p++) {
            int o = p * channels;
            samples[o] = (byte) (argb[p] >>> 16);
            samples[o + 1] = (byte) (argb[p] >>> 8);
            samples[o + 2] = (byte) argb[p];
            if (channels == 4) {
                samples[o + 3] = (byte) (argb[p] >>> 24);
            }
        }
        return new LimeImage(width, height, channels, samples);
    }

    /**
     * Reads an image file in any format that {@link ImageIO} reads (PNG, JPEG, BMP, GIF).
     *
     * @param file the file
     * @return the image
     * @throws IOException if the file cannot be read or is not a valid image; the message names
     *     the file
     */
    public static LimeImage read(Path file) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            // Decoders also fail with unchecked exceptions on corrupt data.
            throw new IOException("could not decode image file " + file + ": " + e, e);
        }
        if (image == null) {
            throw new IOException("no image reader accepts " + file
                    + "; use PNG, JPEG, BMP or GIF");
        }
        return fromBufferedImage(image);
    }

    /**
     * Converts to a {@link BufferedImage}: {@code TYPE_BYTE_GRAY}, {@code TYPE_INT_RGB} or
     * {@code TYPE_INT_ARGB} by channel count.
     *
     * @return a new image
     */
    public BufferedImage toBufferedImage() {
        if (channels == 1) {
            BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            WritableRaster raster = grey.getRaster();
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    row[x] = data[y * width + x] & 0xFF;
                }
                raster.setSamples(0, y, width, 1, 0, row);
            }
            return grey;
        }
        int type = channels == 4 ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(width, height, type);
        int[] argb = new int[width * height];
        for (int p = 0; p < argb.length; p++) {
            int o = p * channels;
            int alpha = channels == 4 ? data[o + 3] & 0xFF : 0xFF;
            argb[p] = alpha << 24 | (data[o] & 0xFF) << 16 | (data[o + 1] & 0xFF) << 8
                    | (data[o + 2] & 0xFF);
        }
        out.setRGB(0, 0, width, height, argb, 0, width);
        return out;
    }

    /**
     * Writes the image as a PNG file.
     *
     * @param file the target, replaced if it exists
     * @throws IOException if writing fails
     */
    public void writePng(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(toBufferedImage(), "png", file.toFile())) {
            throw new IOException("no PNG writer is available in this JVM");
        }
    }

    /**
     * Returns a copy scaled to a new size with bilinear interpolation.
     *
     * @param newWidth the width, at least 1
     * @param newHeight the height, at least 1
     * @return the scaled image, with the same channel count
     * @throws IllegalArgumentException if a size is less than 1
     */
    public LimeImage resize(int newWidth, int newHeight) {
        checkShape(newWidth, newHeight, channels);
        byte[] out = new byte[newWidth * newHeight * channels];
        double sx = (double) width / newWidth;
        double sy = (double) height / newHeight;
        for (int y = 0; y < newHeight; y++) {
            double fy = Math.max(0, Math.min(height - 1, (y + 0.5) * sy - 0.5));
            int y0 = (int) fy;
            int y1 = Math.min(height - 1, y0 + 1);
            double ty = fy - y0;
            for (int x = 0; x < newWidth; x++) {
                double fx = Math.max(0, Math.min(width - 1, (x + 0.5) * sx - 0.5));
                int x0 = (int) fx;
                int x1 = Math.min(width - 1, x0 + 1);
                double tx = fx - x0;
                for (int c = 0; c < channels; c++) {
                    double top = get(x0, y0, c) * (1 - tx) + get(x1, y0, c) * tx;
                    double bottom = get(x0, y1, c) * (1 - tx) + get(x1, y1, c) * tx;
                    out[(y * newWidth + x) * channels + c] =
                            (byte) Math.round(top * (1 - ty) + bottom * ty);
                }
            }
        }
        return new LimeImage(newWidth, newHeight, channels, out);
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
     * Returns the channel count.
     *
     * @return 1 (grey), 3 (RGB) or 4 (RGBA)
     */
    public int channels() {
        return channels;
    }

    /**
     * Returns the number of pixels.
     *
     * @return {@code width · height}
     */
    public int pixels() {
        return width * height;
    }

    /**
     * Returns one sample.
     *
     * @param x the column, {@code 0..width-1}
     * @param y the row, {@code 0..height-1}
     * @param channel the channel, {@code 0..channels-1}
     * @return the value 0–255
     */
    public int get(int x, int y, int channel) {
        return data[(y * width + x) * channels + channel] & 0xFF;
    }

    /**
     * Returns one sample by its flat index {@code (y · width + x) · channels + c}.
     *
     * @param index the index
     * @return the value 0–255
     */
    public int sample(int index) {
        return data[index] & 0xFF;
    }

    /**
     * Returns a copy of the samples.
     *
     * @return {@code width · height · channels} unsigned bytes, interleaved
     */
    public byte[] samples() {
        return data.clone();
    }

    /**
     * Returns an independent copy, for keeping a perturbed image after {@code predict} returns.
     *
     * @return the copy
     */
    public LimeImage copy() {
        return new LimeImage(width, height, channels, data.clone());
    }

    /**
     * Tells whether another image has this image's width, height and channel count.
     *
     * @param other the other image
     * @return whether the shapes are equal
     */
    public boolean sameShape(LimeImage other) {
        return width == other.width && height == other.height && channels == other.channels;
    }

    /**
     * Returns the shape as {@code width×height×channels}.
     *
     * @return the shape text
     */
    public String shape() {
        return width + "×" + height + "×" + channels;
    }

    @Override
    public String toString() {
        return "LimeImage " + shape();
    }

    static void checkShape(int width, int height, int channels) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(
                    "image width and height must be at least 1, got " + width + "×" + height);
        }
        if (channels != 1 && channels != 3 && channels != 4) {
            throw new IllegalArgumentException(
                    "channels must be 1 (grey), 3 (RGB) or 4 (RGBA), got " + channels);
        }
        if ((long) width * height * channels > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + width + "×" + height + "×" + channels
                    + " image does not fit in one Java array");
        }
    }
}
