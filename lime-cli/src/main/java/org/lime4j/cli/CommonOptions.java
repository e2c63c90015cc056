package org.lime4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureSelection;
import org.lime4j.core.Stability;
import picocli.CommandLine.Option;

/** The options every explaining command shares: sampling, selection, threads and output. */
final class CommonOptions {
    @Option(names = "--seed", paramLabel = "N", description = "Seed of the random samples; the"
            + " same seed and inputs give the same explanation (default: ${DEFAULT-VALUE}).")
    long seed = 0;

    @Option(names = "--samples", paramLabel = "N", description = "Number of perturbed samples per"
            + " explanation, the instance included (default: the explainer's, 5000 for tabular"
            + " and text).")
    Integer samples;

    @Option(names = "--features", paramLabel = "K", description = "Maximum number of features per"
            + " explanation (default: ${DEFAULT-VALUE}).")
    int features = ExplainOptions.DEFAULT_FEATURES;

    @Option(names = "--feature-selection", paramLabel = "METHOD", description = "Feature"
            + " selection: auto, none, forward_selection, highest_weights or lasso_path (default:"
            + " ${DEFAULT-VALUE}).")
    String featureSelection = "auto";

    @Option(names = "--kernel-width", paramLabel = "W", description = "Kernel width (default: the"
            + " explainer's, 0.75·sqrt(columns) for tabular, 25 for text).")
    Double kernelWidth;

    @Option(names = "--threads", paramLabel = "N", description = "Maximum number of model calls in"
            + " flight (default: the number of processors).")
    Integer threads;

    @Option(names = "--batch-size", paramLabel = "N", description = "Maximum number of samples per"
            + " model call (default: ${DEFAULT-VALUE}).")
    int batchSize = ExplainOptions.DEFAULT_BATCH_SIZE;

    @Option(names = "--stability-seeds", paramLabel = "N", description = "Number of extra seeds"
            + " (seed+1 to seed+N) with which each input is explained again, to report in its"
            + " audit section how stable the selected features are; 0 skips this and its cost"
            + " (default: ${DEFAULT-VALUE}).")
    int stabilitySeeds = 3;

    @Option(names = {"-o", "--output"}, paramLabel = "FOLDER", description = "Folder for the"
            + " reports (default: ${DEFAULT-VALUE}, in the current folder).")
    Path output = Path.of("report");

    @Option(names = "--force", description = "Write into an output folder that already exists,"
            + " replacing its reports.")
    boolean force;

    /**
     * Builds the shared explanation options, naming the option of any invalid value.
     *
     * @param defaultSamples the sample count when {@code --samples} is not given
     */
    ExplainOptions.Builder toBuilder(int defaultSamples) {
        ExplainOptions.Builder builder = ExplainOptions.builder().seed(seed);
        set("--samples", () -> builder.numSamples(samples == null ? defaultSamples : samples));
        set("--features", () -> builder.numFeatures(features));
        set("--feature-selection",
                () -> builder.featureSelection(FeatureSelection.parse(featureSelection)));
        set("--batch-size", () -> builder.batchSize(batchSize));
        if (stabilitySeeds < 0) {
            throw new InputException("invalid value for option --stability-seeds: it must be at"
                    + " least 0, got " + stabilitySeeds);
        }
        if (kernelWidth != null) {
            set("--kernel-width", () -> builder.kernelWidth(kernelWidth));
        }
        if (threads != null) {
            set("--threads", () -> builder.parallelism(threads));
        }
        return builder;
    }

    /** Explains the same input with a given seed; the other settings are fixed. */
    interface SeedExplainer {
        Explanation explain(long seed) throws Exception;
    }

    /**
     * Explains the input again with {@code --stability-seeds} more seeds and compares the runs
     * with {@code first} on its first label; returns null when the option is 0.
     */
    Stability stability(Explanation first, SeedExplainer explainer) throws Exception {
        if (stabilitySeeds == 0) {
            return null;
        }
        List<Explanation> runs = new ArrayList<>();
        runs.add(first);
        for (int k = 1; k <= stabilitySeeds; k++) {
            runs.add(explainer.explain(seed + k));
        }
        return Stability.compare(runs, first.first().label());
    }

    static void set(String option, Runnable setter) {
        try {
            setter.run();
        } catch (IllegalArgumentException e) {
            throw new InputException("invalid value for option " + option + ": " + e.getMessage(),
                    e);
        }
    }
}
