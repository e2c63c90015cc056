package org.lime4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.lime4j.core.report.ReportContext;
import org.lime4j.core.report.ReportImage;
import org.lime4j.image.ImageExplanation;
import org.lime4j.image.LimeImage;

/** Adds an image explanation's pictures to a report: the image, its heat map and its mask. */
final class ImageReports {
    /** The smallest width of an embedded picture; smaller images are enlarged to it. */
    static final int MIN_WIDTH = 224;

    private ImageReports() {}

    static void addPictures(ReportContext.Builder context, ImageExplanation result, int label,
            String labelName) throws IOException {
        LimeImage image = result.image();
        context.addImage(png("The explained image (" + image.width() + " × " + image.height()
                + " pixels)", image));
        context.addImage(png("Superpixels that pushed the prediction towards " + labelName
                + " (green) and away from it (red)", result.heatMapImage(label)));
        context.addImage(png("The superpixels of the explanation's mask, with their outline",
                result.mask(label).withBoundaries()));
    }

    static ReportImage png(String caption, LimeImage image) throws IOException {
        LimeImage enlarged = image;
        if (image.width() < MIN_WIDTH) {
            int scale = (MIN_WIDTH + image.width() - 1) / image.width();
            enlarged = image.resize(image.width() * scale, image.height() * scale);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(enlarged.toBufferedImage(), "png", out);
        return new ReportImage(caption, out.toByteArray());
    }
}
