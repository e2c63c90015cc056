package org.lime4j.image;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.lime4j.core.Distances;
import org.lime4j.core.SampleRandom;
import org.lime4j.core.Sampler;

/**
 * Builds perturbed images the way the Python {@code lime} package 0.2.0.1 does: sample 0 keeps
 * every superpixel, and every other sample keeps each superpixel independently with probability
 * 1/2, one random bit per superpixel. The distance is the cosine distance between the sample's
 * binary row and the all-ones row.
 *
 * <p>Each worker owns one image buffer per batch slot and remembers which superpixels that
 * buffer currently hides, so building the next sample in the slot copies only the superpixels
 * whose state changed. Memory is therefore the batch size times one image, whatever the sample
 * count. Slots of one batch are built in parallel when the batch is large enough.
 */
final class ImageSampler implements Sampler<LimeImage> {
    /** Batches whose images hold fewer samples than this are built on the calling thread. */
    private static final long PARALLEL_MIN_BYTES = 1 << 20;

    private final LimeImage image;
    private final LimeImage hidden;
    private final int segments;
    private final int channels;
    /** Row-major pixel runs of each superpixel: runs of segment s are {@code runOffset[s]..}. */
    private final int[] runOffset;
    private final int[] runStart;
    private final int[] runLength;
    private final boolean parallel;

    ImageSampler(LimeImage image, Segmentation segmentation, LimeImage hidden, boolean parallel) {
        this.image = image;
        this.hidden = hidden;
        this.segments = segmentation.count();
        this.channels = image.channels();
        this.parallel = parallel;
        int[] labels = segmentation.labelsView();
        int width = image.width();
        int[] counts = new int[segments];
        for (int p = 0; p < labels.length; p++) {
            if (p % width == 0 || labels[p - 1] != labels[p]) {
                counts[labels[p]]++;
            }
        }
        runOffset = new int[segments + 1];
        for (int s = 0; s < segments; s++) {
            runOffset[s + 1] = runOffset[s] + counts[s];
        }
        runStart = new int[runOffset[segments]];
        runLength = new int[runOffset[segments]];
        int[] next = Arrays.copyOf(runOffset, segments);
        for (int p = 0; p < labels.length; p++) {
            if (p % width == 0 || labels[p - 1] != labels[p]) {
                int run = next[labels[p]]++;
                runStart[run] = p;
            }
            runLength[next[labels[p]] - 1]++;
        }
    }

    @Override
    public int features() {
        return segments;
    }

    @Override
    public double[] instanceRow() {
        double[] row = new double[segments];
        Arrays.fill(row, 1.0);
        return row;
    }

    /** Returns true, because every superpixel is either shown (1) or hidden (0). */
    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public Worker<LimeImage> newWorker(int capacity) {
        return new ImageWorker(capacity);
    }

    /** Writes sample {@code index}'s kept superpixels into {@code keep} and returns their count. */
    int draw(SampleRandom random, long seed, int index, boolean[] keep) {
        if (index == 0) {
            Arrays.fill(keep, true);
            return segments;
        }
        random.reset(seed, index);
        int active = 0;
        long bits = 0;
        for (int s = 0; s < segments; s++) {
            if ((s & 63) == 0) {
                bits = random.nextLong();
            }
            keep[s] = (bits & 1L) != 0;
            bits >>>= 1;
            if (keep[s]) {
                active++;
            }
        }
        return active;
    }

    private void copySegment(int segment, byte[] source, byte[] target) {
        for (int run = runOffset[segment]; run < runOffset[segment + 1]; run++) {
            int from = runStart[run] * channels;
            System.arraycopy(source, from, target, from, runLength[run] * channels);
        }
    }

    /** One thread's buffers: an image per slot, the superpixels it shows and the next draw. */
    private final class ImageWorker implements Worker<LimeImage> {
        private final List<LimeImage> buffers = new ArrayList<>();
        private final boolean[][] shown;
        private final boolean[][] drawn;
        private final SampleRandom[] randoms;

        ImageWorker(int capacity) {
            shown = new boolean[capacity][];
            drawn = new boolean[capacity][segments];
            randoms = new SampleRandom[capacity];
        }

        @Override
        public List<LimeImage> fill(long seed, int first, int count, double[] rows,
                double[] distances) {
            while (buffers.size() < count) {
                int slot = buffers.size();
                buffers.add(image.copy());
                shown[slot] = new boolean[segments];
                Arrays.fill(shown[slot], true);
                randoms[slot] = new SampleRandom();
            }
            IntStream slots = IntStream.range(0, count);
            long bytes = (long) count * image.pixels() * channels;
            if (parallel && count > 1 && bytes >= PARALLEL_MIN_BYTES) {
                slots = slots.parallel();
            }
            slots.forEach(slot -> build(seed, first, slot, rows, distances));
            return buffers.subList(0, count);
        }

        private void build(long seed, int first, int slot, double[] rows, double[] distances) {
            boolean[] keep = drawn[slot];
            int active = draw(randoms[slot], seed, first + slot, keep);
            int offset = slot * segments;
            for (int s = 0; s < segments; s++) {
                rows[offset + s] = keep[s] ? 1.0 : 0.0;
            }
            distances[slot] = Distances.cosineToAllOnes(active, segments);
            byte[] target = buffers.get(slot).data;
            boolean[] current = shown[slot];
            for (int s = 0; s < segments; s++) {
                if (current[s] != keep[s]) {
                    copySegment(s, keep[s] ? image.data : hidden.data, target);
                    current[s] = keep[s];
                }
            }
        }
    }
}
