package org.lime4j.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.lime4j.core.PredictionException;
import org.lime4j.core.Predictor;

/**
 * Occlusion sensitivity (Zeiler and Fergus, "Visualizing and Understanding Convolutional
 * Networks", ECCV 2014): slide a patch over the image, score every occluded copy, and record how
 * much the class probability drops. A deterministic second opinion beside LIME.
 *
 * <p>Patches start every {@code stride} pixels, and one more patch is added at the right and
 * bottom edges when the stride does not reach them, so every pixel is covered. Occluded copies are
 * built into reused buffers and scored in batches of {@code batchSize}, one batch after another;
 * the predictor receives images of the input's own shape. Immutable and thread-safe.
 */
public final class OcclusionExplainer {
    private final int patchSize;
    private final int stride;
    private final OcclusionFill fill;
    private final int batchSize;

    private OcclusionExplainer(Builder b) {
        this.patchSize = b.patchSize;
        this.stride = b.stride;
        this.fill = b.fill;
        this.batchSize = b.batchSize;
    }

    /**
     * Starts a builder: patch size 8, stride 4, grey fill, batches of 64.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Occludes every patch position and scores the copies.
     *
     * @param image the image
     * @param predictor the classifier, whose output rows contain class probabilities
     * @param label the class whose probability drop is measured
     * @return the drops per patch and per pixel
     * @throws IllegalArgumentException if {@code label} is negative
     * @throws PredictionException if the model fails, returns the wrong number of rows, or has no
     *     column {@code label}
     */
    public OcclusionMap explain(LimeImage image, Predictor<LimeImage> predictor, int label) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(predictor, "predictor");
        if (label < 0) {
            throw new IllegalArgumentException("label must be at least 0, got " + label);
        }
        int patchWidth = Math.min(patchSize, image.width());
        int patchHeight = Math.min(patchSize, image.height());
        int[] xs = positions(image.width(), patchWidth);
        int[] ys = positions(image.height(), patchHeight);
        double[] scores = score(image, predictor, label, xs, ys, patchWidth, patchHeight);

        double baseline = scores[0];
        int patches = xs.length * ys.length;
        double[] drops = new double[patches];
        for (int patch = 0; patch < patches; patch++) {
            drops[patch] = baseline - scores[patch + 1];
        }
        return new OcclusionMap(image.width(), image.height(), label, baseline, xs, ys,
                patchWidth, patchHeight, drops);
    }

    /** Scores the image itself (index 0) and then every occluded copy, batch by batch. */
    private double[] score(LimeImage image, Predictor<LimeImage> predictor, int label, int[] xs,
            int[] ys, int patchWidth, int patchHeight) {
        LimeImage filler = filler(image);
        int patches = xs.length * ys.length;
        double[] scores = new double[patches + 1];
        List<LimeImage> buffers = new ArrayList<>();
        // Each buffer remembers its last patch, so the next copy restores only that patch.
        int[] lastPatch = new int[Math.min(batchSize, patches + 1)];
        Arrays.fill(lastPatch, -1);
        for (int first = 0; first <= patches; first += batchSize) {
            int count = Math.min(batchSize, patches + 1 - first);
            while (buffers.size() < count) {
                buffers.add(image.copy());
            }
            for (int slot = 0; slot < count; slot++) {
                int patch = first + slot - 1;
                LimeImage buffer = buffers.get(slot);
                if (lastPatch[slot] >= 0) {
                    paste(image, buffer, xs, ys, lastPatch[slot], patchWidth, patchHeight);
                }
                if (patch >= 0) {
                    paste(filler, buffer, xs, ys, patch, patchWidth, patchHeight);
                }
                lastPatch[slot] = patch;
            }
            double[][] out = predict(predictor, buffers.subList(0, count), first / batchSize, first,
                    count, label);
            for (int slot = 0; slot < count; slot++) {
                scores[first + slot] = out[slot][label];
            }
        }
        return scores;
    }

    private LimeImage filler(LimeImage image) {
        switch (fill) {
            case GREY:
                return Fills.constant(image, new int[] {128});
            case MEAN:
                return Fills.meanOfImage(image);
            case BLUR:
                return Fills.gaussianBlur(image, Math.max(0.5, patchSize / 2.0));
            default:
                throw new AssertionError(fill);
        }
    }

    private int[] positions(int size, int patch) {
        List<Integer> starts = new ArrayList<>();
        for (int start = 0; start + patch <= size; start += stride) {
            starts.add(start);
        }
        if (starts.get(starts.size() - 1) + patch < size) {
            starts.add(size - patch);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void paste(LimeImage source, LimeImage target, int[] xs, int[] ys, int patch,
            int patchWidth, int patchHeight) {
        int x0 = xs[patch % xs.length];
        int y0 = ys[patch / xs.length];
        int channels = source.channels();
        for (int y = y0; y < y0 + patchHeight; y++) {
            int from = (y * source.width() + x0) * channels;
            System.arraycopy(source.data, from, target.data, from, patchWidth * channels);
        }
    }

    private static double[][] predict(Predictor<LimeImage> predictor, List<LimeImage> batch,
            int index, int first, int count, int label) {
        double[][] out;
        try {
            out = predictor.predict(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PredictionException(index, first, first + count - 1,
                    "occlusion was interrupted while the model ran", e);
        } catch (Exception e) {
            throw new PredictionException(index, first, first + count - 1,
                    "the model failed on occluded images: " + e, e);
        }
        if (out == null || out.length != count) {
            throw new PredictionException(index, first, first + count - 1,
                    "the model returned " + (out == null ? "null" : out.length + " rows")
                            + " for " + count + " occluded images", null);
        }
        for (double[] row : out) {
            if (row == null || row.length <= label) {
                throw new PredictionException(index, first,
                        first + count - 1, "label " + label + " is out of range: the model"
                                + " returned " + (row == null ? 0 : row.length) + " columns",
                        null);
            }
        }
        return out;
    }

    /** Builds an {@link OcclusionExplainer}. */
    public static final class Builder {
        private int patchSize = 8;
        private int stride = 4;
        private OcclusionFill fill = OcclusionFill.GREY;
        private int batchSize = 64;

        private Builder() {}

        /**
         * Sets the side of the square patch; a patch larger than the image is clipped to it.
         *
         * @param value the side in pixels, at least 1 (default 8)
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is less than 1
         */
        public Builder patchSize(int value) {
            this.patchSize = atLeastOne("patchSize", value);
            return this;
        }

        /**
         * Sets the step between patch positions.
         *
         * @param value the step in pixels, at least 1 (default 4)
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is less than 1
         */
        public Builder stride(int value) {
            this.stride = atLeastOne("stride", value);
            return this;
        }

        /**
         * Sets what the patch shows.
         *
         * @param value the fill (default {@link OcclusionFill#GREY})
         * @return this builder
         */
        public Builder fill(OcclusionFill value) {
            this.fill = Objects.requireNonNull(value, "fill");
            return this;
        }

        /**
         * Sets how many occluded copies one predictor call receives.
         *
         * @param value the batch size, at least 1 (default 64)
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is less than 1
         */
        public Builder batchSize(int value) {
            this.batchSize = atLeastOne("batchSize", value);
            return this;
        }

        /**
         * Builds the explainer.
         *
         * @return the explainer
         */
        public OcclusionExplainer build() {
            return new OcclusionExplainer(this);
        }

        private static int atLeastOne(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, got " + value);
            }
            return value;
        }
    }
}
