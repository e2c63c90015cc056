package org.lime4j.image;

/** The content of an occluding patch. Alpha samples always keep their original values. */
public enum OcclusionFill {
    /** Mid grey, value 128 in every colour channel. */
    GREY,
    /** The image's mean colour. */
    MEAN,
    /** A Gaussian-blurred copy of the image, with sigma half the patch size. */
    BLUR
}
