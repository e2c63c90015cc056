package org.lime4j.core;

import java.util.ArrayList;
import java.util.AbstractMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The explanation of one prediction: a sparse weighted linear surrogate per explained label,
 * with the facts needed to judge and reproduce it. Immutable and thread-safe.
 *
 * <p>The method is LIME (Ribeiro, Singh and Guestrin, "Why Should I Trust You?", KDD 2016). Each
 * {@link LabelExplanation} states its weighted R² and the surrogate's and model's values at the
 * instance; the explanation states the seed, sample count, kernel width, the effective sample
 * size {@code (Σw)² / Σw²}, the feature-selection method that ran and the warnings raised.
 * Every number except those in {@link #run()} is a function of the inputs and the seed alone.
 *
 * @param schemaVersion the version of the JSON schema this explanation follows
 * @param libraryVersion the version of the library that produced it
 * @param explainer the kind of explainer: {@code tabular}, {@code text}, {@code image} or another
 * @param task classification or regression
 * @param features every interpretable feature, in index order
 * @param labels the explained labels, in the order requested
 * @param modelOutput the model's full output row at the instance
 * @param classNames the class names, or empty when none were given
 * @param seed the seed of the random streams
 * @param numSamples the number of samples, the instance included
 * @param kernelWidth the kernel width used
 * @param kernel the kernel's name
 * @param effectiveSampleSize {@code (Σw)² / Σw²} of the kernel weights
 * @param featureSelectionRequested the method requested
 * @param featureSelectionUsed the method that ran, with {@code auto} resolved
 * @param numFeaturesRequested the number of features requested per label
 * @param usableFeatures the number of features that varied over the samples
 * @param configuration the explainer's settings as text, for reports and re-runs
 * @param warnings the problems found, each a sentence; empty when none
 * @param run how the explanation was run; not part of the reproducible result
 */
public record Explanation(
        String schemaVersion,
        String libraryVersion,
        String explainer,
        Task task,
        List<Feature> features,
        List<LabelExplanation> labels,
        double[] modelOutput,
        List<String> classNames,
        long seed,
        int numSamples,
        double kernelWidth,
        String kernel,
        double effectiveSampleSize,
        FeatureSelection featureSelectionRequested,
        FeatureSelection featureSelectionUsed,
        int numFeaturesRequested,
        int usableFeatures,
        Map<String, String> configuration,
        List<String> warnings,
        RunInfo run) {

    /** The version of the JSON schema, {@code docs/json-schema.md}. */
    public static final String SCHEMA_VERSION = "1.0";

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part other than {@code run} is null
     */
    public Explanation {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(explainer, "explainer");
        Objects.requireNonNull(task, "task");
        features = List.copyOf(features);
        labels = List.copyOf(labels);
        modelOutput = modelOutput.clone();
        classNames = List.copyOf(classNames);
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(featureSelectionRequested, "featureSelectionRequested");
        Objects.requireNonNull(featureSelectionUsed, "featureSelectionUsed");
        configuration = Map.copyOf(configuration);
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] modelOutput() {
        return modelOutput.clone();
    }

    /**
     * Returns the explanation of one label.
     *
     * @param label the output column
     * @return its surrogate
     * @throws IllegalArgumentException if the label was not explained, listing those that were
     */
    public LabelExplanation label(int label) {
        for (LabelExplanation explained : labels) {
            if (explained.label() == label) {
                return explained;
            }
        }
        throw new IllegalArgumentException("label " + label + " was not explained; explained labels: "
                + explainedLabels() + "; request it with labels(...) or topLabels(...)");
    }

    /**
     * Returns the explained labels in the order requested.
     *
     * @return the label indices
     */
    public List<Integer> explainedLabels() {
        return labels.stream().map(LabelExplanation::label).collect(Collectors.toList());
    }

    /**
     * Returns the first explained label's surrogate, the one a regression explanation has.
     *
     * @return the first label's explanation
     */
    public LabelExplanation first() {
        return labels.get(0);
    }

    /**
     * Returns one label's features and weights as description and weight pairs, largest
     * {@code |weight|} first, like the Python package's {@code as_list}.
     *
     * @param label the output column
     * @return the pairs; empty when no feature was usable
     * @throws IllegalArgumentException if the label was not explained
     */
    public List<Map.Entry<String, Double>> asList(int label) {
        List<Map.Entry<String, Double>> pairs = new ArrayList<>();
        for (FeatureWeight weight : label(label).weights()) {
            pairs.add(new AbstractMap.SimpleImmutableEntry<>(weight.description(), weight.weight()));
        }
        return pairs;
    }

    /**
     * Returns the name of a class, or its index as text when no names were given.
     *
     * @param label the output column
     * @return the name
     */
    public String className(int label) {
        return label < classNames.size() ? classNames.get(label) : Integer.toString(label);
    }

    /**
     * Returns the same explanation without its run information, as compared for
     * reproducibility.
     *
     * @return a copy whose {@link #run()} is null
     */
    public Explanation withoutRun() {
        return new Explanation(schemaVersion, libraryVersion, explainer, task, features, labels,
                modelOutput, classNames, seed, numSamples, kernelWidth, kernel, effectiveSampleSize,
                featureSelectionRequested, featureSelectionUsed, numFeaturesRequested,
                usableFeatures, configuration, warnings, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Explanation that
                && ExplanationJson.toJson(this).equals(ExplanationJson.toJson(that));
    }

    @Override
    public int hashCode() {
        return ExplanationJson.toJson(this).hashCode();
    }

    /** Renders the explanation as plain text, one line per feature. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(explainer).append(' ').append(task.name().toLowerCase(Locale.ROOT))
                .append(" explanation: ").append(numSamples).append(" samples, seed ").append(seed)
                .append(", kernel width ").append(format(kernelWidth))
                .append(", selection ").append(featureSelectionUsed.name().toLowerCase(Locale.ROOT))
                .append('\n');
        for (LabelExplanation explained : labels) {
            text.append("label ").append(explained.labelName())
                    .append(": model ").append(format(explained.modelPrediction()))
                    .append(", surrogate ").append(format(explained.localPrediction()))
                    .append(", intercept ").append(format(explained.intercept()))
                    .append(", weighted R² ").append(format(explained.score())).append('\n');
            for (FeatureWeight weight : explained.weights()) {
                text.append("  ").append(String.format(Locale.ROOT, "%+.4f", weight.weight()))
                        .append("  ").append(weight.description()).append('\n');
            }
        }
        for (String warning : warnings) {
            text.append("warning: ").append(warning).append('\n');
        }
        return text.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
