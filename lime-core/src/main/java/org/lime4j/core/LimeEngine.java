package org.lime4j.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import org.lime4j.core.surrogate.FeatureSelector;
import org.lime4j.core.surrogate.RidgeFit;
import org.lime4j.core.surrogate.WeightedDesign;

/**
 * The model-agnostic LIME pipeline that every explainer runs: sample, predict, weigh, fit and
 * describe. Stateless and thread-safe.
 *
 * <p>LIME is the method of Ribeiro, Singh and Guestrin, "Why Should I Trust You?", KDD 2016. The
 * engine queries the model in batches on bounded parallel workers, accumulates the weighted
 * sufficient statistics once, and fits every label and every feature-selection step from them.
 */
public final class LimeEngine {
    /** An effective sample size below this fraction of the samples raises a warning. */
    static final double LOW_EFFECTIVE_SAMPLE_FRACTION = 0.01;
    /** An effective sample size below this count raises a warning. */
    static final double LOW_EFFECTIVE_SAMPLE_COUNT = 10;
    /**
     * A weighted R² below this raises a warning. It is a rule of thumb for "the surrogate
     * explains less than half of the local variation", not a statistical test.
     */
    static final double LOW_SCORE = 0.5;

    private LimeEngine() {}

    /**
     * Explains one instance with a synchronous model.
     *
     * @param <T> the model's input type
     * @param sampler builds the perturbed samples
     * @param predictor the black box
     * @param options the shared options
     * @param spec the features, class names and settings of the explainer
     * @return the explanation
     * @throws IllegalArgumentException if the problem has no feature or the options do not fit it
     * @throws PredictionException if the model fails, returns invalid output or is interrupted
     */
    public static <T> Explanation explain(Sampler<T> sampler, Predictor<T> predictor,
            ExplainOptions options, ExplanationSpec spec) {
        Objects.requireNonNull(predictor, "predictor");
        return run(sampler, BatchCaller.of(predictor), options, spec);
    }

    /**
     * Explains one instance with an asynchronous model, waiting at most
     * {@link ExplainOptions#timeout()} for each batch.
     *
     * @param <T> the model's input type
     * @param sampler builds the perturbed samples
     * @param predictor the black box
     * @param options the shared options
     * @param spec the features, class names and settings of the explainer
     * @return the explanation
     * @throws IllegalArgumentException if the problem has no feature or the options do not fit it
     * @throws PredictionException if the model fails, times out, returns invalid output or is
     *     interrupted
     */
    public static <T> Explanation explain(Sampler<T> sampler, AsyncPredictor<T> predictor,
            ExplainOptions options, ExplanationSpec spec) {
        Objects.requireNonNull(predictor, "predictor");
        return run(sampler, BatchCaller.of(predictor, options.timeout()), options, spec);
    }

    private static <T> Explanation run(Sampler<T> sampler, BatchCaller<T> caller,
            ExplainOptions options, ExplanationSpec spec) {
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(spec, "spec");
        long start = System.nanoTime();
        int d = sampler.features();
        if (d < 1) {
            throw new IllegalArgumentException(
                    "nothing to explain: the instance has no interpretable features");
        }
        if (spec.features().size() != d) {
            throw new IllegalArgumentException("the sampler has " + d + " features but the spec "
                    + "describes " + spec.features().size());
        }
        double width = options.kernelWidthOr(spec.defaultKernelWidth());
        if (!(width > 0 && Double.isFinite(width))) {
            throw new IllegalArgumentException(
                    "kernel width must be finite and greater than 0, got " + width);
        }
        FeatureSelection used = resolveSelection(options, d);
        if (d > SampleRunner.GRAM_FEATURE_LIMIT && used != FeatureSelection.HIGHEST_WEIGHTS) {
            throw new IllegalArgumentException("feature selection " + used
                    + " supports at most " + SampleRunner.GRAM_FEATURE_LIMIT + " features, got "
                    + d + "; use highest_weights or auto");
        }
        if (options.task() == Task.CLASSIFICATION && options.outputColumn() >= 0) {
            throw new IllegalArgumentException("outputColumn applies to regression only; for"
                    + " classification choose classes with labels(...) or topLabels(...)");
        }

        // 1. Sample, predict and weigh in parallel batches, accumulating the statistics.
        SampleRunner<T> runner = new SampleRunner<>(sampler, caller, options, width);
        WeightedDesign stats = runner.run();
        long fitStart = System.nanoTime();

        // 2. Choose the labels from the model's output at the instance.
        double[] instanceOutput = runner.instanceOutput();
        int[] labels = chooseLabels(options, instanceOutput);

        // 3. Fit one surrogate per label from the shared statistics.
        List<String> warnings = new ArrayList<>();
        int[] usable = FeatureSelector.usableFeatures(stats);
        List<LabelExplanation> explained = new ArrayList<>();
        for (int label : labels) {
            int column = options.task() == Task.CLASSIFICATION ? label : 0;
            explained.add(fitLabel(stats, column, label, used, options, spec, usable, warnings,
                    instanceOutput));
        }
        long end = System.nanoTime();

        // 4. Describe the fit and what may make it unreliable.
        double ess = stats.sumWeights() * stats.sumWeights() / stats.sumSquaredWeights();
        addSampleWarnings(warnings, runner, options, spec, usable, ess, width, d);
        Timings timings = new Timings(runner.samplingNanos(), runner.predictionNanos(),
                end - fitStart, end - start);
        RunInfo run = new RunInfo(Math.min(options.parallelism(), runner.batches()),
                runner.batchSize(), runner.batches(), timings);
        return new Explanation(Explanation.SCHEMA_VERSION, Version.get(), spec.explainer(),
                options.task(), spec.features(), explained, instanceOutput, spec.classNames(),
                options.seed(), options.numSamples(), width, options.kernel().toString(), ess,
                options.featureSelection(), used, options.numFeatures(), usable.length,
                configuration(options, spec, width), warnings, run);
    }

    /**
     * Resolves {@code auto}: forward selection up to 6 features, else highest weights, and highest
     * weights whatever the count above {@link SampleRunner#GRAM_FEATURE_LIMIT} features, where
     * forward selection would need the full Gram matrix.
     */
    private static FeatureSelection resolveSelection(ExplainOptions options, int d) {
        if (options.featureSelection() == FeatureSelection.AUTO
                && d > SampleRunner.GRAM_FEATURE_LIMIT) {
            return FeatureSelection.HIGHEST_WEIGHTS;
        }
        return options.featureSelection().resolve(options.numFeatures());
    }

    private static int[] chooseLabels(ExplainOptions options, double[] output) {
        if (options.task() == Task.REGRESSION) {
            return new int[] {Math.max(0, options.outputColumn())};
        }
        int columns = output.length;
        if (options.topLabels() > 0) {
            Integer[] order = new Integer[columns];
            for (int c = 0; c < columns; c++) {
                order[c] = c;
            }
            java.util.Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -output[c]));
            int k = Math.min(options.topLabels(), columns);
            int[] top = new int[k];
            for (int i = 0; i < k; i++) {
                top[i] = order[i];
            }
            return top;
        }
        int[] labels = options.labels();
        for (int label : labels) {
            if (label >= columns) {
                throw new IllegalArgumentException("label " + label + " is out of range: the model"
                        + " returned " + columns + " columns, so labels must be in 0.."
                        + (columns - 1));
            }
        }
        return labels;
    }

    private static LabelExplanation fitLabel(WeightedDesign stats, int column, int label,
            FeatureSelection used, ExplainOptions options, ExplanationSpec spec, int[] usable,
            List<String> warnings, double[] instanceOutput) {
        String name = options.task() == Task.CLASSIFICATION && label < spec.classNames().size()
                ? spec.classNames().get(label) : Integer.toString(label);
        int[] selected = FeatureSelector.select(stats, column, used, options.numFeatures(), usable);
        RidgeFit fit = RidgeFit.fit(stats, column, selected, options.ridgeAlpha());
        double[] coefficients = fit.coefficients();
        double intercept = fit.intercept();
        double local = fit.localPrediction();
        if (stats.outputVariance(column) <= 1e-12 * stats.sumWeights()) {
            // Rounding leaves weights of about 1e-14 that a report would still rank; the fit of a
            // constant is its mean with every weight exactly 0.
            java.util.Arrays.fill(coefficients, 0.0);
            intercept = stats.outputMean(column);
            local = intercept;
            warnings.add("model output constant over the samples for label " + name
                    + ": every weight is 0 and the explanation carries no information");
        }
        List<FeatureWeight> weights = new ArrayList<>();
        for (int a = 0; a < selected.length; a++) {
            int feature = selected[a];
            weights.add(new FeatureWeight(feature, spec.features().get(feature).description(),
                    coefficients[a]));
        }
        // List.sort is stable: equal magnitudes keep the selection order.
        weights.sort(Comparator.comparingDouble((FeatureWeight w) -> -Math.abs(w.weight())));
        if (used == FeatureSelection.NONE) {
            boolean[] isUsable = mask(stats.features(), usable);
            for (int j = 0; j < stats.features(); j++) {
                if (!isUsable[j]) {
                    weights.add(new FeatureWeight(j, spec.features().get(j).description(), 0.0));
                }
            }
        }
        addFitWarnings(warnings, name, fit.score());
        double modelPrediction = instanceOutput[options.task() == Task.CLASSIFICATION
                ? label : Math.max(0, options.outputColumn())];
        return new LabelExplanation(label, name, intercept, weights, fit.score(), local,
                modelPrediction);
    }

    /** Returns a flag per feature, set for the given indices. */
    private static boolean[] mask(int d, int[] indices) {
        boolean[] flags = new boolean[d];
        for (int j : indices) {
            flags[j] = true;
        }
        return flags;
    }

    private static void addFitWarnings(List<String> warnings, String name, double score) {
        if (Double.isNaN(score)) {
            warnings.add("the weighted R² for label " + name + " is not a number, because the"
                    + " model's outputs overflow the sums; rescale the outputs before explaining");
        } else if (score < LOW_SCORE) {
            warnings.add(String.format(Locale.ROOT, "the weighted R² for label %s is %.3f, below"
                    + " %.1f: the linear surrogate explains less than half of the model's"
                    + " variation near this instance, so read the weights as rough tendencies;"
                    + " more samples, a smaller kernel width or fewer features may fit better",
                    name, score, LOW_SCORE));
        }
    }

    private static void addSampleWarnings(List<String> warnings, SampleRunner<?> runner,
            ExplainOptions options, ExplanationSpec spec, int[] usable, double ess, double width,
            int d) {
        int columns = runner.instanceOutput().length;
        if (options.task() == Task.CLASSIFICATION && !spec.classNames().isEmpty()
                && spec.classNames().size() != columns) {
            warnings.add(spec.classNames().size() + " class names were given but the model"
                    + " returned " + columns + " columns, so the names may not match the"
                    + " classes; give one name per output column");
        }
        String sums = runner.validator().probabilityWarning();
        if (sums != null) {
            warnings.add(sums);
        }
        int n = options.numSamples();
        if (n <= d) {
            warnings.add(n + " samples for " + d + " features: with no more samples than"
                    + " features the fit is underdetermined and rests on the ridge penalty; use"
                    + " more than " + d + " samples");
        }
        if (ess < Math.max(LOW_EFFECTIVE_SAMPLE_COUNT, LOW_EFFECTIVE_SAMPLE_FRACTION * n)) {
            warnings.add(String.format(Locale.ROOT, "effective sample size (Σw)²/Σw² is %.3g of"
                    + " %d samples: kernel width %s puts almost all weight on a few samples, so"
                    + " the fit is unreliable; increase the kernel width", ess, n, width));
        }
        if (usable.length < d) {
            List<String> constant = new ArrayList<>();
            boolean[] isUsable = mask(d, usable);
            for (int j = 0; j < d && constant.size() < 10; j++) {
                if (!isUsable[j]) {
                    constant.add(spec.features().get(j).description());
                }
            }
            warnings.add((d - usable.length) + " of " + d + " features do not vary over the"
                    + " samples and get weight 0 (" + String.join(", ", constant)
                    + (d - usable.length > constant.size() ? ", ..." : "") + "); "
                    + usable.length + " features are usable");
        }
        if (options.featureSelection() != FeatureSelection.NONE
                && options.numFeatures() > usable.length) {
            warnings.add(options.numFeatures() + " features were requested but only "
                    + usable.length + " are usable, so each label has at most " + usable.length);
        }
    }

    private static TreeMap<String, String> configuration(ExplainOptions options,
            ExplanationSpec spec, double width) {
        TreeMap<String, String> config = new TreeMap<>(spec.configuration());
        config.put("numSamples", Integer.toString(options.numSamples()));
        config.put("numFeatures", Integer.toString(options.numFeatures()));
        config.put("featureSelection", options.featureSelection().name().toLowerCase(Locale.ROOT));
        config.put("kernel", options.kernel().toString());
        config.put("kernelWidth", Double.toString(width));
        config.put("ridgeAlpha", Double.toString(options.ridgeAlpha()));
        config.put("seed", Long.toString(options.seed()));
        config.put("task", options.task().name().toLowerCase(Locale.ROOT));
        if (options.topLabels() > 0) {
            config.put("topLabels", Integer.toString(options.topLabels()));
        } else if (options.task() == Task.CLASSIFICATION) {
            config.put("labels", java.util.Arrays.toString(options.labels()));
        }
        if (options.outputColumn() >= 0) {
            config.put("outputColumn", Integer.toString(options.outputColumn()));
        }
        config.put("strictProbabilities", Boolean.toString(options.strictProbabilities()));
        Duration timeout = options.timeout();
        if (timeout != null) {
            config.put("timeout", timeout.toString());
        }
        return config;
    }
}
