package org.lime4j.image;

/**
 * The result of {@link OcclusionExplainer}: the drop in one class's probability for every patch
 * position, and a per-pixel heat map in which each pixel is the mean drop of the patches that
 * cover it. A positive drop means the patch hid evidence for the class. Immutable.
 */
public final class OcclusionMap {
    private final int width;
    private final int height;
    private final int label;
    private final double baseline;
    private final int[] xs;
    private final int[] ys;
    private final int patchWidth;
    private final int patchHeight;
    private final double[] drops;

    OcclusionMap(int width, int height, int label, double baseline, int[] xs, int[] ys,
            int patchWidth, int patchHeight, double[] drops) {
        this.width = width;
        this.height = height;
        this.label = label;
        this.baseline = baseline;
        this.xs = xs;
        this.ys = ys;
        this.patchWidth = patchWidth;
        this.patchHeight = patchHeight;
        this.drops = drops;
    }

    /**
     * Returns the class whose probability was measured.
     *
     * @return the label
     */
    public int label() {
        return label;
    }

    /**
     * Returns the class probability of the unoccluded image.
     *
     * @return the baseline probability
     */
    public double baseline() {
        return baseline;
    }

    /**
     * Returns the number of patch positions across.
     *
     * @return the column count of the grid
     */
    public int columns() {
        return xs.length;
    }

    /**
     * Returns the number of patch positions down.
     *
     * @return the row count of the grid
     */
    public int rows() {
        return ys.length;
    }

    /**
     * Returns the probability drop of one patch position.
     *
     * @param column the grid column, {@code 0..columns()-1}
     * @param row the grid row, {@code 0..rows()-1}
     * @return the baseline minus the occluded probability
     * @throws IndexOutOfBoundsException if the position is outside the grid
     */
    public double drop(int column, int row) {
        if (column < 0 || column >= xs.length || row < 0 || row >= ys.length) {
            throw new IndexOutOfBoundsException("patch position (" + column + ", " + row
                    + ") is outside the " + xs.length + "×" + ys.length + " grid");
        }
        return drops[row * xs.length + column];
    }

    /**
     * Returns the drops of every patch position.
     *
     * @return a copy, row-major over the grid
     */
    public double[] drops() {
        return drops.clone();
    }

    /**
     * Returns the pixel rectangle of the patch with the largest drop (the first one on ties),
     * as {@code {x, y, width, height}}.
     *
     * @return the rectangle
     */
    public int[] maxDropPatch() {
        int best = 0;
        for (int i = 1; i < drops.length; i++) {
            if (drops[i] > drops[best]) {
                best = i;
            }
        }
        return new int[] {xs[best % xs.length], ys[best / xs.length], patchWidth, patchHeight};
    }

    /**
     * Returns the per-pixel heat map: the mean drop of the patches covering each pixel.
     *
     * @return one value per pixel, row-major
     */
    public float[] heatMap() {
        double[] sum = new double[width * height];
        int[] cover = new int[width * height];
        for (int row = 0; row < ys.length; row++) {
            for (int column = 0; column < xs.length; column++) {
                double drop = drops[row * xs.length + column];
                for (int y = ys[row]; y < ys[row] + patchHeight; y++) {
                    for (int x = xs[column]; x < xs[column] + patchWidth; x++) {
                        sum[y * width + x] += drop;
                        cover[y * width + x]++;
                    }
                }
            }
        }
        float[] heat = new float[width * height];
        for (int p = 0; p < heat.length; p++) {
            heat[p] = (float) (sum[p] / cover[p]);
        }
        return heat;
    }

    /**
     * Draws the heat map over a grey copy of the image: green where occlusion lowers the
     * probability, red where it raises it.
     *
     * @param image the explained image
     * @return a new RGB image
     * @throws IllegalArgumentException if the image has another width or height
     */
    public LimeImage heatMapImage(LimeImage image) {
        if (image.width() != width || image.height() != height) {
            throw new IllegalArgumentException("the occlusion map is " + width + "×" + height
                    + " but the image is " + image.width() + "×" + image.height());
        }
        return Overlays.heatMap(image, heatMap());
    }
}
