package org.lime4j.image;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.lime4j.onnx.InputEncoder;
import org.lime4j.onnx.OnnxPredictor;

/** The photos, the MNIST test digits and the MNIST CNN shipped in the test resources. */
final class TestData {
    static final int SIDE = 28;

    private TestData() {}

    static LimeImage photo(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/photos/" + name)) {
            if (in == null) {
                throw new IOException("test resource /photos/" + name + " not found");
            }
            return LimeImage.fromBufferedImage(ImageIO.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the first {@code count} MNIST test digits as 28×28 grey images. */
    static LimeImage[] digits(int count) {
        try (DataInputStream in = open("t1k-images-idx3-ubyte.gz")) {
            check(in.readInt(), 0x803);
            int total = in.readInt();
            check(in.readInt(), SIDE);
            check(in.readInt(), SIDE);
            LimeImage[] images = new LimeImage[Math.min(count, total)];
            for (int i = 0; i < images.length; i++) {
                byte[] pixels = new byte[SIDE * SIDE];
                in.readFully(pixels);
                images[i] = LimeImage.of(SIDE, SIDE, 1, pixels);
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the MNIST CNN with softmax, taking 28×28 grey images as raw 0–255 values. */
    static OnnxPredictor<LimeImage> mnistModel() {
        return mnistModel(1);
    }

    /**
     * Returns the MNIST CNN with softmax at a temperature. Fed raw 0–255 pixels, the model's
     * logits differ by thousands, so at temperature 1 the probabilities are exactly 0 or 1 in
     * double precision. A temperature near 1000 grades them without changing the predicted class.
     */
    static OnnxPredictor<LimeImage> mnistModel(double temperature) {
        try {
            Path file = Path.of(TestData.class.getResource("/mnist/mnist-8.onnx").toURI());
            return OnnxPredictor.builder(file, new InputEncoder<LimeImage>() {
                @Override
                public int length(LimeImage image) {
                    return image.pixels() * image.channels();
                }

                @Override
                public void encode(LimeImage image, float[] target, int offset) {
                    for (int p = 0; p < image.pixels(); p++) {
                        target[offset + p] = image.sample(p);
                    }
                }
            }).softmaxTemperature(temperature).build();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataInputStream open(String name) throws IOException {
        InputStream raw = TestData.class.getResourceAsStream("/mnist/" + name);
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
