package org.lime4j.core;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The random stream of one perturbed sample: a xoroshiro128++ generator whose state is derived
 * from the explanation's seed and the sample index alone.
 *
 * <p>Because sample {@code i} always draws from the stream {@code (seed, i)}, an explanation does
 * not depend on thread count, batch size or call order. One instance is reused for many samples
 * by {@link #reset}, so sampling allocates nothing per sample. Instances are not thread-safe; each
 * worker thread owns one.
 */
public final class SampleRandom implements UniformRandomProvider {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state0;
    private long state1;
    private final ContinuousSampler gaussian = ZigguratSampler.NormalizedGaussian.of(this);

    /** Creates a generator positioned at sample 0 of seed 0. */
    public SampleRandom() {
        reset(0, 0);
    }

    /**
     * Positions the generator at the start of the stream of one sample.
     *
     * @param seed the explanation's seed
     * @param index the sample index, at least 0
     * @return this generator
     */
    public SampleRandom reset(long seed, long index) {
        long base = mix64(seed + GOLDEN_GAMMA);
        state0 = mix64(base ^ mix64(index * GOLDEN_GAMMA + 0x632BE59BD9B4E019L));
        state1 = mix64(state0 + GOLDEN_GAMMA);
        if ((state0 | state1) == 0) {
            state1 = GOLDEN_GAMMA;
        }
        return this;
    }

    @Override
    public long nextLong() {
        long s0 = state0;
        long s1 = state1;
        long result = Long.rotateLeft(s0 + s1, 17) + s0;
        s1 ^= s0;
        state0 = Long.rotateLeft(s0, 49) ^ s1 ^ (s1 << 21);
        state1 = Long.rotateLeft(s1, 28);
        return result;
    }

    /**
     * Draws a standard normal value with the ziggurat method.
     *
     * @return a value from {@code N(0, 1)}
     */
    public double nextGaussian() {
        return gaussian.sample();
    }

    /**
     * Mixes a value's bits with the SplitMix64 finalizer (Steele, Lea and Flood, OOPSLA 2014).
     */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
