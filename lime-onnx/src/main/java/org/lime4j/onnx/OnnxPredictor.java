package org.lime4j.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.lime4j.core.Predictor;

/**
 * A {@link Predictor} over one ONNX Runtime session, so that any model exported to ONNX can be
 * explained.
 *
 * <p>The first dimension of the model's input is the batch dimension. When the model leaves it
 * dynamic, a batch runs as one call. When the model fixes it at 1, as many exported CNNs do, the
 * samples of a batch run as parallel single-sample calls on the one shared session, which ONNX
 * Runtime allows. The input must be float32 or float64; the output must be a float32 or float64
 * tensor whose first dimension is the batch, and each sample's values after the batch dimension
 * become one row of the result. Softmax, when enabled, turns each row of logits into
 * probabilities, optionally after dividing them by a temperature.
 *
 * <p>Thread-safe: {@link #isThreadSafe()} returns {@code true}. Close the predictor to release the
 * native session.
 *
 * <pre>{@code
 * try (OnnxPredictor<double[]> model = OnnxPredictor.forRows(Path.of("model.onnx"))
 *         .softmax(true).build()) {
 *     double[][] probabilities = model.predict(List.of(new double[] {5.1, 3.5, 1.4, 0.2}));
 * }
 * }</pre>
 *
 * @param <T> the input type
 */
public final class OnnxPredictor<T> implements Predictor<T>, AutoCloseable {
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final InputEncoder<T> encoder;
    private final String inputName;
    private final String outputName;
    private final OnnxJavaType inputType;
    private final long[] modelInputShape;
    private final long[] sampleShape;
    private final int sampleLength;
    private final boolean singleSample;
    private final boolean softmax;
    private final double temperature;
    private final boolean parallel;

    private OnnxPredictor(Builder<T> b, OrtSession session, Shapes shapes) throws OrtException {
        this.environment = OrtEnvironment.getEnvironment();
        this.session = session;
        this.encoder = b.encoder;
        this.inputName = shapes.inputName;
        this.outputName = shapes.outputName;
        this.inputType = shapes.inputType;
        this.modelInputShape = shapes.modelInputShape;
        this.sampleShape = shapes.sampleShape;
        this.sampleLength = Math.toIntExact(product(sampleShape));
        this.singleSample = modelInputShape[0] == 1;
        this.softmax = b.softmax;
        this.temperature = b.temperature;
        this.parallel = b.parallel;
    }

    /**
     * Starts a predictor over a model file with a caller-given encoder.
     *
     * @param <T> the input type
     * @param model the {@code .onnx} file
     * @param encoder writes one input into the model's tensor layout
     * @return the builder
     */
    public static <T> Builder<T> builder(Path model, InputEncoder<T> encoder) {
        return new Builder<>(Objects.requireNonNull(model, "model"),
                Objects.requireNonNull(encoder, "encoder"));
    }

    /**
     * Starts a predictor over a model whose input is one tabular row per sample.
     *
     * @param model the {@code .onnx} file
     * @return the builder
     */
    public static Builder<double[]> forRows(Path model) {
        return builder(model, InputEncoder.rows());
    }

    /**
     * Returns the name of the model input that receives the batch.
     *
     * @return the input name
     */
    public String inputName() {
        return inputName;
    }

    /**
     * Returns the name of the model output read as the prediction.
     *
     * @return the output name
     */
    public String outputName() {
        return outputName;
    }

    /**
     * Returns the input shape that the model declares, with {@code -1} for a dynamic dimension.
     *
     * @return a copy of the shape, batch dimension first
     */
    public long[] modelInputShape() {
        return modelInputShape.clone();
    }

    /**
     * Returns the shape of one sample: the input shape without its batch dimension.
     *
     * @return a copy of the sample shape
     */
    public long[] sampleShape() {
        return sampleShape.clone();
    }

    /**
     * Tells whether the model fixes its batch dimension at 1, so that batches run as
     * single-sample calls.
     *
     * @return whether each sample is a separate call
     */
    public boolean runsSingleSamples() {
        return singleSample;
    }

    /**
     * Scores one batch.
     *
     * @param batch the inputs, never empty
     * @return one row of outputs per input, softmax applied when enabled
     * @throws IllegalArgumentException if an input does not have the model's values per sample
     * @throws OrtException if ONNX Runtime fails
     */
    @Override
    public double[][] predict(List<T> batch) throws OrtException {
        for (int i = 0; i < batch.size(); i++) {
            int length = encoder.length(batch.get(i));
            if (length != sampleLength) {
                throw new IllegalArgumentException("input " + i + " of the batch has " + length
                        + " values, but the model input '" + inputName + "' of shape "
                        + Arrays.toString(modelInputShape) + " takes " + sampleLength
                        + " per sample " + Arrays.toString(sampleShape));
            }
        }
        if (!singleSample) {
            return run(batch, 0, batch.size());
        }
        double[][] rows = new double[batch.size()][];
        IntStream indices = IntStream.range(0, batch.size());
        OrtException[] failure = new OrtException[1];
        (parallel ? indices.parallel() : indices).forEach(i -> {
            try {
                rows[i] = run(batch, i, 1)[0];
            } catch (OrtException e) {
                synchronized (failure) {
                    failure[0] = e;
                }
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return rows;
    }

    /** Returns {@code true}: ONNX Runtime sessions may run on several threads at once. */
    @Override
    public boolean isThreadSafe() {
        return true;
    }

    /**
     * Releases the native session.
     *
     * @throws OrtException if ONNX Runtime fails to close it
     */
    @Override
    public void close() throws OrtException {
        session.close();
    }

    private double[][] run(List<T> batch, int first, int count) throws OrtException {
        float[] values = new float[count * sampleLength];
        for (int i = 0; i < count; i++) {
            encoder.encode(batch.get(first + i), values, i * sampleLength);
        }
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = count;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        try (OnnxTensor tensor = createTensor(values, shape);
                OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            OnnxValue value = result.get(outputName).orElseThrow(() -> new IllegalStateException(
                    "the model returned no output '" + outputName + "'"));
            return toRows(value, count);
        }
    }

    private OnnxTensor createTensor(float[] values, long[] shape) throws OrtException {
        if (inputType == OnnxJavaType.DOUBLE) {
            double[] wide = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                wide[i] = values[i];
            }
            return OnnxTensor.createTensor(environment, DoubleBuffer.wrap(wide), shape);
        }
        return OnnxTensor.createTensor(environment, FloatBuffer.wrap(values), shape);
    }

    private double[][] toRows(OnnxValue value, int count) {
        if (!(value instanceof OnnxTensor)) {
            throw new IllegalStateException("the model output '" + outputName + "' is a "
                    + value.getType() + ", not a tensor; export the model with tensor outputs"
                    + " (for scikit-learn classifiers, disable zipmap)");
        }
        OnnxTensor tensor = (OnnxTensor) value;
        double[] flat = flatten(tensor);
        if (flat.length % count != 0) {
            throw new IllegalStateException("the model output '" + outputName + "' has "
                    + flat.length + " values, which do not split into " + count + " samples");
        }
        int columns = flat.length / count;
        double[][] rows = new double[count][columns];
        for (int i = 0; i < count; i++) {
            System.arraycopy(flat, i * columns, rows[i], 0, columns);
            if (softmax) {
                Softmax.inPlace(rows[i], temperature);
            }
        }
        return rows;
    }

    private double[] flatten(OnnxTensor tensor) {
        OnnxJavaType type = tensor.getInfo().type;
        if (type == OnnxJavaType.FLOAT) {
            FloatBuffer buffer = tensor.getFloatBuffer();
            double[] flat = new double[buffer.remaining()];
            for (int i = 0; i < flat.length; i++) {
                flat[i] = buffer.get(i);
            }
            return flat;
        }
        if (type == OnnxJavaType.DOUBLE) {
            DoubleBuffer buffer = tensor.getDoubleBuffer();
            double[] flat = new double[buffer.remaining()];
            buffer.get(flat);
            return flat;
        }
        throw new IllegalStateException("the model output '" + outputName + "' has element type "
                + type + "; only float32 and float64 outputs are supported");
    }

    private static long product(long[] dims) {
        long product = 1;
        for (long dim : dims) {
            product = Math.multiplyExact(product, dim);
        }
        return product;
    }

    /** The names, types and shapes resolved against the model. */
    private static final class Shapes {
        String inputName;
        String outputName;
        OnnxJavaType inputType;
        long[] modelInputShape;
        long[] sampleShape;
    }

    /**
     * Builds an {@link OnnxPredictor}. Defaults: the model's only input, its first output, no
     * softmax, parallel single-sample calls when the model fixes its batch at 1, and the sample
     * shape read from the model.
     *
     * @param <T> the input type
     */
    public static final class Builder<T> {
        private final Path model;
        private final InputEncoder<T> encoder;
        private String inputName;
        private String outputName;
        private long[] sampleShape;
        private boolean softmax;
        private double temperature = 1;
        private boolean parallel = true;
        private int intraOpThreads;

        private Builder(Path model, InputEncoder<T> encoder) {
            this.model = model;
            this.encoder = encoder;
        }

        /**
         * Sets the model input that receives the batch; required when the model has several.
         *
         * @param name the input name
         * @return this builder
         */
        public Builder<T> inputName(String name) {
            this.inputName = Objects.requireNonNull(name, "inputName");
            return this;
        }

        /**
         * Sets the model output read as the prediction; the default is the first output.
         *
         * @param name the output name
         * @return this builder
         */
        public Builder<T> outputName(String name) {
            this.outputName = Objects.requireNonNull(name, "outputName");
            return this;
        }

        /**
         * Sets the shape of one sample, without the batch dimension. Needed only when the model
         * leaves a dimension other than the batch dynamic; otherwise it must match the model.
         *
         * @param dims the sizes, each at least 1
         * @return this builder
         * @throws IllegalArgumentException if a size is less than 1
         */
        public Builder<T> sampleShape(long... dims) {
            for (long dim : dims) {
                if (dim < 1) {
                    throw new IllegalArgumentException("sample shape sizes must be at least 1, got "
                            + Arrays.toString(dims));
                }
            }
            this.sampleShape = dims.clone();
            return this;
        }

        /**
         * Applies softmax to each output row, for models that return logits.
         *
         * @param value whether to apply softmax
         * @return this builder
         */
        public Builder<T> softmax(boolean value) {
            this.softmax = value;
            return this;
        }

        /**
         * Applies softmax to each output row after dividing the logits by a temperature
         * (temperature scaling). A temperature above 1 spreads probabilities that would otherwise
         * round to exactly 0 and 1, for models whose logits are very large, without changing
         * which class ranks first.
         *
         * @param value the temperature, finite and greater than 0 (default 1)
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is not finite and greater than 0
         */
        public Builder<T> softmaxTemperature(double value) {
            if (!(value > 0 && Double.isFinite(value))) {
                throw new IllegalArgumentException(
                        "softmax temperature must be finite and greater than 0, got " + value);
            }
            this.softmax = true;
            this.temperature = value;
            return this;
        }

        /**
         * Chooses whether single-sample calls of one batch run in parallel (the default) or one
         * after the other. Has no effect when the model takes whole batches.
         *
         * @param value whether to run single-sample calls in parallel
         * @return this builder
         */
        public Builder<T> parallel(boolean value) {
            this.parallel = value;
            return this;
        }

        /**
         * Sets ONNX Runtime's thread count within one operator; 0 keeps its default.
         *
         * @param threads the thread count, at least 0
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is negative
         */
        public Builder<T> intraOpThreads(int threads) {
            if (threads < 0) {
                throw new IllegalArgumentException(
                        "intraOpThreads must be at least 0, got " + threads);
            }
            this.intraOpThreads = threads;
            return this;
        }

        /**
         * Opens the session and checks the names and shapes against the model.
         *
         * @return the predictor
         * @throws IllegalArgumentException if the file is missing, a name is not in the model, or
         *     the shapes do not fit
         * @throws IllegalStateException if ONNX Runtime cannot load the model
         */
        public OnnxPredictor<T> build() {
            if (!Files.isRegularFile(model)) {
                throw new IllegalArgumentException("ONNX model file not found: " + model
                        + "; pass the path of an existing .onnx file");
            }
            OrtSession session = null;
            try {
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                    if (intraOpThreads > 0) {
                        options.setIntraOpNumThreads(intraOpThreads);
                    }
                    session = environment.createSession(model.toString(), options);
                }
                Shapes shapes = resolve(session);
                return new OnnxPredictor<>(this, session, shapes);
            } catch (OrtException e) {
                closeQuietly(session);
                throw new IllegalStateException("ONNX Runtime could not load " + model + ": "
                        + e.getMessage(), e);
            } catch (RuntimeException e) {
                closeQuietly(session);
                throw e;
            }
        }

        private Shapes resolve(OrtSession session) throws OrtException {
            Shapes shapes = new Shapes();
            Map<String, NodeInfo> inputs = session.getInputInfo();
            shapes.inputName = chooseInput(inputs);
            TensorInfo input = tensorInfo(inputs.get(shapes.inputName), "input");
            if (input.type != OnnxJavaType.FLOAT && input.type != OnnxJavaType.DOUBLE) {
                throw new IllegalArgumentException("the model input '" + shapes.inputName
                        + "' has element type " + input.type
                        + "; only float32 and float64 inputs are supported");
            }
            shapes.inputType = input.type;
            shapes.modelInputShape = input.getShape();
            shapes.sampleShape = chooseSampleShape(shapes.inputName, shapes.modelInputShape);
            Map<String, NodeInfo> outputs = session.getOutputInfo();
            if (outputName == null) {
                shapes.outputName = outputs.keySet().iterator().next();
            } else if (outputs.containsKey(outputName)) {
                shapes.outputName = outputName;
            } else {
                throw new IllegalArgumentException("the model has no output '" + outputName
                        + "'; its outputs are " + outputs.keySet());
            }
            return shapes;
        }

        private String chooseInput(Map<String, NodeInfo> inputs) {
            if (inputName != null) {
                if (!inputs.containsKey(inputName)) {
                    throw new IllegalArgumentException("the model has no input '" + inputName
                            + "'; its inputs are " + inputs.keySet());
                }
                return inputName;
            }
            if (inputs.size() != 1) {
                throw new IllegalArgumentException("the model has " + inputs.size()
                        + " inputs " + inputs.keySet() + "; choose one with inputName(...)");
            }
            return inputs.keySet().iterator().next();
        }

        private static TensorInfo tensorInfo(NodeInfo node, String role) {
            if (!(node.getInfo() instanceof TensorInfo)) {
                throw new IllegalArgumentException("the model " + role + " '" + node.getName()
                        + "' is not a tensor: " + node.getInfo());
            }
            return (TensorInfo) node.getInfo();
        }

        private long[] chooseSampleShape(String name, long[] modelShape) {
            if (modelShape.length < 1) {
                throw new IllegalArgumentException("the model input '" + name + "' is a scalar;"
                        + " a batch dimension is required");
            }
            long batch = modelShape[0];
            if (batch > 1) {
                throw new IllegalArgumentException("the model input '" + name + "' of shape "
                        + Arrays.toString(modelShape) + " fixes its batch dimension at " + batch
                        + "; only a dynamic batch or a batch of 1 is supported, so re-export the"
                        + " model with a dynamic first dimension");
            }
            long[] declared = Arrays.copyOfRange(modelShape, 1, modelShape.length);
            if (sampleShape == null) {
                for (long dim : declared) {
                    if (dim < 1) {
                        throw new IllegalArgumentException("the model input '" + name
                                + "' of shape " + Arrays.toString(modelShape) + " has a dynamic"
                                + " dimension after the batch; set it with sampleShape(...)");
                    }
                }
                return declared;
            }
            boolean fits = sampleShape.length == declared.length;
            for (int i = 0; fits && i < declared.length; i++) {
                fits = declared[i] < 1 || declared[i] == sampleShape[i];
            }
            if (!fits) {
                throw new IllegalArgumentException("sample shape " + Arrays.toString(sampleShape)
                        + " does not fit the model input '" + name + "' of shape "
                        + Arrays.toString(modelShape) + " (batch dimension first)");
            }
            return sampleShape.clone();
        }

        private static void closeQuietly(OrtSession session) {
            if (session == null) {
                return;
            }
            try {
                session.close();
            } catch (OrtException e) {
                // The load already failed; that failure is the one to report.
            }
        }
    }
}
