package org.lime4j.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kie.kogito.explainability.model.Saliency;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationSpec;
import org.lime4j.core.LimeEngine;
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
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.explanations.lime.LIMEBase;
import org.tribuo.classification.explanations.lime.LIMEExplanation;
import org.tribuo.regression.slm.LARSLassoTrainer;

/**
 * lime4j beside Tribuo's and TrustyAI's LIME on one black box and one size: the breast cancer
 * row 0, 30 continuous features, 5000 samples, 10 explained features, one thread.
 *
 * <p>Every explainer here samples continuous values. lime4j's core engine runs with the minimal
 * {@link GaussianSampler}. Tribuo's {@link LIMEBase} samples around the instance and fits a
 * LARS lasso, calling the model once per row. TrustyAI's {@code LimeExplainer} perturbs one
 * feature per sample by default, selects features and fits its own weighted linear model.
 * {@link #modelBaseline} is the cost of the model alone on the 5000 inputs lime4j sends it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class TabularPeersBenchmark {
    private static final int SAMPLES = 5000;
    private static final int EXPLAINED_FEATURES = 10;
    private static final long SEED = 42;
    /**
     * Tribuo's sparse trainers log every selected feature at INFO through java.util.logging, so
     * the benchmark raises the level to keep printing out of the timing. The field keeps the
     * logger, and so its level, from being garbage-collected.
     */
    private static final Logger TRIBUO_LOGGER = Logger.getLogger("org.tribuo");

    private TabularFixture fixture;
    private GaussianSampler sampler;
    private ExplanationSpec spec;
    private ExplainOptions options;
    private List<List<double[]>> modelInputs;
    private TribuoLogisticModel tribuoModel;
    private Example<Label> tribuoInstance;
    private LIMEBase tribuo;
    private TrustyAiPeer trustyAi;

    /** Builds the data, the model, each explainer and the baseline's inputs. */
    @Setup
    public void setUp() {
        TRIBUO_LOGGER.setLevel(Level.WARNING);
        fixture = TabularFixture.of(BreastCancer.COLUMNS);
        sampler = new GaussianSampler(fixture.rows(), fixture.instance());
        spec = sampler.spec(fixture.names());
        options = ExplainOptions.builder()
                .numSamples(SAMPLES)
                .numFeatures(EXPLAINED_FEATURES)
                .seed(SEED)
                .parallelism(1)
                .build();
        modelInputs = TabularFixture.modelInputs(sampler, SAMPLES, options.batchSize(), SEED,
                double[]::clone);
        tribuoModel = TribuoLogisticModel.wrap(fixture.model(), fixture.rows(),
                BreastCancer.targets(), fixture.names());
        tribuoInstance = TribuoLogisticModel.example(fixture.instance(), fixture.names(),
                LabelFactory.UNKNOWN_LABEL);
        tribuo = new LIMEBase(new SplittableRandom(SEED), tribuoModel,
                new LARSLassoTrainer(EXPLAINED_FEATURES), SAMPLES);
        trustyAi = new TrustyAiPeer(fixture.model(), fixture.instance(), fixture.names(),
                SAMPLES, EXPLAINED_FEATURES, SEED);
    }

    /**
     * Times the black box alone on the 5000 inputs of one lime4j explanation.
     *
     * @param sink receives every batch's output
     */
    @Benchmark
    public void modelBaseline(Blackhole sink) {
        for (List<double[]> batch : modelInputs) {
            sink.consume(fixture.model().predict(batch));
        }
    }

    /**
     * Times one lime4j explanation through the core engine and the minimal Gaussian sampler.
     *
     * @return the explanation
     */
    @Benchmark
    public Explanation lime4jCoreGaussian() {
        return LimeEngine.explain(sampler, fixture.model(), options, spec);
    }

    /**
     * Times one explanation by Tribuo 4.3.2's {@link LIMEBase} with a LARS lasso of 10 features.
     *
     * @return the explanation
     */
    @Benchmark
    public LIMEExplanation tribuoLimeBase() {
        return tribuo.explain(tribuoInstance);
    }

    /**
     * Times one explanation by TrustyAI 1.23.0.Final's {@code LimeExplainer}.
     *
     * @return the saliency per output
     */
    @Benchmark
    public Map<String, Saliency> trustyAiLime() {
        return trustyAi.explain();
    }
}
