package org.lime4j.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.LabelExplanation;
import org.lime4j.core.PredictionException;
import org.lime4j.core.Predictor;
import org.lime4j.core.RunInfo;
import org.lime4j.core.Task;
import org.lime4j.core.Timings;
import org.lime4j.core.Version;

/**
 * The explanation of a text with nothing to remove: no features, and per label an intercept
 * equal to the model's output on the text. The engine rejects zero features, so this class
 * calls the model once itself.
 */
final class NoTokens {
    private NoTokens() {}

    static Explanation explain(String text, Predictor<String> model, ExplainOptions options,
            List<String> classNames, Map<String, String> configuration, double defaultWidth) {
        long start = System.nanoTime();
        double[] output = predictOnce(text, model);
        long predicted = System.nanoTime();
        List<LabelExplanation> labels = new ArrayList<>();
        for (int label : labels(options, output)) {
            String name = options.task() == Task.CLASSIFICATION && label < classNames.size()
                    ? classNames.get(label) : Integer.toString(label);
            double value = output[label];
            labels.add(new LabelExplanation(label, name, value, List.of(), 1.0, value, value));
        }
        List<String> warnings = List.of("no tokens to explain: the text has no token that"
                + " samples could remove, so the explanation has no features and each intercept"
                + " is the model's output on the text");
        long end = System.nanoTime();
        Map<String, String> config = new java.util.TreeMap<>(configuration);
        config.put("numSamples", "1");
        config.put("seed", Long.toString(options.seed()));
        config.put("task", options.task().name().toLowerCase(java.util.Locale.ROOT));
        double width = options.kernelWidthOr(defaultWidth);
        return new Explanation(Explanation.SCHEMA_VERSION, Version.get(), "text", options.task(),
                List.of(), labels, output, classNames, options.seed(), 1, width,
                options.kernel().toString(), 1.0, options.featureSelection(),
                options.featureSelection().resolve(options.numFeatures()),
                options.numFeatures(), 0, config, warnings,
                new RunInfo(1, 1, 1, new Timings(0, predicted - start, 0, end - start)));
    }

    private static double[] predictOnce(String text, Predictor<String> model) {
        double[][] output;
        try {
            output = model.predict(List.of(text));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PredictionException(0, 0, 0,
                    "batch 0 (sample 0) was interrupted while the model ran", e);
        } catch (Exception e) {
            throw new PredictionException(0, 0, 0, "batch 0 (sample 0) failed in the model: " + e,
                    e);
        }
        if (output == null || output.length != 1 || output[0] == null || output[0].length == 0) {
            throw new PredictionException(0, 0, 0, "batch 0 (sample 0) returned invalid output:"
                    + " expected one non-empty row for one text, got "
                    + (output == null ? "null" : output.length + " rows"), null);
        }
        for (double value : output[0]) {
            if (!Double.isFinite(value)) {
                throw new PredictionException(0, 0, 0, "batch 0 (sample 0) returned invalid"
                        + " output: " + Arrays.toString(output[0]) + " is not finite", null);
            }
        }
        return output[0].clone();
    }

    private static int[] labels(ExplainOptions options, double[] output) {
        if (options.task() == Task.REGRESSION) {
            int column = Math.max(0, options.outputColumn());
            checkColumn(column, output.length, "outputColumn");
            return new int[] {column};
        }
        if (options.topLabels() > 0) {
            return IntStream.range(0, output.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer c) -> -output[c]))
                    .limit(options.topLabels()).mapToInt(Integer::intValue).toArray();
        }
        for (int label : options.labels()) {
            checkColumn(label, output.length, "label");
        }
        return options.labels();
    }

    private static void checkColumn(int column, int columns, String parameter) {
        if (column >= columns) {
            throw new IllegalArgumentException(parameter + " " + column + " is out of range: the model"
                    + " returned " + columns + " columns, so it must be in 0.." + (columns - 1));
        }
    }
}
