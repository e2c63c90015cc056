package org.lime4j.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lime4j.core.ExplainOptions;
import org.lime4j.text.MaskingMode;
import org.lime4j.text.TextExplainer;
import org.lime4j.text.TextExplanation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Text explanations of a naive Bayes sentiment model ({@link SentimentModel}) on a document of
 * IMDb review sentences cut to {@code words} words, 5000 samples, 10 explained features, one
 * thread, in bag-of-words and positional masking. {@link #modelBaseline} is the model alone on
 * the 5000 perturbed texts of one explanation with the same parameters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class TextBenchmark {
    /** The document length in words. */
    @Param({"50", "100", "200", "400", "800"})
    public int words;

    /** The masking mode of removed words. */
    @Param({"BAG_OF_WORDS", "POSITIONAL"})
    public MaskingMode mode;

    private SentimentModel model;
    private String document;
    private TextExplainer explainer;
    private ExplainOptions options;
    private List<List<String>> modelInputs;

    /** Trains the model, builds the document and records one explanation's model inputs. */
    @Setup
    public void setUp() {
        model = SentimentModel.train(Sentences.all());
        document = Sentences.document(words);
        explainer = TextExplainer.builder()
                .mode(mode)
                .classNames("negative", "positive")
                .build();
        options = ExplainOptions.builder()
                .numSamples(5000)
                .numFeatures(10)
                .seed(TabularBenchmark.SEED)
                .parallelism(1)
                .build();
        RecordingPredictor<String> recorder = new RecordingPredictor<>(model, s -> s);
        explainer.explain(document, recorder, options);
        modelInputs = recorder.batches();
    }

    /**
     * Times the black box alone on the perturbed texts of one explanation.
     *
     * @param sink receives every batch's output
     * @throws Exception never: the model does not throw
     */
    @Benchmark
    public void modelBaseline(Blackhole sink) throws Exception {
        Baselines.predictAll(model, modelInputs, sink);
    }

    /**
     * Times one explanation.
     *
     * @return the explanation
     */
    @Benchmark
    public TextExplanation explain() {
        return explainer.explain(document, model, options);
    }
}
