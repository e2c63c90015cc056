package org.lime4j.image;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lime4j.core.AsyncPredictor;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationSpec;
import org.lime4j.core.Feature;
import org.lime4j.core.LimeEngine;
import org.lime4j.core.Predictor;

/**
 * Explains an image classifier by hiding superpixels: LIME (Ribeiro, Singh and Guestrin, "Why
 * Should I Trust You?", KDD 2016) with the image defaults of the Python {@code lime} package
 * 0.2.0.1.
 *
 * <p>The image is segmented (quickshift by default) with the explanation's seed; each perturbed
 * sample keeps every superpixel with probability 1/2 and shows the hidden ones by a
 * {@link Hiding} strategy (each superpixel's mean colour by default). The distance is the cosine
 * distance to the all-ones row and the default kernel width 0.25. Start the options from
 * {@link #defaultOptions()}, which sets the reference's 1000 samples, top 5 labels and all
 * superpixels as features. A feature count above the superpixel count is lowered to it.
 *
 * <p>The predictor receives images of the explained image's own width, height and channel count.
 * Those images are buffers reused for later batches. Each batch contains at most
 * {@code maxBatchBytes} of images, so the memory used is bounded by the batch size and the
 * parallelism, never by the sample count. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImageExplainer explainer = ImageExplainer.builder().build();
 * ImageExplanation explanation = explainer.explain(image, model,
 *         ImageExplainer.defaultOptions().seed(7).build());
 * ImageMask mask = explanation.mask(explanation.topLabels().get(0));
 * }</pre>
 */
public final class ImageExplainer {
    /** The reference's kernel width for images. */
    public static final double DEFAULT_KERNEL_WIDTH = 0.25;
    /** The reference's number of samples for images. */
    public static final int DEFAULT_SAMPLES = 1000;
    /** The reference's number of top labels explained. */
    public static final int DEFAULT_TOP_LABELS = 5;
    /** The reference's number of features: every superpixel, in practice. */
    public static final int DEFAULT_FEATURES = 100_000;
    /** The default limit on the image bytes of one batch: 64 MiB. */
    public static final long DEFAULT_MAX_BATCH_BYTES = 64L << 20;

    private final Segmenter segmenter;
    private final Hiding hiding;
    private final long maxBatchBytes;
    private final boolean parallelBuild;

    private ImageExplainer(Builder b) {
        this.segmenter = b.segmenter;
        this.hiding = b.hiding;
        this.maxBatchBytes = b.maxBatchBytes;
        this.parallelBuild = b.parallelBuild;
    }

    /**
     * Starts a builder with quickshift segmentation and mean-colour hiding.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns options with the reference's image defaults: 1000 samples, the top 5 labels and
     * {@value #DEFAULT_FEATURES} features, which means every superpixel. The kernel width, unless
     * set, is {@value #DEFAULT_KERNEL_WIDTH}.
     *
     * @return a builder to adjust further
     */
    public static ExplainOptions.Builder defaultOptions() {
        return ExplainOptions.builder().numSamples(DEFAULT_SAMPLES).topLabels(DEFAULT_TOP_LABELS)
                .numFeatures(DEFAULT_FEATURES);
    }

    /**
     * Explains an image with {@link #defaultOptions()}.
     *
     * @param image the image
     * @param predictor the classifier
     * @return the explanation
     * @throws IllegalArgumentException if the segmenter or hiding strategy does not fit the image
     * @throws org.lime4j.core.PredictionException if the model fails or returns invalid output
     */
    public ImageExplanation explain(LimeImage image, Predictor<LimeImage> predictor) {
        return explain(image, predictor, defaultOptions().build());
    }

    /**
     * Explains an image.
     *
     * @param image the image
     * @param predictor the classifier
     * @param options the shared options; start from {@link #defaultOptions()}
     * @return the explanation
     * @throws IllegalArgumentException if the segmenter or hiding strategy does not fit the image
     *     or the options do not fit the model
     * @throws org.lime4j.core.PredictionException if the model fails or returns invalid output
     */
    public ImageExplanation explain(LimeImage image, Predictor<LimeImage> predictor,
            ExplainOptions options) {
        Objects.requireNonNull(predictor, "predictor");
        Prepared prepared = prepare(image, options);
        Explanation explanation = LimeEngine.explain(prepared.sampler, predictor,
                prepared.options, prepared.spec);
        return finish(explanation, prepared, image);
    }

    /**
     * Explains an image with an asynchronous classifier, such as a remote model.
     *
     * @param image the image
     * @param predictor the classifier
     * @param options the shared options; start from {@link #defaultOptions()}
     * @return the explanation
     * @throws IllegalArgumentException if the segmenter or hiding strategy does not fit the image
     *     or the options do not fit the model
     * @throws org.lime4j.core.PredictionException if the model fails, times out or returns
     *     invalid output
     */
    public ImageExplanation explainAsync(LimeImage image, AsyncPredictor<LimeImage> predictor,
            ExplainOptions options) {
        Objects.requireNonNull(predictor, "predictor");
        Prepared prepared = prepare(image, options);
        Explanation explanation = LimeEngine.explain(prepared.sampler, predictor,
                prepared.options, prepared.spec);
        return finish(explanation, prepared, image);
    }

    /** The work done before the first model call: segmenting, hiding and the engine inputs. */
    private static final class Prepared {
        Segmentation segmentation;
        ImageSampler sampler;
        ExplainOptions options;
        ExplanationSpec spec;
        int unchangedSegments;
    }

    private Prepared prepare(LimeImage image, ExplainOptions options) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(options, "options");
        Prepared prepared = new Prepared();
        Segmentation segmentation = segmenter.segment(image, options.seed());
        if (segmentation.width() != image.width() || segmentation.height() != image.height()) {
            throw new IllegalArgumentException("segmenter " + segmenter.describe() + " returned a "
                    + segmentation.width() + "×" + segmentation.height()
                    + " segmentation for a " + image.shape() + " image");
        }
        LimeImage hidden = hiding.hiddenImage(image, segmentation);
        if (!hidden.sameShape(image)) {
            throw new IllegalArgumentException("hiding " + hiding.describe() + " returned a "
                    + hidden.shape() + " image for a " + image.shape() + " image");
        }
        long imageBytes = (long) image.pixels() * image.channels();
        int batch = (int) Math.max(1, Math.min(options.batchSize(), maxBatchBytes / imageBytes));
        prepared.segmentation = segmentation;
        prepared.sampler = new ImageSampler(image, segmentation, hidden, parallelBuild);
        // More features than superpixels means all of them; capping avoids a warning about it.
        prepared.options = options.toBuilder().batchSize(batch)
                .numFeatures(Math.min(options.numFeatures(), segmentation.count())).build();
        prepared.unchangedSegments = unchangedSegments(image, hidden, segmentation);
        prepared.spec = new ExplanationSpec("image", features(segmentation), List.of(),
                DEFAULT_KERNEL_WIDTH, configuration(segmentation));
        return prepared;
    }

    private static List<Feature> features(Segmentation segmentation) {
        List<Feature> features = new ArrayList<>();
        for (int s = 0; s < segmentation.count(); s++) {
            features.add(new Feature(s, "segment " + s, "superpixel " + s,
                    segmentation.size(s) + " px", List.of()));
        }
        return features;
    }

    private Map<String, String> configuration(Segmentation segmentation) {
        // The batch size stays out: it changes how the work runs, never the result.
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("segmenter", segmenter.describe());
        configuration.put("hiding", hiding.describe());
        configuration.put("superpixels", Integer.toString(segmentation.count()));
        return configuration;
    }

    private static int unchangedSegments(LimeImage image, LimeImage hidden,
            Segmentation segmentation) {
        boolean[] changed = new boolean[segmentation.count()];
        int[] labels = segmentation.labelsView();
        int channels = image.channels();
        for (int p = 0; p < labels.length; p++) {
            for (int c = 0; c < channels && !changed[labels[p]]; c++) {
                changed[labels[p]] = image.data[p * channels + c] != hidden.data[p * channels + c];
            }
        }
        int unchanged = 0;
        for (boolean value : changed) {
            unchanged += value ? 0 : 1;
        }
        return unchanged;
    }

    private ImageExplanation finish(Explanation core, Prepared prepared, LimeImage image) {
        List<String> warnings = new ArrayList<>(core.warnings());
        int count = prepared.segmentation.count();
        if (count == 1) {
            warnings.add("segmentation produced one segment, so the explanation has a single"
                    + " feature: the whole image; use a finer segmenter (a smaller quickshift"
                    + " kernel size or more SLIC regions) to see which parts matter");
        }
        if (prepared.unchangedSegments > 0) {
            warnings.add("hiding (" + hiding.describe() + ") leaves "
                    + prepared.unchangedSegments + " of " + count + " superpixels unchanged, so"
                    + " their weights carry no information; choose another hiding colour");
        }
        Explanation explanation = warnings.size() == core.warnings().size() ? core
                : new Explanation(core.schemaVersion(), core.libraryVersion(), core.explainer(),
                        core.task(), core.features(), core.labels(), core.modelOutput(),
                        core.classNames(), core.seed(), core.numSamples(), core.kernelWidth(),
                        core.kernel(), core.effectiveSampleSize(),
                        core.featureSelectionRequested(), core.featureSelectionUsed(),
                        core.numFeaturesRequested(), core.usableFeatures(), core.configuration(),
                        warnings, core.run());
        return new ImageExplanation(explanation, prepared.segmentation, image);
    }

    /**
     * Builds an {@link ImageExplainer}. Defaults: {@link Segmenters#quickshift()},
     * {@link Hiding#meanColour()}, at most {@value #DEFAULT_MAX_BATCH_BYTES} bytes of images per
     * batch, and parallel building of large batches.
     */
    public static final class Builder {
        private Segmenter segmenter = Segmenters.quickshift();
        private Hiding hiding = Hiding.meanColour();
        private long maxBatchBytes = DEFAULT_MAX_BATCH_BYTES;
        private boolean parallelBuild = true;

        private Builder() {}

        /**
         * Sets the segmenter.
         *
         * @param value the segmenter
         * @return this builder
         */
        public Builder segmenter(Segmenter value) {
            this.segmenter = Objects.requireNonNull(value, "segmenter");
            return this;
        }

        /**
         * Sets how hidden superpixels look.
         *
         * @param value the strategy
         * @return this builder
         */
        public Builder hiding(Hiding value) {
            this.hiding = Objects.requireNonNull(value, "hiding");
            return this;
        }

        /**
         * Limits the bytes of perturbed images in one batch. The batch size becomes the smaller of
         * the options' batch size and this limit divided by one image's bytes, and at least 1.
         *
         * @param bytes the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is less than 1
         */
        public Builder maxBatchBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBatchBytes must be at least 1, got " + bytes);
            }
            this.maxBatchBytes = bytes;
            return this;
        }

        /**
         * Chooses whether the images of one large batch are built on several threads (the
         * default). The result is the same either way.
         *
         * @param value whether to build in parallel
         * @return this builder
         */
        public Builder parallelBuild(boolean value) {
            this.parallelBuild = value;
            return this;
        }

        /**
         * Builds the explainer.
         *
         * @return the explainer
         */
        public ImageExplainer build() {
            return new ImageExplainer(this);
        }
    }
}
