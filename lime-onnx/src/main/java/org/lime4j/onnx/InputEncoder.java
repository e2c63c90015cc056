package org.lime4j.onnx;

/**
 * Writes one model input into the flat float tensor that ONNX Runtime receives, in the model's
 * own element order (row-major over the dimensions after the batch dimension).
 *
 * <p>Implementations must be thread-safe, because {@link OnnxPredictor} encodes the samples of a
 * batch on several threads when the model fixes its batch dimension at 1.
 *
 * @param <T> the input type
 */
public interface InputEncoder<T> {

    /**
     * Returns how many values {@link #encode} writes for this input.
     *
     * @param input one input
     * @return the number of values, which must equal the model's values per sample
     */
    int length(T input);

    /**
     * Writes the input's values.
     *
     * @param input one input
     * @param target the batch tensor
     * @param offset where this input's first value goes
     */
    void encode(T input, float[] target, int offset);

    /**
     * Returns the encoder of tabular rows: each {@code double} becomes one float32 value.
     *
     * @return the encoder for {@code double[]} rows
     */
    static InputEncoder<double[]> rows() {
        return new InputEncoder<>() {
            @Override
            public int length(double[] row) {
                return row.length;
            }

            @Override
            public void encode(double[] row, float[] target, int offset) {
                for (int i = 0; i < row.length; i++) {
                    target[offset + i] = (float) row[i];
                }
            }
        };
    }

    /**
     * Returns the encoder of inputs that already are float arrays in the model's layout.
     *
     * @return the encoder for {@code float[]} inputs
     */
    static InputEncoder<float[]> floats() {
        return new InputEncoder<>() {
            @Override
            public int length(float[] values) {
                return values.length;
            }

            @Override
            public void encode(float[] values, float[] target, int offset) {
                System.arraycopy(values, 0, target, offset, values.length);
            }
        };
    }
}
