package org.lime4j.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lime4j.tabular.SamplingMode;
import org.lime4j.tabular.TabularExplainer;
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
 * The model-only cost behind {@link TabularScalingBenchmark}: the logistic model on the inputs
 * of one explanation at each sample count and width, on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class TabularScalingBaselineBenchmark {
    /** The number of perturbed samples. */
    @Param({"1000", "5000", "50000"})
    public int samples;

    /** The number of columns of the data. */
    @Param({"10", "30", "100"})
    public int features;

    private LogisticModel model;
    private List<List<double[]>> modelInputs;

    /** Records the model inputs of one explanation. */
    @Setup
    public void setUp() {
        TabularFixture fixture = TabularFixture.of(features);
        model = fixture.model();
        TabularExplainer explainer =
                TabularBenchmark.explainer(fixture, SamplingMode.DISCRETIZED);
        RecordingPredictor<double[]> recorder = new RecordingPredictor<>(model, double[]::clone);
        explainer.explain(fixture.instance(), recorder,
                TabularBenchmark.options(samples, 10, 1).build());
        modelInputs = recorder.batches();
    }

    /**
     * Times the black box alone on the inputs of one explanation.
     *
     * @param sink receives every batch's output
     * @throws Exception never: the model does not throw
     */
    @Benchmark
    public void modelBaseline(Blackhole sink) throws Exception {
        Baselines.predictAll(model, modelInputs, sink);
    }
}
