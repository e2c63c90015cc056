package org.lime4j.image;

import java.util.Arrays;

/** The fill images behind {@link Hiding} and occlusion. Alpha samples are always copied. */
final class Fills {
    private Fills() {}

    static int colourChannels(LimeImage image) {
        return image.channels() == 4 ? 3 : image.channels();
    }

    static LimeImage segmentMeans(LimeImage image, Segmentation segmentation) {
        int channels = image.channels();
        int colours = colourChannels(image);
        int[] labels = segmentation.labelsView();
        long[] sums = new long[segmentation.count() * colours];
        for (int p = 0; p < labels.length; p++) {
            for (int c = 0; c < colours; c++) {
                sums[labels[p] * colours + c] += image.data[p * channels + c] & 0xFF;
            }
        }
        byte[] out = image.data.clone();
        for (int p = 0; p < labels.length; p++) {
            int size = segmentation.size(labels[p]);
            for (int c = 0; c < colours; c++) {
                out[p * channels + c] = (byte) (sums[labels[p] * colours + c] / size);
            }
        }
        return new LimeImage(image.width(), image.height(), channels, out);
    }

    static LimeImage constant(LimeImage image, int[] colour) {
        int colours = colourChannels(image);
        if (colour.length != 1 && colour.length != colours) {
            throw new IllegalArgumentException("hiding colour " + Arrays.toString(colour)
                    + " has " + colour.length + " values but the " + image.shape()
                    + " image has " + colours + " colour channels; give 1 or " + colours
                    + " values");
        }
        int channels = image.channels();
        byte[] out = image.data.clone();
        for (int p = 0; p < image.pixels(); p++) {
            for (int c = 0; c < colours; c++) {
                out[p * channels + c] = (byte) colour[colour.length == 1 ? 0 : c];
            }
        }
        return new LimeImage(image.width(), image.height(), channels, out);
    }

    static LimeImage meanOfImage(LimeImage image) {
        int colours = colourChannels(image);
        int[] mean = new int[colours];
        long[] sums = new long[colours];
        for (int p = 0; p < image.pixels(); p++) {
            for (int c = 0; c < colours; c++) {
                sums[c] += image.data[p * image.channels() + c] & 0xFF;
            }
        }
        for (int c = 0; c < colours; c++) {
            mean[c] = (int) Math.round(sums[c] / (double) image.pixels());
        }
        return constant(image, mean);
    }

    /** Blurs the colour channels with a separable Gaussian of radius {@code ceil(3σ)}. */
    static LimeImage gaussianBlur(LimeImage image, double sigma) {
        int radius = Math.max(1, (int) Math.ceil(3 * sigma));
        double[] kernel = new double[2 * radius + 1];
        double total = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            total += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= total;
        }

        int width = image.width();
        int height = image.height();
        int channels = image.channels();
        int colours = colourChannels(image);
        float[] horizontal = new float[width * height * colours];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < colours; c++) {
                    double sum = 0;
                    for (int k = -radius; k <= radius; k++) {
                        int xx = Math.max(0, Math.min(width - 1, x + k));
                        sum += kernel[k + radius] * image.get(xx, y, c);
                    }
                    horizontal[(y * width + x) * colours + c] = (float) sum;
                }
            }
        }

        byte[] out = image.data.clone();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < colours; c++) {
                    double sum = 0;
                    for (int k = -radius; k <= radius; k++) {
                        int yy = Math.max(0, Math.min(height - 1, y + k));
                        sum += kernel[k + radius] * horizontal[(yy * width + x) * colours + c];
                    }
                    out[(y * width + x) * channels + c] = (byte) Math.round(sum);
                }
            }
        }
        return new LimeImage(width, height, channels, out);
    }
}
