package org.lime4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.kie.kogito.explainability.local.lime.LimeConfig;
import org.kie.kogito.explainability.local.lime.LimeExplainer;
import org.kie.kogito.explainability.model.Feature;
import org.kie.kogito.explainability.model.FeatureFactory;
import org.kie.kogito.explainability.model.Output;
import org.kie.kogito.explainability.model.PerturbationContext;
import org.kie.kogito.explainability.model.Prediction;
import org.kie.kogito.explainability.model.PredictionInput;
import org.kie.kogito.explainability.model.PredictionOutput;
import org.kie.kogito.explainability.model.PredictionProvider;
import org.kie.kogito.explainability.model.Saliency;
import org.kie.kogito.explainability.model.SimplePrediction;
import org.kie.kogito.explainability.model.Type;
import org.kie.kogito.explainability.model.Value;

/**
 * TrustyAI's LIME (explainability-core 1.23.0.Final) on the benchmarks' {@link LogisticModel}:
 * the model is a {@link PredictionProvider} whose one numeric output is the probability of
 * class 1, returned in an already completed future. Not thread-safe, because the explainer's
 * random generator is shared between calls.
 */
final class TrustyAiPeer {
    private static final String OUTPUT = "benign";

    private final List<String> names;
    private final PredictionProvider provider;
    private final Prediction prediction;
    private final int samples;
    private final int features;
    private final long seed;

    TrustyAiPeer(LogisticModel model, double[] instance, List<String> names, int samples,
            int features, long seed) {
        this.names = List.copyOf(names);
        this.samples = samples;
        this.features = features;
        this.seed = seed;
        this.provider = inputs -> CompletableFuture.completedFuture(predict(model, inputs));
        PredictionInput input = input(instance);
        this.prediction = new SimplePrediction(input, predict(model, List.of(input)).get(0));
    }

    /**
     * Explains the instance with TrustyAI's default LIME configuration apart from the sample
     * count, the number of explained features and the seed.
     *
     * @return the saliency of every feature for the one output
     */
    Map<String, Saliency> explain() {
        LimeConfig config = new LimeConfig()
                .withSamples(samples)
                .withNoOfFeatures(features)
                .withPerturbationContext(new PerturbationContext(seed, new Random(seed), 1));
        try {
            return new LimeExplainer(config).explainAsync(prediction, provider).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while TrustyAI explained", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("TrustyAI's LimeExplainer failed", e.getCause());
        }
    }

    private PredictionInput input(double[] row) {
        List<Feature> features = new ArrayList<>(row.length);
        for (int j = 0; j < row.length; j++) {
            features.add(FeatureFactory.newNumericalFeature(names.get(j), row[j]));
        }
        return new PredictionInput(features);
    }

    private static List<PredictionOutput> predict(LogisticModel model,
            List<PredictionInput> inputs) {
        List<PredictionOutput> outputs = new ArrayList<>(inputs.size());
        double[] row = new double[model.columns()];
        for (PredictionInput input : inputs) {
            List<Feature> features = input.getFeatures();
            for (int j = 0; j < row.length; j++) {
                row[j] = features.get(j).getValue().asNumber();
            }
            double p = model.probability(row);
            outputs.add(new PredictionOutput(
                    List.of(new Output(OUTPUT, Type.NUMBER, new Value(p), 1.0))));
        }
        return outputs;
    }
}
