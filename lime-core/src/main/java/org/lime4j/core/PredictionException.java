package org.lime4j.core;

/**
 * The black box failed, returned outputs of the wrong shape or values, timed out, or was
 * interrupted while an explanation queried it.
 *
 * <p>The message names the batch, its sample range and the cause. When the cause is an
 * interruption, the interrupt flag of the calling thread is set again.
 */
public final class PredictionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int batch;
    private final int firstSample;
    private final int lastSample;

    /**
     * Creates the exception.
     *
     * @param batch the failing batch's index, or -1 when no batch is to blame
     * @param firstSample the index of the batch's first sample
     * @param lastSample the index of the batch's last sample, inclusive
     * @param message what went wrong
     * @param cause the underlying failure, or null
     */
    public PredictionException(
            int batch, int firstSample, int lastSample, String message, Throwable cause) {
        super(message, cause);
        this.batch = batch;
        this.firstSample = firstSample;
        this.lastSample = lastSample;
    }

    /** @return the failing batch's index, or -1 when no batch is to blame */
    public int batch() {
        return batch;
    }

    /** @return the index of the failing batch's first sample */
    public int firstSample() {
        return firstSample;
    }

    /** @return the index of the failing batch's last sample, inclusive */
    public int lastSample() {
        return lastSample;
    }
}
