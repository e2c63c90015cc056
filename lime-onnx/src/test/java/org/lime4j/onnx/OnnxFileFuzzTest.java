package org.lime4j.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random ONNX files: small linear models and the MNIST CNN, then truncated, with bytes
 * flipped or overwritten, empty, or random bytes. Building a predictor must end in a predictor
 * that scores a batch (or fails it with an {@link OrtException} or
 * {@link IllegalArgumentException}), or in the documented {@link IllegalStateException} or
 * {@link IllegalArgumentException} whose message names the file or the model's input or
 * output; never another exception type and never a hang.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OnnxFileFuzzTest {
    private static final int CASES = 1000;
    private static final List<byte[]> ORIGINALS = new ArrayList<>();
    private static final AtomicInteger LOADED = new AtomicInteger();

    @TempDir
    static Path originals;

    @TempDir
    Path directory;

    @BeforeAll
    static void writeOriginals() throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        for (int m = 0; m < 6; m++) {
            int inputs = 1 + random.nextInt(6);
            int classes = 1 + random.nextInt(4);
            float[][] weights = new float[inputs][classes];
            for (float[] row : weights) {
                for (int c = 0; c < classes; c++) {
                    row[c] = (float) random.nextGaussian();
                }
            }
            float[] bias = new float[classes];
            Path file = TinyOnnxModel.write(originals.resolve("linear-" + m + ".onnx"), weights,
                    bias, m % 3 == 0 ? 1 : 0);
            ORIGINALS.add(Files.readAllBytes(file));
        }
        try (InputStream in = OnnxFileFuzzTest.class.getResourceAsStream("/mnist/mnist-8.onnx")) {
            if (in == null) {
                throw new IOException("test resource /mnist/mnist-8.onnx not found");
            }
            ORIGINALS.add(in.readAllBytes());
        }
    }

    /** Checks that the mutations leave enough files loadable to test the scoring path. */
    @AfterAll
    static void someFilesLoad() {
        System.out.println("onnx fuzz: " + LOADED.get() + " of " + CASES + " loaded");
        assertThat(LOADED.get()).as("cases that loaded a model").isGreaterThan(CASES / 20);
    }

    static IntStream seeds() {
        return IntStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("seeds")
    void buildEndsInPredictorOrDocumentedError(int seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
        // The MNIST model is 26 KB and slower to load, so it is one case in ten.
        byte[] original = random.nextInt(10) == 0 ? ORIGINALS.get(ORIGINALS.size() - 1)
                : ORIGINALS.get(random.nextInt(ORIGINALS.size() - 1));
        Path file = directory.resolve("case-" + seed + ".onnx");
        Files.write(file, mutate(random, original));

        OnnxPredictor<double[]> predictor;
        try {
            predictor = OnnxPredictor.forRows(file).softmax(random.nextBoolean()).build();
        } catch (IllegalStateException e) {
            assertThat(e.getMessage()).as("message of %s", e).contains(file.toString());
            return;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            assertThat(message.contains(file.toString()) || message.contains("the model"))
                    .as("message names the file or the model's tensors: %s", message).isTrue();
            return;
        }
        try (predictor) {
            LOADED.incrementAndGet();
            score(predictor, random);
        }
    }

    private static void score(OnnxPredictor<double[]> predictor, SplittableRandom random) {
        long length = Arrays.stream(predictor.sampleShape()).reduce(1, (a, b) -> a * b);
        assertThat(length).isPositive();
        List<double[]> batch = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            double[] row = new double[(int) length];
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
            batch.add(row);
        }
        try {
            double[][] out = predictor.predict(batch);
            assertThat(out).hasNumberOfRows(batch.size());
        } catch (OrtException | IllegalArgumentException e) {
            assertThat(e.getMessage()).as("message of %s", e).isNotBlank();
        }
    }

    private static byte[] mutate(SplittableRandom random, byte[] original) {
        byte[] bytes = original.clone();
        switch (random.nextInt(7)) {
            case 0 -> {
                return Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case 1 -> {
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return bytes;
            }
            case 2 -> {
                int from = random.nextInt(bytes.length);
                int to = Math.min(bytes.length, from + 1 + random.nextInt(32));
                for (int i = from; i < to; i++) {
                    bytes[i] = (byte) random.nextInt(256);
                }
                return bytes;
            }
            case 3 -> {
                return new byte[0];
            }
            case 4 -> {
                byte[] noise = new byte[random.nextInt(4000)];
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = (byte) random.nextInt(256);
                }
                return noise;
            }
            default -> {
                return bytes;
            }
        }
    }
}
