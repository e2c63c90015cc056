package org.lime4j.image;

import java.util.Locale;
import java.util.stream.IntStream;
import org.lime4j.core.SampleRandom;

/**
 * Quickshift segmentation (Vedaldi and Soatto, "Quick Shift and Kernel Methods for Mode
 * Seeking", ECCV 2008) in CIE Lab colour, computed the way scikit-image 0.19 computes it.
 *
 * <p>Each pixel's density is a Gaussian-weighted sum over a window of radius
 * {@code ceil(3 · kernelSize)}, with the distance being the squared colour difference (Lab scaled
 * by {@code ratio}) plus the squared pixel offset. Noise of standard deviation 1e-5, drawn from
 * the seed, breaks ties. Each pixel links to the closest pixel in its window with a higher
 * density unless that distance exceeds {@code maxDist}; the trees of links are the superpixels.
 * Grey images use the lightness L alone, which is what the RGB path gives for equal R, G and B
 * (a and b are then within 0.01 of 0). RGBA images are segmented on RGB and alpha is ignored.
 * The tie-breaking noise comes from this library's generator, not NumPy's, so labels can differ
 * from scikit-image's where densities are nearly equal.
 *
 * <p>The density pass computes each pair of pixels once, and the link pass visits a pixel's
 * window from the nearest offset outwards, stopping once no closer denser pixel can follow. Both
 * run in parallel in a fixed split of the rows, so the segmentation is the same for any thread
 * count.
 */
final class Quickshift implements Segmenter {
    /** The range {@code [0, EXP_LIMIT)} of the exponential's table. Terms beyond it are dropped. */
    private static final double EXP_LIMIT = 32;
    private static final int EXP_STEPS_PER_UNIT = 2048;
    private static final double[] EXP_TABLE = expTable();
    private static final float[] LINEAR_RGB = linearRgbTable();
    private static final double NOISE_SCALE = 1e-5;
    /** The number of row blocks of the density pass, fixed so its sums ignore the CPU count. */
    private static final int DENSITY_BLOCKS = 16;

    private final double kernelSize;
    private final double maxDist;
    private final double ratio;

    Quickshift(double kernelSize, double maxDist, double ratio) {
        if (!(kernelSize >= 1 && kernelSize <= 64)) {
            throw new IllegalArgumentException(
                    "quickshift kernelSize must be in [1, 64], got " + kernelSize);
        }
        if (!(maxDist > 0)) {
            throw new IllegalArgumentException(
                    "quickshift maxDist must be greater than 0, got " + maxDist);
        }
        if (!(ratio >= 0 && ratio <= 1)) {
            throw new IllegalArgumentException("quickshift ratio must be in [0, 1], got " + ratio);
        }
        this.kernelSize = kernelSize;
        this.maxDist = maxDist;
        this.ratio = ratio;
    }

    @Override
    public Segmentation segment(LimeImage image, long seed) {
        int width = image.width();
        int height = image.height();
        int bands = image.channels() == 1 ? 1 : 3;
        float[] colour = toScaledLab(image, bands, (float) ratio);
        int radius = (int) Math.ceil(3 * kernelSize);
        double inverse = 1.0 / (2 * kernelSize * kernelSize);

        double[] density = noise(width * height, seed);
        addDensities(width, height, bands, radius, inverse, colour, density);
        int[] offsets = offsetsByDistance(radius);
        int[] parent = new int[width * height];
        IntStream.range(0, height).parallel().forEach(y ->
                parentRow(y, width, height, bands, offsets, colour, density, parent));
        return Segmentation.of(width, height, roots(parent));
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "quickshift(kernelSize=%s, maxDist=%s, ratio=%s)",
                kernelSize, maxDist, ratio);
    }

    private static double[] noise(int pixels, long seed) {
        SampleRandom random = new SampleRandom().reset(seed, 0);
        double[] density = new double[pixels];
        for (int p = 0; p < pixels; p++) {
            density[p] = NOISE_SCALE * random.nextGaussian();
        }
        return density;
    }

    /**
     * Adds each pair's kernel term to both pixels, so every pair is computed once. Rows are split
     * into a fixed number of blocks that run in parallel, each summing into its own buffer. The
     * buffers are merged in block order, so the sums do not depend on the thread count.
     */
    private static void addDensities(int width, int height, int bands, int radius,
            double inverse, float[] colour, double[] density) {
        int blocks = Math.min(DENSITY_BLOCKS, height);
        double[][] partial = new double[blocks][];
        IntStream.range(0, blocks).parallel().forEach(block -> {
            int first = block * height / blocks;
            int last = (block + 1) * height / blocks;
            int rows = Math.min(height, last + radius) - first;
            double[] sums = new double[rows * width];
            for (int y = first; y < last; y++) {
                densityRow(y, first, width, height, bands, radius, inverse, colour, sums);
            }
            partial[block] = sums;
        });
        for (int block = 0; block < blocks; block++) {
            int offset = block * height / blocks * width;
            double[] sums = partial[block];
            for (int i = 0; i < sums.length; i++) {
                density[offset + i] += sums[i];
            }
        }
    }

    private static void densityRow(int y, int firstRow, int width, int height, int bands,
            int radius, double inverse, float[] colour, double[] sums) {
        int pixels = width * height;
        int y1 = Math.min(height - 1, y + radius);
        float scale = (float) (inverse * EXP_STEPS_PER_UNIT);
        float limit = (float) (EXP_LIMIT * EXP_STEPS_PER_UNIT);
        int base = firstRow * width;
        for (int x = 0; x < width; x++) {
            int x1 = Math.min(width - 1, x + radius);
            int p = y * width + x;
            float l = colour[p];
            float a = bands == 1 ? 0 : colour[pixels + p];
            float b = bands == 1 ? 0 : colour[2 * pixels + p];
            // The pixel itself contributes exp(0) = 1.
            double own = 1;
            for (int yy = y; yy <= y1; yy++) {
                int dy = yy - y;
                int row = yy * width;
                int xx = yy == y ? x + 1 : Math.max(0, x - radius);
                for (; xx <= x1; xx++) {
                    int q = row + xx;
                    int dx = xx - x;
                    float dl = l - colour[q];
                    float distance = dl * dl + dx * dx + dy * dy;
                    if (bands != 1) {
                        float da = a - colour[pixels + q];
                        float db = b - colour[2 * pixels + q];
                        distance += da * da + db * db;
                    }
                    float scaled = distance * scale;
                    if (scaled < limit) {
                        int i = (int) scaled;
                        float fraction = scaled - i;
                        double term = EXP_TABLE[i] + fraction * (EXP_TABLE[i + 1] - EXP_TABLE[i]);
                        own += term;
                        sums[q - base] += term;
                    }
                }
            }
            sums[p - base] += own;
        }
    }

    /**
     * Returns the window's offsets {@code (dx, dy)}, packed as pairs, sorted by squared length and
     * then in raster order, so the parent search can stop once no closer pixel can follow.
     */
    private static int[] offsetsByDistance(int radius) {
        int side = 2 * radius + 1;
        Integer[] order = new Integer[side * side];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (i, j) -> {
            int di = square(i % side - radius) + square(i / side - radius);
            int dj = square(j % side - radius) + square(j / side - radius);
            return di != dj ? Integer.compare(di, dj) : Integer.compare(i, j);
        });
        int[] offsets = new int[order.length * 2];
        for (int i = 0; i < order.length; i++) {
            offsets[2 * i] = order[i] % side - radius;
            offsets[2 * i + 1] = order[i] / side - radius;
        }
        return offsets;
    }

    private static int square(int value) {
        return value * value;
    }

    /**
     * Links a pixel to the closest pixel of higher density in its window, the first in raster
     * order among equally close ones, as a raster scan with a strict comparison would choose.
     */
    private void parentRow(int y, int width, int height, int bands, int[] offsets,
            float[] colour, double[] density, int[] parent) {
        int pixels = width * height;
        double maxSquared = maxDist * maxDist;
        for (int x = 0; x < width; x++) {
            int p = y * width + x;
            double current = density[p];
            float l = colour[p];
            float a = bands == 1 ? 0 : colour[pixels + p];
            float b = bands == 1 ? 0 : colour[2 * pixels + p];
            double closest = Double.POSITIVE_INFINITY;
            int best = p;
            for (int k = 0; k < offsets.length; k += 2) {
                int dx = offsets[k];
                int dy = offsets[k + 1];
                int spatial = dx * dx + dy * dy;
                if (spatial > closest) {
                    break;
                }
                int xx = x + dx;
                int yy = y + dy;
                if (xx < 0 || xx >= width || yy < 0 || yy >= height) {
                    continue;
                }
                int q = yy * width + xx;
                if (density[q] <= current) {
                    continue;
                }
                float dl = l - colour[q];
                double distance = dl * dl + spatial;
                if (bands != 1) {
                    float da = a - colour[pixels + q];
                    float db = b - colour[2 * pixels + q];
                    distance += da * da + db * db;
                }
                if (distance < closest || (distance == closest && q < best)) {
                    closest = distance;
                    best = q;
                }
            }
            parent[p] = closest > maxSquared ? p : best;
        }
    }

    /** Follows every pixel's links to the root of its tree; links always reach higher density. */
    private static int[] roots(int[] parent) {
        for (int p = 0; p < parent.length; p++) {
            int root = p;
            while (parent[root] != root) {
                root = parent[root];
            }
            int node = p;
            while (parent[node] != root) {
                int next = parent[node];
                parent[node] = root;
                node = next;
            }
        }
        return parent;
    }

    private static double[] expTable() {
        int size = (int) (EXP_LIMIT * EXP_STEPS_PER_UNIT) + 2;
        double[] table = new double[size];
        for (int i = 0; i < size; i++) {
            table[i] = Math.exp(-(double) i / EXP_STEPS_PER_UNIT);
        }
        return table;
    }

    /**
     * Converts to CIE Lab (sRGB, D65 white, as scikit-image's rgb2lab) times {@code ratio}, as
     * planes: all L values, then all a values, then all b values.
     */
    static float[] toScaledLab(LimeImage image, int bands, float ratio) {
        int pixels = image.pixels();
        int channels = image.channels();
        float[] lab = new float[pixels * bands];
        for (int p = 0; p < pixels; p++) {
            int o = p * channels;
            if (bands == 1) {
                float grey = LINEAR_RGB[image.data[o] & 0xFF];
                lab[p] = ratio * (116 * labCurve(grey) - 16);
                continue;
            }
            float r = LINEAR_RGB[image.data[o] & 0xFF];
            float g = LINEAR_RGB[image.data[o + 1] & 0xFF];
            float b = LINEAR_RGB[image.data[o + 2] & 0xFF];
            float fx = labCurve((0.412453f * r + 0.357580f * g + 0.180423f * b) / 0.95047f);
            float fy = labCurve(0.212671f * r + 0.715160f * g + 0.072169f * b);
            float fz = labCurve((0.019334f * r + 0.119193f * g + 0.950227f * b) / 1.08883f);
            lab[p] = ratio * (116 * fy - 16);
            lab[pixels + p] = ratio * 500 * (fx - fy);
            lab[2 * pixels + p] = ratio * 200 * (fy - fz);
        }
        return lab;
    }

    private static float labCurve(float t) {
        return t > 0.008856f ? (float) Math.cbrt(t) : 7.787f * t + 16f / 116f;
    }

    private static float[] linearRgbTable() {
        float[] table = new float[256];
        for (int v = 0; v < 256; v++) {
            double c = v / 255.0;
            table[v] = (float) (c > 0.04045 ? Math.pow((c + 0.055) / 1.055, 2.4) : c / 12.92);
        }
        return table;
    }
}
