package org.lime4j.core;

/**
 * The run information of one explanation: parallelism, batching and timings. These vary between runs that
 * give the same result, so {@link ExplanationJson#toCanonicalJson} leaves them out.
 *
 * @param parallelism the maximum number of batches in flight
 * @param batchSize the maximum number of samples per model call
 * @param batches the number of model calls
 * @param timings the durations of the phases
 */
public record RunInfo(int parallelism, int batchSize, int batches, Timings timings) {}
