package org.lime4j.onnx;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Reads the MNIST test images and labels shipped in the test resources (IDX format). */
final class Mnist {
    static final int SIDE = 28;

    private Mnist() {}

    /** Returns the images as 0–255 values, one array of 784 per image. */
    static float[][] images() {
        try (DataInputStream in = open("t1k-images-idx3-ubyte.gz")) {
            check(in.readInt(), 0x803);
            int count = in.readInt();
            check(in.readInt(), SIDE);
            check(in.readInt(), SIDE);
            float[][] images = new float[count][SIDE * SIDE];
            for (float[] image : images) {
                for (int p = 0; p < image.length; p++) {
                    image[p] = in.readUnsignedByte();
                }
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the labels 0–9. */
    static int[] labels() {
        try (DataInputStream in = open("t1k-labels-idx1-ubyte.gz")) {
            check(in.readInt(), 0x801);
            int[] labels = new int[in.readInt()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = in.readUnsignedByte();
            }
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataInputStream open(String name) throws IOException {
        InputStream raw = Mnist.class.getResourceAsStream("/mnist/" + name);
        if (raw == null) {
            throw new IOException("test resource /mnist/" + name + " not found");
        }
        return new DataInputStream(new GZIPInputStream(raw));
    }

    private static void check(int actual, int expected) throws IOException {
        if (actual != expected) {
            throw new IOException("unexpected IDX header value " + actual + ", expected " + expected);
        }
    }
}
