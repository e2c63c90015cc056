package org.lime4j.onnx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a linear classifier {@code logits = x · W + b} as an ONNX model, encoding the protobuf
 * messages of the ONNX format by hand (field numbers from onnx.proto), so the tests can run a
 * tabular model through ONNX Runtime without any exporter.
 */
final class TinyOnnxModel {
    private TinyOnnxModel() {}

    /**
     * Writes the model.
     *
     * @param file the target
     * @param weights {@code W}, inputs × classes
     * @param bias {@code b}, one per class
     * @param batch the batch dimension: a size, or 0 for a dynamic dimension named {@code N}
     */
    static Path write(Path file, float[][] weights, float[] bias, long batch) throws IOException {
        int inputs = weights.length;
        int classes = bias.length;
        float[] flat = new float[inputs * classes];
        for (int i = 0; i < inputs; i++) {
            System.arraycopy(weights[i], 0, flat, i * classes, classes);
        }
        Message graph = new Message()
                .message(1, node("MatMul", "x", "W", "h"))
                .message(1, node("Add", "h", "b", "logits"))
                .string(2, "linear")
                .message(5, tensor("W", flat, inputs, classes))
                .message(5, tensor("b", bias, classes))
                .message(11, valueInfo("x", batch, inputs))
                .message(12, valueInfo("logits", batch, classes));
        Message model = new Message()
                .varint(1, 8)
                .string(2, "lime4j-test")
                .message(7, graph)
                .message(8, new Message().string(1, "").varint(2, 13));
        Files.write(file, model.bytes());
        return file;
    }

    private static Message node(String op, String a, String b, String out) {
        return new Message().string(1, a).string(1, b).string(2, out).string(3, op + "_" + out)
                .string(4, op);
    }

    private static Message tensor(String name, float[] values, long... dims) {
        Message tensor = new Message();
        for (long dim : dims) {
            tensor.varint(1, dim);
        }
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            raw.putFloat(value);
        }
        return tensor.varint(2, 1).string(8, name).bytes(9, raw.array());
    }

    private static Message valueInfo(String name, long batch, long width) {
        Message batchDim = batch > 0 ? new Message().varint(1, batch) : new Message().string(2, "N");
        Message shape = new Message().message(1, batchDim)
                .message(1, new Message().varint(1, width));
        Message tensorType = new Message().varint(1, 1).message(2, shape);
        return new Message().string(1, name).message(2, new Message().message(1, tensorType));
    }

    /** A protobuf message under construction. */
    private static final class Message {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Message varint(int field, long value) {
            writeVarint((long) field << 3);
            writeVarint(value);
            return this;
        }

        Message string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Message message(int field, Message value) {
            return bytes(field, value.bytes());
        }

        Message bytes(int field, byte[] value) {
            writeVarint(((long) field << 3) | 2);
            writeVarint(value.length);
            out.writeBytes(value);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void writeVarint(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}
