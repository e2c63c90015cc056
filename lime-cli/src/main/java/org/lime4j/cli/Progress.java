package org.lime4j.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, redrawn with a carriage return after each input. */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private int done;
    private int failed;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** Records one finished input and redraws the bar. */
    void step(boolean succeeded) {
        done++;
        if (!succeeded) {
            failed++;
        }
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/"
                + total + (failed > 0 ? ", " + failed + " failed" : ""));
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
