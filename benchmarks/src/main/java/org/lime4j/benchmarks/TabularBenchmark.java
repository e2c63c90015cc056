package org.lime4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureSelection;
import org.lime4j.tabular.Column;
import org.lime4j.tabular.Discretizer;
import org.lime4j.tabular.SamplingMode;
import org.lime4j.tabular.TabularExplainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The tabular cases of the design's performance table. All run on the breast cancer data (30
 * numeric columns, row 0 explained) with its logistic black box, 5000 samples and one thread.
 * The cases are quartile bins with 10 explained features, the same with continuous sampling, and
 * quartile bins with forward selection of 5 features. {@link #modelBaseline} is the model alone
 * on the inputs of one quartile explanation, so library time is a case's time minus the
 * baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class TabularBenchmark {
    static final long SEED = 42;

    private LogisticModel model;
    private double[] instance;
    private TabularExplainer quartile;
    private TabularExplainer continuous;
    private ExplainOptions tenFeatures;
    private ExplainOptions forwardFive;
    private List<List<double[]>> modelInputs;

    /** Builds both explainers and records the model inputs of one quartile explanation. */
    @Setup
    public void setUp() {
        TabularFixture fixture = TabularFixture.of(BreastCancer.COLUMNS);
        model = fixture.model();
        instance = fixture.instance();
        quartile = explainer(fixture, SamplingMode.DISCRETIZED);
        continuous = explainer(fixture, SamplingMode.CONTINUOUS_AROUND_MEAN);
        tenFeatures = options(5000, 10, 1).build();
        forwardFive = options(5000, 5, 1)
                .featureSelection(FeatureSelection.FORWARD_SELECTION)
                .build();
        RecordingPredictor<double[]> recorder = new RecordingPredictor<>(model, double[]::clone);
        quartile.explain(instance, recorder, tenFeatures);
        modelInputs = recorder.batches();
    }

    /**
     * Times the black box alone on the 5000 inputs of one quartile explanation.
     *
     * @param sink receives every batch's output
     * @throws Exception never: the model does not throw
     */
    @Benchmark
    public void modelBaseline(Blackhole sink) throws Exception {
        Baselines.predictAll(model, modelInputs, sink);
    }

    /**
     * Times the default explanation: quartile bins, automatic selection of 10 features.
     *
     * @return the explanation
     */
    @Benchmark
    public Explanation quartileTenFeatures() {
        return quartile.explain(instance, model, tenFeatures);
    }

    /**
     * Times continuous sampling around the training mean, 10 features.
     *
     * @return the explanation
     */
    @Benchmark
    public Explanation continuousTenFeatures() {
        return continuous.explain(instance, model, tenFeatures);
    }

    /**
     * Times quartile bins with forward selection of 5 features.
     *
     * @return the explanation
     */
    @Benchmark
    public Explanation quartileForwardSelectionFive() {
        return quartile.explain(instance, model, forwardFive);
    }

    /** Builds a tabular explainer over the fixture's rows with quartile bins. */
    static TabularExplainer explainer(TabularFixture fixture, SamplingMode mode) {
        List<Column> columns = new ArrayList<>();
        for (String name : fixture.names()) {
            columns.add(Column.numeric(name));
        }
        return TabularExplainer.builder(fixture.rows(), columns)
                .samplingMode(mode)
                .discretizer(Discretizer.QUARTILE)
                .classNames("malignant", "benign")
                .build();
    }

    /** Starts the options every tabular benchmark shares. */
    static ExplainOptions.Builder options(int samples, int features, int threads) {
        return ExplainOptions.builder()
                .numSamples(samples)
                .numFeatures(features)
                .seed(SEED)
                .parallelism(threads);
    }
}
