package org.lime4j.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.report.ReportContext;
import org.lime4j.image.Hiding;
import org.lime4j.image.ImageExplainer;
import org.lime4j.image.ImageExplanation;
import org.lime4j.image.LimeImage;
import org.lime4j.onnx.InputEncoder;
import org.lime4j.onnx.OnnxPredictor;

/**
 * {@code lime demo digits}: explains the pretrained ONNX Model Zoo MNIST CNN on the first of the
 * shipped MNIST test images that it classifies correctly. The superpixels are a 7 × 7 grid of
 * 4 × 4-pixel squares, because a generic segmenter finds few regions in a 28 × 28 digit, and a
 * hidden square turns black, the digits' background.
 */
final class DigitsDemo {
    static final String MODEL = "mnist-8.onnx";
    static final String IMAGES = "t1k-images-idx3-ubyte.gz";
    static final String LABELS = "t1k-labels-idx1-ubyte.gz";
    static final int SIDE = 28;
    static final int CELL = 4;
    static final double SOFTMAX_TEMPERATURE = 1000;

    private DigitsDemo() {}

    static void run(Main main, CommonOptions common) throws Exception {
        byte[][] images = readImages();
        byte[] labels = readLabels();
        Path model = DemoCommand.extract(MODEL);
        String modelSha = ReportContext.sha256(model);
        // The CNN's logits on raw 0-255 pixels lie thousands apart, so a plain softmax gives
        // exactly 0 or 1 and the surrogate gets almost no variation to fit; dividing the logits by
        // SOFTMAX_TEMPERATURE first keeps the ranking and spreads the probabilities.
        try (OnnxPredictor<LimeImage> cnn = OnnxPredictor.builder(model, pixels())
                .softmaxTemperature(SOFTMAX_TEMPERATURE).build()) {
            int chosen = -1;
            LimeImage image = null;
            for (int i = 0; i < images.length && chosen < 0; i++) {
                LimeImage candidate = LimeImage.of(SIDE, SIDE, 1, images[i]);
                double[] output = cnn.predict(List.of(candidate))[0];
                if (argmax(output) == labels[i]) {
                    chosen = i;
                    image = candidate;
                }
            }
            if (chosen < 0) {
                throw new IllegalStateException("the CNN classifies no shipped image correctly");
            }
            ImageExplainer explainer = ImageExplainer.builder()
                    .segmenter(new GridSegmenter(CELL))
                    .hiding(Hiding.colour(0)).build();
            ExplainOptions options = common.toBuilder(ImageExplainer.DEFAULT_SAMPLES)
                    .topLabels(1).build();
            ImageExplanation result = explainer.explain(image, cnn, options);
            Explanation explanation = result.explanation();
            int label = explanation.first().label();

            ReportContext.Builder context = ReportContext.builder()
                    .title("Why the CNN reads MNIST test image " + (chosen + 1) + " as a "
                            + explanation.className(label))
                    .modelDescription("ONNX Model Zoo MNIST CNN (input Input3, 1×1×28×28 raw"
                            + " pixels 0-255; softmax applied to its logits divided by 1000),"
                            + " run by ONNX Runtime")
                    .modelFile(MODEL, modelSha)
                    .inputDescription(String.format(Locale.ROOT, "image %d of the MNIST test set,"
                            + " labelled %d", chosen + 1, labels[chosen]))
                    .inputSha256(ReportContext.sha256(images[chosen]))
                    .rerunCommand(main.rerunCommand());
            ImageReports.addPictures(context, result, label, explanation.className(label));
            LimeImage digit = image;
            DemoCommand.write(main, common, explanation, context.build(),
                    seed -> explainer.explain(digit, cnn, options.toBuilder().seed(seed).build())
                            .explanation());
        } finally {
            Files.deleteIfExists(model);
        }
    }

    /** Encodes a grey image as the CNN's input: one float per pixel, raw values 0 to 255. */
    static InputEncoder<LimeImage> pixels() {
        return new InputEncoder<>() {
            @Override
            public int length(LimeImage image) {
                return image.pixels() * image.channels();
            }

            @Override
            public void encode(LimeImage image, float[] target, int offset) {
                int n = image.pixels() * image.channels();
                for (int i = 0; i < n; i++) {
                    target[offset + i] = image.sample(i);
                }
            }
        };
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Reads the IDX image file: magic 2051, count, rows, columns, then one byte per pixel. */
    static byte[][] readImages() throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(
                DemoCommand.open(IMAGES)))) {
            checkMagic(in.readInt(), 2051, IMAGES);
            int count = in.readInt();
            int rows = in.readInt();
            int columns = in.readInt();
            if (rows != SIDE || columns != SIDE) {
                throw new IOException(IMAGES + " has " + rows + "×" + columns + " images, not 28×28");
            }
            byte[][] images = new byte[count][SIDE * SIDE];
            for (byte[] image : images) {
                in.readFully(image);
            }
            return images;
        }
    }

    /** Reads the IDX label file: magic 2049, count, then one byte per label. */
    static byte[] readLabels() throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(
                DemoCommand.open(LABELS)))) {
            checkMagic(in.readInt(), 2049, LABELS);
            byte[] labels = new byte[in.readInt()];
            in.readFully(labels);
            return labels;
        }
    }

    private static void checkMagic(int magic, int expected, String file) throws IOException {
        if (magic != expected) {
            throw new IOException(file + " is not an IDX file: magic number " + magic
                    + ", expected " + expected);
        }
    }
}
