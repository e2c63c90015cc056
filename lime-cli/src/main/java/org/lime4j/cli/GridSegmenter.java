package org.lime4j.cli;

import org.lime4j.image.LimeImage;
import org.lime4j.image.Segmentation;
import org.lime4j.image.Segmenter;
import org.lime4j.image.Segmenters;

/**
 * Cuts an image into squares of a fixed side, numbered row by row. The squares of the right and
 * bottom edges are smaller when the side does not divide the image. The grid suits small images,
 * such as 28 × 28 digits, in which generic segmenters find few regions. Thread-safe.
 */
final class GridSegmenter implements Segmenter {
    private final int cell;

    GridSegmenter(int cell) {
        if (cell < 1) {
            throw new IllegalArgumentException("grid cell side must be at least 1 pixel, got "
                    + cell);
        }
        this.cell = cell;
    }

    @Override
    public Segmentation segment(LimeImage image, long seed) {
        int width = image.width();
        int height = image.height();
        int perRow = (width + cell - 1) / cell;
        int[] labels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                labels[y * width + x] = (y / cell) * perRow + x / cell;
            }
        }
        return Segmenters.given(width, height, labels).segment(image, seed);
    }

    @Override
    public String describe() {
        return "grid of " + cell + "×" + cell + "-pixel squares";
    }
}
