package org.lime4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the ONNX model {@code logits = x · W + b} with a dynamic batch dimension, encoding the
 * protobuf messages directly. Field numbers follow {@code onnx.proto} of the ONNX project:
 * ModelProto (1 ir_version, 7 graph, 8 opset_import), GraphProto (1 node, 2 name, 5 initializer,
 * 11 input, 12 output), NodeProto (1 input, 2 output, 4 op_type), TensorProto (1 dims,
 * 2 data_type, 8 name, 9 raw_data) and ValueInfoProto (1 name, 2 type).
 */
final class LinearOnnxFile {
    private LinearOnnxFile() {}

    /** Writes the model with weights {@code W} (inputs × classes) and bias {@code b}. */
    static Path write(Path file, float[][] weights, float[] bias) throws IOException {
        int inputs = weights.length;
        int classes = bias.length;
        float[] flat = new float[inputs * classes];
        for (int i = 0; i < inputs; i++) {
            System.arraycopy(weights[i], 0, flat, i * classes, classes);
        }
        Proto graph = new Proto()
                .message(1, new Proto().text(1, "x").text(1, "W").text(2, "h").text(4, "MatMul"))
                .message(1, new Proto().text(1, "h").text(1, "b").text(2, "logits").text(4, "Add"))
                .text(2, "linear")
                .message(5, tensor("W", flat, inputs, classes))
                .message(5, tensor("b", bias, classes))
                .message(11, input("x", inputs))
                .message(12, input("logits", classes));
        Proto model = new Proto().number(1, 8).message(7, graph)
                .message(8, new Proto().text(1, "").number(2, 13));
        Files.write(file, model.bytes());
        return file;
    }

    private static Proto tensor(String name, float[] values, long... dims) {
        Proto tensor = new Proto();
        for (long dim : dims) {
            tensor.number(1, dim);
        }
        ByteBuffer raw = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            raw.putFloat(value);
        }
        return tensor.number(2, 1).text(8, name).bytes(9, raw.array());
    }

    /** Describes a float tensor of shape {@code [N, width]}, N being a dynamic dimension. */
    private static Proto input(String name, long width) {
        Proto shape = new Proto().message(1, new Proto().text(2, "N"))
                .message(1, new Proto().number(1, width));
        Proto tensorType = new Proto().number(1, 1).message(2, shape);
        return new Proto().text(1, name).message(2, new Proto().message(1, tensorType));
    }

    /** A protobuf message being encoded: varint and length-delimited fields only. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto number(int field, long value) {
            varint((long) field << 3);
            varint(value);
            return this;
        }

        Proto bytes(int field, byte[] value) {
            varint(((long) field << 3) | 2);
            varint(value.length);
            out.writeBytes(value);
            return this;
        }

        Proto text(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto value) {
            return bytes(field, value.bytes());
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void varint(long value) {
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                out.write((int) ((rest & 0x7F) | 0x80));
                rest >>>= 7;
            }
            out.write((int) rest);
        }
    }
}
