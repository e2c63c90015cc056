package org.lime4j.tabular;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureSelection;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.Kernel;
import org.lime4j.core.LabelExplanation;
import org.lime4j.core.Predictor;
import org.lime4j.core.Sampler;
import org.lime4j.core.Task;
import org.lime4j.core.surrogate.RidgeFit;
import org.lime4j.core.surrogate.StatisticsAccumulator;
import org.lime4j.core.surrogate.SufficientStatistics;
import org.lime4j.tabular.ReferenceModels.Linear;

/** Runs one reference case with this library over several seeds and summarizes the weights. */
final class ParityRunner {
    static final int SEEDS = 20;

    /** One compared label of one case: the reference's features and this library's runs. */
    record LabelRuns(int label, int[] referenceFeatures, double[] referenceWeights,
            List<int[]> selected, double[][] refitWeights, List<Explanation> explanations) {

        /** Counts the runs that selected a feature. */
        int selectionCount(int feature) {
            int count = 0;
            for (int[] set : selected) {
                for (int f : set) {
                    if (f == feature) {
                        count++;
                    }
                }
            }
            return count;
        }

        double mean(int position) {
            return Arrays.stream(column(position)).average().orElseThrow();
        }

        double sd(int position) {
            double[] values = column(position);
            double mean = mean(position);
            double squares = 0;
            for (double v : values) {
                squares += (v - mean) * (v - mean);
            }
            return Math.sqrt(squares / (values.length - 1));
        }

        private double[] column(int position) {
            return Arrays.stream(refitWeights).mapToDouble(row -> row[position]).toArray();
        }
    }

    private ParityRunner() {}

    static TabularExplainer explainer(JsonNode ctor, TestData.Labelled data) {
        TabularExplainer.Builder builder =
                TabularExplainer.builder(data.x(), TestData.breastCancerColumns())
                        .redrawInstanceBins(true);
        if (ctor.has("discretize_continuous") && !ctor.get("discretize_continuous").asBoolean()) {
            boolean around = ctor.has("sample_around_instance")
                    && ctor.get("sample_around_instance").asBoolean();
            builder.samplingMode(around ? SamplingMode.CONTINUOUS_AROUND_INSTANCE
                    : SamplingMode.CONTINUOUS_AROUND_MEAN);
        }
        if (ctor.has("discretizer")) {
            builder.discretizer(Discretizer.parse(ctor.get("discretizer").asText()));
        }
        if (ctor.has("training_labels")) {
            builder.trainingLabels(data.y());
        }
        return builder.build();
    }

    static ExplainOptions options(JsonNode record, long seed) {
        JsonNode ctor = record.get("ctor_kwargs");
        JsonNode explain = record.get("explain_kwargs");
        ExplainOptions.Builder options = ExplainOptions.builder()
                .numSamples(explain.get("num_samples").asInt())
                .numFeatures(explain.get("num_features").asInt())
                .seed(seed)
                .parallelism(1);
        if (ctor.has("feature_selection")) {
            String method = ctor.get("feature_selection").asText();
            options.featureSelection(FeatureSelection.parse(method));
        }
        if (explain.has("top_labels")) {
            options.topLabels(explain.get("top_labels").asInt());
        }
        if (ctor.has("mode") && ctor.get("mode").asText().equals("regression")) {
            options.task(Task.REGRESSION);
        }
        return options.build();
    }

    /**
     * Explains row 0 with {@link #SEEDS} seeds; for every compared label also refits the final
     * ridge surrogate on exactly the reference's features, from the same samples.
     */
    static List<LabelRuns> run(JsonNode record, Linear model, TestData.Labelled data) {
        TabularExplainer explainer = explainer(record.get("ctor_kwargs"), data);
        boolean regression = record.get("mode").asText().equals("regression");
        Predictor<double[]> predictor = regression ? model.regressor() : model.classifier();
        double[] row = data.x()[record.get("row").asInt()];

        List<Explanation> explanations = new ArrayList<>();
        List<SufficientStatistics> statistics = new ArrayList<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            ExplainOptions options = options(record, seed);
            explanations.add(explainer.explain(row, predictor, options));
            statistics.add(statistics(explainer, row, predictor, options));
        }

        List<LabelRuns> result = new ArrayList<>();
        // A regression record repeats its weights under label 1 and negates them under label 0,
        // which is a fault of the reference. Label 1 contains the real ones.
        List<String> labels = new ArrayList<>();
        record.get("local_exp").fieldNames().forEachRemaining(labels::add);
        if (regression) {
            labels = List.of("1");
        }
        for (String labelText : labels) {
            JsonNode pairs = record.get("local_exp").get(labelText);
            int[] features = new int[pairs.size()];
            double[] weights = new double[pairs.size()];
            for (int a = 0; a < features.length; a++) {
                features[a] = pairs.get(a).get(0).asInt();
                weights[a] = pairs.get(a).get(1).asDouble();
            }
            int label = Integer.parseInt(labelText);
            int column = regression ? 0 : label;
            List<int[]> selected = new ArrayList<>();
            double[][] refits = new double[SEEDS][];
            for (int s = 0; s < SEEDS; s++) {
                LabelExplanation explained = regression ? explanations.get(s).first()
                        : explanations.get(s).label(label);
                selected.add(explained.weights().stream().mapToInt(FeatureWeight::feature)
                        .toArray());
                refits[s] = RidgeFit.fit(statistics.get(s), column, features, 1.0).coefficients();
            }
            result.add(new LabelRuns(label, features, weights, selected, refits, explanations));
        }
        return result;
    }

    /** Builds the same samples the explanation used and accumulates their statistics. */
    static SufficientStatistics statistics(TabularExplainer explainer, double[] row,
            Predictor<double[]> predictor, ExplainOptions options) {
        TabularSampler sampler = explainer.sampler(row);
        int n = options.numSamples();
        int d = sampler.features();
        Sampler.Worker<double[]> worker = sampler.newWorker(n);
        double[] rows = new double[n * d];
        double[] distances = new double[n];
        List<double[]> inputs = worker.fill(options.seed(), 0, n, rows, distances);
        double[][] outputs;
        try {
            outputs = predictor.predict(inputs);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        double width = options.kernelWidthOr(explainer.defaultKernelWidth());
        StatisticsAccumulator accumulator = new StatisticsAccumulator(d, outputs[0].length);
        for (int i = 0; i < n; i++) {
            accumulator.add(rows, i * d, Kernel.EXPONENTIAL.weight(distances[i], width),
                    outputs[i], 0);
        }
        return accumulator.freeze(sampler.instanceRow());
    }
}
