package org.lime4j.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.LabelExplanation;

/**
 * An image explanation: the core {@link Explanation}, whose feature {@code j} is superpixel
 * {@code j}, together with the explained image and its segmentation, from which masks, heat maps
 * and boundary pictures are drawn. Immutable and thread-safe.
 */
public final class ImageExplanation {
    private final Explanation explanation;
    private final Segmentation segmentation;
    private final LimeImage image;

    ImageExplanation(Explanation explanation, Segmentation segmentation, LimeImage image) {
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.segmentation = Objects.requireNonNull(segmentation, "segmentation");
        this.image = Objects.requireNonNull(image, "image");
    }

    /**
     * Returns the core explanation, with weights, scores, warnings and configuration.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    /**
     * Returns the superpixels; feature {@code j} of the explanation is superpixel {@code j}.
     *
     * @return the segmentation
     */
    public Segmentation segmentation() {
        return segmentation;
    }

    /**
     * Returns the explained image.
     *
     * @return the image
     */
    public LimeImage image() {
        return image;
    }

    /**
     * Returns the explained labels, most probable first when top labels were requested.
     *
     * @return the label indices
     */
    public List<Integer> topLabels() {
        return explanation.explainedLabels();
    }

    /**
     * Returns the surrogate weight of every superpixel for one label; superpixels that feature
     * selection left out have weight 0.
     *
     * @param label the explained label
     * @return one weight per superpixel
     * @throws IllegalArgumentException if the label was not explained
     */
    public double[] segmentWeights(int label) {
        double[] weights = new double[segmentation.count()];
        for (FeatureWeight weight : explanation.label(label).weights()) {
            weights[weight.feature()] = weight.weight();
        }
        return weights;
    }

    /**
     * Returns the mask of the reference's defaults: the five superpixels with the largest
     * positive weights.
     *
     * @param label the explained label
     * @return the mask
     * @throws IllegalArgumentException if the label was not explained
     */
    public ImageMask mask(int label) {
        return mask(label, MaskOptions.defaults());
    }

    /**
     * Selects superpixels by weight, as the Python reference's {@code get_image_and_mask} does.
     * Superpixels are taken in order of decreasing {@code |weight|}. The positive-only and
     * negative-only modes skip those of the other sign and those with {@code |weight|} not above
     * {@code minWeight}, so a positive-only mask with no positive weight is empty. The two-sign
     * mode looks at the first {@code numFeatures} weights and skips those below
     * {@code minWeight}.
     *
     * @param label the explained label
     * @param options which superpixels to show
     * @return the mask and its picture
     * @throws IllegalArgumentException if the label was not explained
     */
    public ImageMask mask(int label, MaskOptions options) {
        Objects.requireNonNull(options, "options");
        LabelExplanation explained = explanation.label(label);
        boolean signed = !options.positiveOnly() && !options.negativeOnly();
        List<Integer> chosen = new ArrayList<>();
        List<Integer> signs = new ArrayList<>();
        List<FeatureWeight> weights = explained.weights();
        if (signed) {
            // The reference takes the first numFeatures weights, then skips the small ones.
            for (FeatureWeight weight : weights.subList(0,
                    Math.min(options.numFeatures(), weights.size()))) {
                if (Math.abs(weight.weight()) >= options.minWeight()) {
                    chosen.add(weight.feature());
                    signs.add(weight.weight() < 0 ? -1 : 1);
                }
            }
        } else {
            for (FeatureWeight weight : weights) {
                double w = weight.weight();
                boolean take = options.positiveOnly() ? w > 0 && w > options.minWeight()
                        : w < 0 && -w > options.minWeight();
                if (take && chosen.size() < options.numFeatures()) {
                    chosen.add(weight.feature());
                    signs.add(1);
                }
            }
        }
        return buildMask(chosen, signs, signed, options.hideRest());
    }

    private ImageMask buildMask(List<Integer> chosen, List<Integer> signs, boolean signed,
            boolean hideRest) {
        int[] labels = segmentation.labelsView();
        int[] signOf = new int[segmentation.count()];
        for (int i = 0; i < chosen.size(); i++) {
            signOf[chosen.get(i)] = signs.get(i);
        }
        LimeImage base = signed ? Overlays.toRgb(image) : image;
        int channels = base.channels();
        byte[] picture = hideRest ? new byte[base.data.length] : base.data.clone();
        int brightest = 0;
        for (int i = 0; i < image.data.length; i++) {
            brightest = Math.max(brightest, image.data[i] & 0xFF);
        }
        int[] mask = new int[labels.length];
        for (int p = 0; p < labels.length; p++) {
            int sign = signOf[labels[p]];
            if (sign == 0) {
                continue;
            }
            mask[p] = sign;
            System.arraycopy(base.data, p * channels, picture, p * channels, channels);
            if (signed) {
                picture[p * channels + (sign < 0 ? 0 : 1)] = (byte) brightest;
            }
        }
        LimeImage shown = new LimeImage(image.width(), image.height(), channels, picture);
        return new ImageMask(image.width(), image.height(), mask, chosen, shown);
    }

    /**
     * Returns a heat map: each pixel's value is its superpixel's weight for the label.
     *
     * @param label the explained label
     * @return one value per pixel, row-major
     * @throws IllegalArgumentException if the label was not explained
     */
    public float[] heatMap(int label) {
        double[] weights = segmentWeights(label);
        int[] labels = segmentation.labelsView();
        float[] heat = new float[labels.length];
        for (int p = 0; p < labels.length; p++) {
            heat[p] = (float) weights[labels[p]];
        }
        return heat;
    }

    /**
     * Draws the heat map of one label over a grey copy of the image, green for positive weights
     * and red for negative ones.
     *
     * @param label the explained label
     * @return a new RGB image
     * @throws IllegalArgumentException if the label was not explained
     */
    public LimeImage heatMapImage(int label) {
        return Overlays.heatMap(image, heatMap(label));
    }

    /**
     * Draws the superpixel boundaries over the image in yellow.
     *
     * @return a new RGB image (RGBA when the image has alpha)
     */
    public LimeImage boundaries() {
        return Overlays.boundaries(image, segmentation);
    }

    @Override
    public String toString() {
        return "ImageExplanation of a " + image.shape() + " image with " + segmentation.count()
                + " superpixels\n" + explanation;
    }
}
