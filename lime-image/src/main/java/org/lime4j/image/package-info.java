/**
 * Image explanations: LIME over superpixels ({@link org.lime4j.image.ImageExplainer}) and
 * occlusion sensitivity ({@link org.lime4j.image.OcclusionExplainer}).
 *
 * <p>Images are {@link org.lime4j.image.LimeImage}s of 8-bit samples with 1, 3 or 4 channels.
 * Superpixels come from a {@link org.lime4j.image.Segmenter} (quickshift, SLIC, Felzenszwalb or a
 * given label map); a {@link org.lime4j.image.Hiding} strategy decides how a hidden superpixel
 * looks. No argument may be null unless its method documents otherwise.
 */
package org.lime4j.image;
