package org.lime4j.core.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * A PNG image embedded in a report as a {@code data:} URI, such as an explained image with its
 * mask or a heat map. Immutable.
 *
 * @param caption the text shown under the image and used as its alternative text
 * @param png the encoded PNG file
 */
public record ReportImage(String caption, byte[] png) {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code png} does not start with the PNG signature
     */
    public ReportImage {
        Objects.requireNonNull(caption, "caption");
        png = png.clone();
        if (png.length < PNG_SIGNATURE.length
                || !Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0,
                        PNG_SIGNATURE.length)) {
            throw new IllegalArgumentException("image '" + caption + "' is not a PNG file: its "
                    + png.length + " bytes do not start with the PNG signature; encode it with"
                    + " ImageIO.write(image, \"png\", out)");
        }
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportImage that && caption.equals(that.caption)
                && Arrays.equals(png, that.png);
    }

    @Override
    public int hashCode() {
        return 31 * caption.hashCode() + Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "ReportImage[caption=" + caption + ", " + png.length + " bytes]";
    }
}
