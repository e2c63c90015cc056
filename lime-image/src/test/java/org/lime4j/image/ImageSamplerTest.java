package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lime4j.core.Distances;
import org.lime4j.core.Sampler;

class ImageSamplerTest {
    private static final LimeImage PHOTO = TestData.photo("coffee.png").resize(60, 40);
    private static final Segmentation SEGMENTS = Segmenters.slic(20, 200).segment(PHOTO, 0);
    private static final LimeImage HIDDEN = Hiding.meanColour().hiddenImage(PHOTO, SEGMENTS);

    @Test
    void sampleZeroIsTheImageAtDistanceZero() {
        ImageSampler sampler = new ImageSampler(PHOTO, SEGMENTS, HIDDEN, false);
        int d = sampler.features();
        double[] rows = new double[4 * d];
        double[] distances = new double[4];
        List<LimeImage> images = sampler.newWorker(4).fill(3, 0, 4, rows, distances);
        assertThat(distances[0]).isZero();
        for (int s = 0; s < d; s++) {
            assertThat(rows[s]).isEqualTo(1.0);
        }
        assertThat(images.get(0).samples()).isEqualTo(PHOTO.samples());
    }

    @Test
    void perturbedImagesTakeHiddenSuperpixelsFromTheFill() {
        ImageSampler sampler = new ImageSampler(PHOTO, SEGMENTS, HIDDEN, true);
        int d = sampler.features();
        int count = 50;
        double[] rows = new double[count * d];
        double[] distances = new double[count];
        Sampler.Worker<LimeImage> worker = sampler.newWorker(count);
        // Two consecutive batches, so the second reuses the buffers of the first.
        for (int first : new int[] {0, count}) {
            List<LimeImage> images = worker.fill(5, first, count, rows, distances);
            for (int i = 0; i < count; i++) {
                assertMatchesRow(images.get(i), rows, i * d, "sample " + (first + i));
                int active = 0;
                for (int s = 0; s < d; s++) {
                    active += (int) rows[i * d + s];
                }
                assertThat(distances[i]).isEqualTo(Distances.cosineToAllOnes(active, d));
            }
        }
    }

    @Test
    void superpixelsAreKeptWithProbabilityOneHalf() {
        ImageSampler sampler = new ImageSampler(PHOTO, SEGMENTS, HIDDEN, false);
        int d = sampler.features();
        int count = 2000;
        double[] rows = new double[count * d];
        sampler.newWorker(count).fill(9, 1, count, rows, new double[count]);
        double kept = 0;
        for (double value : rows) {
            kept += value;
        }
        double fraction = kept / rows.length;
        // Binomial standard error sqrt(0.25 / n); 5 standard errors is a 6e-7 false alarm rate.
        double tolerance = 5 * Math.sqrt(0.25 / rows.length);
        assertThat(fraction).as("kept fraction over %d cells", rows.length)
                .isCloseTo(0.5, within(tolerance));
    }

    @Test
    void sampleDependsOnlyOnSeedAndIndex() {
        ImageSampler sampler = new ImageSampler(PHOTO, SEGMENTS, HIDDEN, false);
        int d = sampler.features();
        double[] wide = new double[40 * d];
        sampler.newWorker(40).fill(11, 0, 40, wide, new double[40]);
        double[] narrow = new double[7 * d];
        List<LimeImage> images = sampler.newWorker(7).fill(11, 20, 7, narrow, new double[7]);
        for (int i = 0; i < 7; i++) {
            for (int s = 0; s < d; s++) {
                assertThat(narrow[i * d + s]).isEqualTo(wide[(20 + i) * d + s]);
            }
            assertMatchesRow(images.get(i), narrow, i * d, "sample " + (20 + i));
        }
    }

    private static void assertMatchesRow(LimeImage image, double[] rows, int offset,
            String what) {
        int[] labels = SEGMENTS.labels();
        int channels = PHOTO.channels();
        for (int p = 0; p < labels.length; p++) {
            LimeImage source = rows[offset + labels[p]] == 1.0 ? PHOTO : HIDDEN;
            for (int c = 0; c < channels; c++) {
                if (image.sample(p * channels + c) != source.sample(p * channels + c)) {
                    throw new AssertionError(what + ": pixel " + p + " channel " + c
                            + " does not match superpixel " + labels[p] + " kept="
                            + rows[offset + labels[p]]);
                }
            }
        }
    }
}
