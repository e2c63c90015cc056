package org.lime4j.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.lime4j.onnx.OnnxPredictor;

/**
 * Draws the pictures of {@code docs/image.md} with the library: run it from the repository root
 * with the test classpath and the output folder as the argument ({@code docs/images}).
 */
final class DocsPictures {
    private static final int SCALE = 6;

    private DocsPictures() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/images");
        LimeImage digit = TestData.digits(1)[0];
        try (OnnxPredictor<LimeImage> model = TestData.mnistModel(1000)) {
            int label = 7;
            ImageExplanation lime = ImageExplainer.builder().segmenter(Segmenters.slic(30, 200))
                    .hiding(Hiding.colour(0)).build()
                    .explain(digit, model, ImageExplainer.defaultOptions().labels(label).seed(0)
                            .build());
            ImageMask mask = lime.mask(label, MaskOptions.defaults().bothSigns()
                    .withNumFeatures(6));
            OcclusionMap occlusion = OcclusionExplainer.builder().patchSize(6).stride(2)
                    .fill(OcclusionFill.MEAN).build().explain(digit, model, label);
            // Boundaries are drawn after scaling up, so they stay one screen pixel wide.
            Segmentation big = scale(lime.segmentation());
            List<LimeImage> panels = List.of(scale(digit),
                    Overlays.boundaries(scale(digit), big),
                    Overlays.outline(scale(mask.image()), big.width(), big.height(),
                            scale(lime.segmentation(), mask.mask()), Overlays.YELLOW),
                    scale(lime.heatMapImage(label)), scale(occlusion.heatMapImage(digit)));
            List<String> titles = List.of("digit (class 7)", "SLIC superpixels", "6 largest |weights|",
                    "LIME weights", "occlusion drop");
            ImageIO.write(strip(panels, titles), "png",
                    folder.resolve("mnist-explanation.png").toFile());
        }
        LimeImage astronaut = TestData.photo("astronaut.png").resize(224, 224);
        Segmentation segments = Segmenters.quickshift().segment(astronaut, 0);
        Overlays.boundaries(astronaut, segments).writePng(folder.resolve("astronaut-quickshift.png"));
    }

    private static LimeImage scale(LimeImage image) {
        int width = image.width() * SCALE;
        int channels = image.channels();
        byte[] out = new byte[width * image.height() * SCALE * channels];
        for (int y = 0; y < image.height() * SCALE; y++) {
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < channels; c++) {
                    out[(y * width + x) * channels + c] =
                            (byte) image.get(x / SCALE, y / SCALE, c);
                }
            }
        }
        return LimeImage.of(width, image.height() * SCALE, channels, out);
    }

    private static Segmentation scale(Segmentation segmentation) {
        return Segmentation.of(segmentation.width() * SCALE, segmentation.height() * SCALE,
                scale(segmentation, segmentation.labels()));
    }

    private static int[] scale(Segmentation segmentation, int[] values) {
        int width = segmentation.width() * SCALE;
        int[] out = new int[width * segmentation.height() * SCALE];
        for (int y = 0; y < segmentation.height() * SCALE; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = values[(y / SCALE) * segmentation.width() + x / SCALE];
            }
        }
        return out;
    }

    private static BufferedImage strip(List<LimeImage> panels, List<String> titles) {
        int side = 28 * SCALE;
        int gap = 8;
        int header = 22;
        BufferedImage out = new BufferedImage(panels.size() * (side + gap) + gap,
                side + header + gap, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int i = 0; i < panels.size(); i++) {
            int x = gap + i * (side + gap);
            g.drawImage(panels.get(i).toBufferedImage(), x, header, null);
            g.setColor(Color.BLACK);
            g.drawString(titles.get(i), x, 15);
        }
        g.dispose();
        return out;
    }
}
