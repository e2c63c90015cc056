package org.lime4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationSpec;
import org.lime4j.core.LimeEngine;
import org.lime4j.core.Predictor;
import org.lime4j.image.ImageExplainer;
import org.lime4j.image.ImageExplanation;
import org.lime4j.image.LimeImage;
import org.lime4j.image.Segmentation;
import org.lime4j.image.Segmenter;
import org.lime4j.image.Segmenters;
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
 * Image explanations of the astronaut photograph at {@code size}×{@code size} pixels with the
 * reference's defaults (quickshift, mean-colour hiding, 1000 samples, top 5 labels), one thread,
 * and the trivial {@link GridImageModel}.
 *
 * <p>The parts: {@link #quickshift} is the segmentation alone; {@link #explainSegmented} is the
 * explanation with that segmentation given, that is building the perturbed images plus the engine;
 * {@link #engineOnly} is the engine and surrogate at the same sample and segment counts with no
 * image behind the rows. Building the perturbed images costs about
 * {@code explainSegmented − engineOnly}; {@link #explainWhole} is everything.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class ImageBenchmark {
    private static final String RESOURCE = "astronaut.png";
    private static final int RECORDED_IMAGES = 16;

    /** The width and height of the explained image. */
    @Param({"224", "512"})
    public int size;

    private LimeImage image;
    private Segmenter quickshift;
    private ImageExplainer whole;
    private ImageExplainer segmented;
    private ExplainOptions options;
    private GridImageModel model;
    private List<LimeImage> modelInputs;
    private BinarySampler binary;
    private ExplanationSpec binarySpec;
    private Predictor<Integer> constant;

    /** Loads and scales the image, segments it once and prepares every part. */
    @Setup
    public void setUp() {
        LimeImage original = read();
        image = size == original.width() ? original : original.resize(size, size);
        quickshift = Segmenters.quickshift();
        Segmentation segmentation = quickshift.segment(image, TabularBenchmark.SEED);
        whole = ImageExplainer.builder().build();
        segmented = ImageExplainer.builder()
                .segmenter(Segmenters.given(segmentation))
                .build();
        options = ImageExplainer.defaultOptions()
                .seed(TabularBenchmark.SEED)
                .parallelism(1)
                .build();
        model = new GridImageModel();
        modelInputs = recordInputs();
        binary = new BinarySampler(segmentation.count());
        binarySpec = binary.spec(ImageExplainer.DEFAULT_KERNEL_WIDTH);
        double[] row = new double[GridImageModel.CLASSES];
        Arrays.fill(row, 1.0 / row.length);
        constant = BinarySampler.constantModel(row);
    }

    /**
     * Times the model alone on 1000 images: the first perturbed images of one explanation,
     * repeated, because the model's cost does not depend on the pixels.
     *
     * @param sink receives the output
     * @throws Exception never: the model does not throw
     */
    @Benchmark
    public void modelBaseline(Blackhole sink) throws Exception {
        sink.consume(model.predict(modelInputs));
    }

    /**
     * Times quickshift segmentation alone.
     *
     * @return the segmentation
     */
    @Benchmark
    public Segmentation quickshift() {
        return quickshift.segment(image, TabularBenchmark.SEED);
    }

    /**
     * Times an explanation with the segmentation given: building the perturbed images, the
     * model calls and the engine.
     *
     * @return the explanation
     */
    @Benchmark
    public ImageExplanation explainSegmented() {
        return segmented.explain(image, model, options);
    }

    /**
     * Times the engine and surrogate alone at this image's segment count.
     *
     * @return the explanation
     */
    @Benchmark
    public Explanation engineOnly() {
        return LimeEngine.explain(binary, constant, options, binarySpec);
    }

    /**
     * Times the whole explanation, segmentation included.
     *
     * @return the explanation
     */
    @Benchmark
    public ImageExplanation explainWhole() {
        return whole.explain(image, model, options);
    }

    private List<LimeImage> recordInputs() {
        List<LimeImage> recorded = Collections.synchronizedList(new ArrayList<>());
        Predictor<LimeImage> recorder = batch -> {
            for (LimeImage input : batch) {
                if (recorded.size() < RECORDED_IMAGES) {
                    recorded.add(input.copy());
                }
            }
            return model.predict(batch);
        };
        segmented.explain(image, recorder, options);
        List<LimeImage> inputs = new ArrayList<>(options.numSamples());
        for (int i = 0; i < options.numSamples(); i++) {
            inputs.add(recorded.get(i % recorded.size()));
        }
        return inputs;
    }

    private static LimeImage read() {
        try (InputStream in = ImageBenchmark.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " not found next to "
                        + ImageBenchmark.class.getName() + "; rebuild the benchmarks module");
            }
            return LimeImage.fromBufferedImage(ImageIO.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read " + RESOURCE, e);
        }
    }
}
