package org.lime4j.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.Predictor;
import org.lime4j.core.report.ReportContext;
import org.lime4j.image.Hiding;
import org.lime4j.image.ImageExplainer;
import org.lime4j.image.ImageExplanation;
import org.lime4j.image.LimeImage;
import org.lime4j.image.Segmenter;
import org.lime4j.image.Segmenters;
import org.lime4j.onnx.InputEncoder;
import org.lime4j.onnx.OnnxPredictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lime image}: explains image files with an ONNX classifier, whose input is the image in
 * NCHW or NHWC order, or with an HTTP endpoint, which receives each image as nested arrays
 * {@code [height][width][channels]} of pixel values 0 to 255.
 */
@Command(name = "image", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Explains each image file and writes one report per image, index.html and"
                + " explanations.jsonl.")
final class ImageCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--images", required = true, arity = "1..*", paramLabel = "FILE",
            description = "PNG, JPEG, BMP or GIF files to explain.")
    List<Path> images;

    @Option(names = "--size", paramLabel = "WxH", description = "Resize every image to this size"
            + " before explaining it, such as 224x224 (default: keep the size).")
    String size;

    @Option(names = "--class-names", split = ",", paramLabel = "NAME",
            description = "Names of the model's output columns, in order.")
    List<String> classNames = new ArrayList<>();

    @Option(names = "--top-labels", paramLabel = "K", description = "Explain the K most probable"
            + " classes (default: ${DEFAULT-VALUE}).")
    int topLabels = ImageExplainer.DEFAULT_TOP_LABELS;

    @Option(names = "--segmenter", paramLabel = "KIND", description = "quickshift, slic:N (about"
            + " N superpixels) or grid:N (squares of N pixels) (default: ${DEFAULT-VALUE}).")
    String segmenter = "quickshift";

    @Option(names = "--hide", paramLabel = "HOW", description = "How a hidden superpixel looks:"
            + " mean (its mean colour), colour:V (value V in every channel) or blur:SIGMA"
            + " (default: ${DEFAULT-VALUE}).")
    String hide = "mean";

    @Option(names = "--layout", paramLabel = "ORDER", description = "Tensor order of an ONNX"
            + " model's input: nchw or nhwc (default: ${DEFAULT-VALUE}).")
    String layout = "nchw";

    @Option(names = "--pixel-scale", paramLabel = "S", description = "Divide pixel values by S"
            + " before an ONNX model sees them, such as 255 for inputs in 0..1 (default:"
            + " ${DEFAULT-VALUE}).")
    double pixelScale = 1;

    @Mixin
    ModelOptions model;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        List<LimeImage> inputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] resize = parseSize();
        for (Path image : images) {
            Path file = main.resolve(image);
            if (!Files.isRegularFile(file)) {
                throw new InputException("file " + file + " given with --images does not exist");
            }
            try {
                LimeImage read = LimeImage.read(file);
                inputs.add(resize == null ? read : read.resize(resize[0], resize[1]));
            } catch (IOException e) {
                throw new InputException("cannot read image " + file + ": " + e.getMessage(), e);
            }
            names.add(file.getFileName().toString());
        }
        ImageExplainer explainer = ImageExplainer.builder().segmenter(parseSegmenter())
                .hiding(parseHiding()).build();
        ExplainOptions.Builder builder = common.toBuilder(ImageExplainer.DEFAULT_SAMPLES);
        CommonOptions.set("--top-labels", () -> builder.topLabels(topLabels));
        ExplainOptions options = builder.build();

        Path onnx = model.onnxFile(main);
        URI endpoint = model.endpoint();
        String modelSha = onnx == null ? null : ReportContext.sha256(onnx);
        String rerun = main.rerunCommand();
        ReportFolder folder = ReportFolder.open(main.resolve(common.output), common.force);
        AutoCloseable resource;
        Predictor<LimeImage> predictor;
        if (onnx != null) {
            OnnxPredictor<LimeImage> cnn = openOnnx(onnx);
            resource = cnn;
            predictor = cnn;
        } else {
            HttpPredictor<LimeImage> http = new HttpPredictor<>(endpoint, ImageCommand::encode,
                    model.httpSettings());
            resource = http;
            predictor = TextCommand.blocking(http);
        }
        BatchRun.Explainer<LimeImage> perImage = new BatchRun.Explainer<>() {
            // BatchRun asks for the context right after explaining the same image.
            private ImageExplanation last;

            @Override
            public Explanation explain(LimeImage image, long seed) {
                last = explainer.explain(image, predictor, options.toBuilder().seed(seed).build());
                return named(last.explanation());
            }

            @Override
            public ReportContext context(LimeImage image, int index) {
                ReportContext.Builder context = ReportContext.builder()
                        .title("Explanation of " + names.get(index))
                        .inputDescription(names.get(index) + " (" + image.shape() + ")")
                        .inputSha256(ReportContext.sha256(image.samples()))
                        .rerunCommand(rerun);
                if (onnx != null) {
                    context.modelFile(onnx.getFileName().toString(), modelSha);
                } else {
                    context.modelEndpoint(endpoint.toString());
                }
                try {
                    int label = last.explanation().first().label();
                    ImageReports.addPictures(context, last, label,
                            last.explanation().className(label));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return context.build();
            }
        };
        try {
            return BatchRun.run(main, common, folder, inputs, names, "image", perImage,
                    "Explanations of " + inputs.size() + " images", onnx != null
                            ? "Model " + onnx.getFileName() + " (SHA-256 " + modelSha + ")."
                            : "Endpoint " + endpoint + ".");
        } finally {
            resource.close();
        }
    }

    /** Gives the explanation the class names of {@code --class-names}, if any. */
    private Explanation named(Explanation explanation) {
        if (classNames.isEmpty()) {
            return explanation;
        }
        List<org.lime4j.core.LabelExplanation> labels = new ArrayList<>();
        for (org.lime4j.core.LabelExplanation label : explanation.labels()) {
            String name = label.label() < classNames.size() ? classNames.get(label.label())
                    : label.labelName();
            labels.add(new org.lime4j.core.LabelExplanation(label.label(), name,
                    label.intercept(), label.weights(), label.score(), label.localPrediction(),
                    label.modelPrediction()));
        }
        return new Explanation(explanation.schemaVersion(), explanation.libraryVersion(),
                explanation.explainer(), explanation.task(), explanation.features(), labels,
                explanation.modelOutput(), classNames, explanation.seed(),
                explanation.numSamples(), explanation.kernelWidth(), explanation.kernel(),
                explanation.effectiveSampleSize(), explanation.featureSelectionRequested(),
                explanation.featureSelectionUsed(), explanation.numFeaturesRequested(),
                explanation.usableFeatures(), explanation.configuration(),
                explanation.warnings(), explanation.run());
    }

    private static void encode(LimeImage image, ArrayNode instances) {
        ArrayNode rows = instances.addArray();
        for (int y = 0; y < image.height(); y++) {
            ArrayNode row = rows.addArray();
            for (int x = 0; x < image.width(); x++) {
                ArrayNode pixel = row.addArray();
                for (int c = 0; c < image.channels(); c++) {
                    pixel.add(image.get(x, y, c));
                }
            }
        }
    }

    private OnnxPredictor<LimeImage> openOnnx(Path onnx) {
        boolean nhwc;
        switch (layout.toLowerCase(Locale.ROOT)) {
            case "nchw" -> nhwc = false;
            case "nhwc" -> nhwc = true;
            default -> throw new InputException("invalid value for option --layout: '" + layout
                    + "'; use nchw or nhwc");
        }
        if (!(pixelScale > 0 && Double.isFinite(pixelScale))) {
            throw new InputException("invalid value for option --pixel-scale: " + pixelScale
                    + "; give a finite number greater than 0");
        }
        try {
            return OnnxPredictor.builder(onnx, encoder(nhwc, (float) pixelScale))
                    .softmax(model.softmax).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException("cannot use model " + onnx + ": " + e.getMessage(), e);
        }
    }

    /** Encodes an image as floats in NCHW or NHWC order, each pixel value divided by a scale. */
    static InputEncoder<LimeImage> encoder(boolean nhwc, float scale) {
        return new InputEncoder<>() {
            @Override
            public int length(LimeImage image) {
                return image.pixels() * image.channels();
            }

            @Override
            public void encode(LimeImage image, float[] target, int offset) {
                int channels = image.channels();
                int pixels = image.pixels();
                for (int p = 0; p < pixels; p++) {
                    for (int c = 0; c < channels; c++) {
                        float value = image.sample(p * channels + c) / scale;
                        target[offset + (nhwc ? p * channels + c : c * pixels + p)] = value;
                    }
                }
            }
        };
    }

    private int[] parseSize() {
        if (size == null) {
            return null;
        }
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        try {
            int width = Integer.parseInt(parts[0].trim());
            int height = Integer.parseInt(parts[1].trim());
            if (parts.length == 2 && width > 0 && height > 0) {
                return new int[] {width, height};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // Reported below with the expected form.
        }
        throw new InputException("invalid value for option --size: '" + size + "'; give the"
                + " width and height in pixels, such as 224x224");
    }

    private Segmenter parseSegmenter() {
        String[] parts = segmenter.toLowerCase(Locale.ROOT).split(":", 2);
        try {
            return switch (parts[0]) {
                case "quickshift" -> Segmenters.quickshift();
                case "slic" -> Segmenters.slic(Integer.parseInt(parts[1]), 200);
                case "grid" -> new GridSegmenter(Integer.parseInt(parts[1]));
                default -> throw new IllegalArgumentException("unknown segmenter");
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new InputException("invalid value for option --segmenter: '" + segmenter
                    + "'; use quickshift, slic:N or grid:N with a whole number N", e);
        }
    }

    private Hiding parseHiding() {
        String[] parts = hide.toLowerCase(Locale.ROOT).split(":", 2);
        try {
            return switch (parts[0]) {
                case "mean" -> Hiding.meanColour();
                case "colour", "color" -> Hiding.colour(Integer.parseInt(parts[1]));
                case "blur" -> Hiding.blur(Double.parseDouble(parts[1]));
                default -> throw new IllegalArgumentException("unknown hiding");
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new InputException("invalid value for option --hide: '" + hide + "'; use"
                    + " mean, colour:V with V in 0..255, or blur:SIGMA", e);
        }
    }
}
