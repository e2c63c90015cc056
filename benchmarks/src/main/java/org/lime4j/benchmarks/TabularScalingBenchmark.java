package org.lime4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
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

/**
 * The cost of the default tabular explanation (quartile bins, 10 explained features) as the
 * sample count, the column count and the thread count grow. Widths other than 30 come from
 * {@link WideData}: the first columns, or copies of the 30 columns over permuted rows. The
 * matching model-only times are in {@link TabularScalingBaselineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class TabularScalingBenchmark {
    /** The number of perturbed samples. */
    @Param({"1000", "5000", "50000"})
    public int samples;

    /** The number of columns of the data. */
    @Param({"10", "30", "100"})
    public int features;

    /** The engine's parallelism. */
    @Param({"1", "2"})
    public int threads;

    private LogisticModel model;
    private double[] instance;
    private TabularExplainer explainer;
    private ExplainOptions options;

    /** Builds the data at the requested width and its explainer. */
    @Setup
    public void setUp() {
        TabularFixture fixture = TabularFixture.of(features);
        model = fixture.model();
        instance = fixture.instance();
        explainer = TabularBenchmark.explainer(fixture, SamplingMode.DISCRETIZED);
        options = TabularBenchmark.options(samples, 10, threads).build();
    }

    /**
     * Times one explanation.
     *
     * @return the explanation
     */
    @Benchmark
    public Explanation explain() {
        return explainer.explain(instance, model, options);
    }
}
