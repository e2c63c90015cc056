package org.lime4j.image;

import boofcv.abst.segmentation.ImageSuperpixels;
import boofcv.factory.segmentation.ConfigFh04;
import boofcv.factory.segmentation.ConfigSlic;
import boofcv.factory.segmentation.FactoryImageSegmentation;
import boofcv.struct.image.GrayF32;
import boofcv.struct.image.GrayS32;
import boofcv.struct.image.ImageBase;
import boofcv.struct.image.ImageType;
import boofcv.struct.image.Planar;
import java.util.function.Function;

/**
 * SLIC and Felzenszwalb–Huttenlocher segmentation through BoofCV. Grey images are segmented on
 * their one channel and colour images on RGB (alpha ignored), with samples as 0–255 floats.
 * BoofCV's algorithms are deterministic, so the seed is not used. A new BoofCV segmenter is made
 * per call, because BoofCV's instances keep state and are not thread-safe.
 */
final class BoofSegmenter implements Segmenter {
    private final String description;
    private final Function<ImageType<?>, ImageSuperpixels<?>> factory;

    private BoofSegmenter(String description,
            Function<ImageType<?>, ImageSuperpixels<?>> factory) {
        this.description = description;
        this.factory = factory;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static BoofSegmenter slic(int regions, float spatialWeight) {
        if (regions < 1) {
            throw new IllegalArgumentException("SLIC regions must be at least 1, got " + regions);
        }
        if (!(spatialWeight > 0)) {
            throw new IllegalArgumentException(
                    "SLIC spatialWeight must be greater than 0, got " + spatialWeight);
        }
        return new BoofSegmenter("slic(regions=" + regions + ", spatialWeight=" + spatialWeight
                + ")", type -> FactoryImageSegmentation.slic(
                        new ConfigSlic(regions, spatialWeight), (ImageType) type));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static BoofSegmenter felzenszwalb(float k, int minSize) {
        if (!(k > 0)) {
            throw new IllegalArgumentException(
                    "Felzenszwalb k must be greater than 0, got " + k);
        }
        if (minSize < 1) {
            throw new IllegalArgumentException(
                    "Felzenszwalb minSize must be at least 1, got " + minSize);
        }
        return new BoofSegmenter("felzenszwalb(k=" + k + ", minSize=" + minSize + ")",
                type -> FactoryImageSegmentation.fh04(new ConfigFh04(k, minSize),
                        (ImageType) type));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Segmentation segment(LimeImage image, long seed) {
        int width = image.width();
        int height = image.height();
        ImageBase input = image.channels() == 1 ? grey(image) : planar(image);
        ImageSuperpixels segmenter = factory.apply(input.getImageType());
        GrayS32 output = new GrayS32(width, height);
        try {
            segmenter.segment(input, output);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(description + " cannot segment a " + width + "×"
                    + height + " image: " + e.getMessage()
                    + "; use a larger image, fewer regions, or another segmenter", e);
        }
        int[] labels = new int[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(output.data, output.startIndex + y * output.stride, labels,
                    y * width, width);
        }
        return Segmentation.of(width, height, labels);
    }

    @Override
    public String describe() {
        return description;
    }

    private static GrayF32 grey(LimeImage image) {
        GrayF32 grey = new GrayF32(image.width(), image.height());
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                grey.unsafe_set(x, y, image.get(x, y, 0));
            }
        }
        return grey;
    }

    private static Planar<GrayF32> planar(LimeImage image) {
        Planar<GrayF32> planar = new Planar<>(GrayF32.class, image.width(), image.height(), 3);
        for (int c = 0; c < 3; c++) {
            GrayF32 band = planar.getBand(c);
            for (int y = 0; y < image.height(); y++) {
                for (int x = 0; x < image.width(); x++) {
                    band.unsafe_set(x, y, image.get(x, y, c));
                }
            }
        }
        return planar;
    }
}
