package org.lime4j.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.lime4j.core.Explanation;
import org.lime4j.core.report.ReportContext;

/**
 * Explains a list of inputs one after another into a {@link ReportFolder}: a failing input gets
 * its error in the index and the run goes on. Prints a progress bar on standard error.
 */
final class BatchRun {
    /** One input's explanation, or the reason it has none. */
    interface Explainer<T> {
        /** Explains one input. */
        Explanation explain(T input) throws Exception;

        /** Describes one input's context for its report. */
        ReportContext context(T input, int index);
    }

    private BatchRun() {}

    /**
     * Explains every input and writes the index; returns the exit status.
     *
     * @param names the inputs' names as the index shows them, such as {@code row 3}
     * @param baseName the file name prefix of each report, such as {@code row}
     */
    static <T> int run(Main main, ReportFolder folder, List<T> inputs, List<String> names,
            String baseName, Explainer<T> explainer, String title, String description)
            throws IOException {
        Progress progress = new Progress(main.err(), inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            String file = String.format(Locale.ROOT, "%s-%04d", baseName, i + 1);
            boolean ok = true;
            try {
                Explanation explanation = explainer.explain(inputs.get(i));
                folder.add(names.get(i), file, explanation,
                        explainer.context(inputs.get(i), i));
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                ok = false;
                folder.fail(names.get(i), message(e));
            }
            progress.step(ok);
        }
        folder.finish(title, description);
        int failed = folder.failures();
        main.out().println((inputs.size() - failed) + " of " + inputs.size() + " explained"
                + (failed > 0 ? ", " + failed + " failed (see the index)" : "") + "; index: "
                + folder.path().resolve("index.html"));
        return failed > 0 ? Main.SOME_FAILED : 0;
    }

    /** Returns an exception's message and its causes' messages, for the index. */
    static String message(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String part = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
            if (text.indexOf(part) < 0) {
                if (text.length() > 0) {
                    text.append(": ");
                }
                text.append(part);
            }
        }
        return text.toString();
    }
}
