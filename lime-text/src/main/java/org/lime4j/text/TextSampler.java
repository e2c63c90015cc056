package org.lime4j.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lime4j.core.Distances;
import org.lime4j.core.SampleRandom;
import org.lime4j.core.Sampler;

/**
 * Builds perturbed texts by removing sampling units. Thread-safe: all mutable state lives in the
 * workers, one per thread.
 *
 * <p>Random sampling follows the Python {@code lime} package: sample {@code i > 0} removes
 * {@code k} units, {@code k} uniform in {@code 1..u}, chosen as a uniform random subset (a
 * partial Fisher–Yates shuffle). So a sample may remove every unit, which version 0.2.0.1,
 * drawing {@code k} from {@code 1..u−1}, never does; its later sources on GitHub draw from
 * {@code 1..u}. Sample {@code i} draws only from the stream {@code (seed, i)}. Enumeration instead
 * makes the bits of {@code i} the removed units, so samples {@code 0 .. 2^u − 1} are every subset
 * once. The distance is the cosine distance between the feature row and the all-ones row, times
 * 100.
 */
final class TextSampler implements Sampler<String> {
    /** The reference's scale of the cosine distance, so that the kernel width 25 fits it. */
    static final double DISTANCE_SCALE = 100.0;

    private final TextLayout layout;
    private final char[] chars;
    private final char[] mask;
    private final boolean enumerate;

    /**
     * @param mask the replacement of a removed token, or null to delete it
     * @param enumerate whether sample {@code i} removes the units of the bits of {@code i}
     */
    TextSampler(TextLayout layout, String mask, boolean enumerate) {
        this.layout = layout;
        this.chars = layout.text().toCharArray();
        this.mask = mask == null ? null : mask.toCharArray();
        this.enumerate = enumerate;
    }

    @Override
    public int features() {
        return layout.featureCount();
    }

    @Override
    public double[] instanceRow() {
        double[] row = new double[layout.featureCount()];
        Arrays.fill(row, 1.0);
        return row;
    }

    /** Returns true, because every unit is either kept (1) or removed (0). */
    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public Worker<String> newWorker(int capacity) {
        return new TextWorker(capacity);
    }

    /** Builds the text of one sample from a removal set; used by tests. */
    String textOf(boolean[] removed) {
        char[] buffer = new char[maxLength()];
        return new String(buffer, 0, writeText(buffer, removed));
    }

    /** Returns the longest perturbed text: every token replaced by the mask. */
    private int maxLength() {
        return chars.length + (mask == null ? 0 : layout.positions() * mask.length);
    }

    /**
     * Writes the perturbed text into a buffer with array copies only, and returns its length.
     * A {@code char[]} turned into a string once avoids {@link StringBuilder}, which in JDK 17
     * copies appended characters into its Latin-1 array one at a time.
     */
    private int writeText(char[] buffer, boolean[] removed) {
        int cursor = 0;
        int length = 0;
        for (int p = 0; p < layout.positions(); p++) {
            if (removed[layout.positionUnit(p)]) {
                int start = layout.positionStart(p);
                length = copy(chars, cursor, buffer, length, start - cursor);
                if (mask != null) {
                    length = copy(mask, 0, buffer, length, mask.length);
                }
                cursor = layout.positionEnd(p);
            }
        }
        return copy(chars, cursor, buffer, length, chars.length - cursor);
    }

    /** Copies a run of characters and returns the new length. */
    private static int copy(char[] source, int from, char[] target, int at, int count) {
        System.arraycopy(source, from, target, at, count);
        return at + count;
    }

    private final class TextWorker implements Worker<String> {
        private final SampleRandom random = new SampleRandom();
        private final int units = layout.units();
        private final int d = layout.featureCount();
        private final int[][] featureUnits = layout.featureUnits();
        private final int[] order = new int[units];
        private final int[] swaps = new int[units];
        private final boolean[] removed = new boolean[units];
        private final char[] buffer = new char[maxLength()];
        private final List<String> inputs;

        TextWorker(int capacity) {
            for (int u = 0; u < units; u++) {
                order[u] = u;
            }
            inputs = new ArrayList<>(capacity);
        }

        @Override
        public List<String> fill(long seed, int first, int count, double[] rows,
                double[] distances) {
            inputs.clear();
            for (int s = 0; s < count; s++) {
                int sample = first + s;
                if (sample == 0) {
                    Arrays.fill(rows, s * d, s * d + d, 1.0);
                    distances[s] = 0.0;
                    inputs.add(layout.text());
                    continue;
                }
                chooseRemoved(seed, sample);
                int active = writeRow(rows, s * d);
                distances[s] = active == d
                        ? 0.0 : DISTANCE_SCALE * Distances.cosineToAllOnes(active, d);
                inputs.add(new String(buffer, 0, writeText(buffer, removed)));
                Arrays.fill(removed, false);
            }
            return inputs;
        }

        private void chooseRemoved(long seed, int sample) {
            if (enumerate) {
                for (int u = 0; u < units; u++) {
                    removed[u] = (sample >>> u & 1) != 0;
                }
                return;
            }
            random.reset(seed, sample);
            int k = 1 + random.nextInt(units);
            if (k == units) {
                Arrays.fill(removed, true);
                return;
            }
            for (int j = 0; j < k; j++) {
                int pick = j + random.nextInt(units - j);
                swaps[j] = pick;
                int unit = order[pick];
                order[pick] = order[j];
                order[j] = unit;
                removed[unit] = true;
            }
            // Undo the swaps in reverse so that order is the identity again for the next sample.
            for (int j = k - 1; j >= 0; j--) {
                int pick = swaps[j];
                int unit = order[pick];
                order[pick] = order[j];
                order[j] = unit;
            }
        }

        private int writeRow(double[] rows, int offset) {
            int active = 0;
            for (int j = 0; j < d; j++) {
                boolean kept;
                if (featureUnits == null) {
                    kept = !removed[j];
                } else {
                    kept = true;
                    for (int unit : featureUnits[j]) {
                        kept &= !removed[unit];
                    }
                }
                rows[offset + j] = kept ? 1.0 : 0.0;
                if (kept) {
                    active++;
                }
            }
            return active;
        }
    }
}
