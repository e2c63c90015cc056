package org.lime4j.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.lime4j.core.Explanation;
import org.lime4j.core.Stability;
import org.lime4j.core.report.ReportContext;

/**
 * Explains a list of inputs one after another into a {@link ReportFolder}: a failing input gets
 * its error in the index and the run goes on. Prints a progress bar on standard error.
 */
final class BatchRun {
    /** One input's explanation, or the reason it has none. */
    interface Explainer<T> {
        /** Explains one input with the given seed and the command's other settings. */
        Explanation explain(T input, long seed) throws Exception;

        /** Describes one input's context for its report. */
        ReportContext context(T input, int index);
    }

    private BatchRun() {}

    /**
     * Explains every input and writes the index; returns the exit status.
     *
     * @param common the shared options: the seed, and how many more seeds measure stability
     * @param names the inputs' names as the index shows them, such as {@code row 3}
     * @param baseName the file name prefix of each report, such as {@code row}
     */
    static <T> int run(Main main, CommonOptions common, ReportFolder folder, List<T> inputs,
            List<String> names, String baseName, Explainer<T> explainer, String title,
            String description) throws IOException {
        Progress progress = new Progress(main.err(), inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            String file = String.format(Locale.ROOT, "%s-%04d", baseName, i + 1);
            boolean ok = true;
            try {
                T input = inputs.get(i);
                Explanation explanation = explainer.explain(input, common.seed);
                // The context comes first: an explainer may keep facts of its latest call.
                ReportContext context = explainer.context(input, i);
                Stability stability = common.stability(explanation,
                        seed -> explainer.explain(input, seed));
                folder.add(names.get(i), file, explanation, context.withStability(stability));
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
