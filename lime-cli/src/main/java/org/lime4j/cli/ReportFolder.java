package org.lime4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;
import org.lime4j.core.report.ChartPng;
import org.lime4j.core.report.HtmlReport;
import org.lime4j.core.report.ReportContext;
import org.lime4j.core.report.ReportIndex;
import org.lime4j.core.report.ReportWriter;

/**
 * The output folder of one command. Every file is written to a temporary file in the folder and
 * moved into place, so a reader never sees half a report. Not thread-safe.
 *
 * <p>One explanation gives {@code index.html} (its report), {@code explanation.json},
 * {@code weights.png}, and {@code stability.json} when stability was measured. Many give one
 * {@code <name>.html}, {@code <name>.json} and {@code <name>.stability.json} per input, one
 * {@code explanations.jsonl} with a line per explained input in input order (failed inputs have
 * no line), and an {@code index.html} that lists every input with its decision or its error. The
 * JSON Lines file is kept in memory until {@link #finish}, about 5 KB per explanation.
 */
final class ReportFolder {
    /** The name of the JSON Lines file of a batch. */
    static final String JSON_LINES = "explanations.jsonl";
    /** The names of the files this class writes, which {@code --force} replaces. */
    private static final java.util.regex.Pattern REPORT_FILE = java.util.regex.Pattern.compile(
            "index\\.html|explanation\\.json|stability\\.json|weights\\.png"
                    + "|explanations\\.jsonl|(row|text|image)-\\d{4,}\\.(html|json|png"
                    + "|stability\\.json)");

    private final Path folder;
    private final List<ReportIndex.Entry> entries = new ArrayList<>();
    private final StringBuilder jsonLines = new StringBuilder();

    private ReportFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * Creates the folder, or accepts an existing one only with {@code force}.
     *
     * @throws InputException if the folder exists and is not empty and {@code force} is false,
     *     or a file of that name is in the way
     */
    static ReportFolder open(Path folder, boolean force) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new InputException("output " + folder + " is a file, not a folder; choose"
                        + " another --output");
            }
            if (Files.isDirectory(folder) && !isEmpty(folder) && !force) {
                throw new InputException("output folder " + folder + " already exists; add"
                        + " --force to replace its reports or choose another --output");
            }
            Files.createDirectories(folder);
            removeOldReports(folder);
        } catch (IOException e) {
            throw new InputException("cannot create output folder " + folder + ": " + e, e);
        }
        return new ReportFolder(folder);
    }

    /**
     * Deletes the files an earlier run of this command wrote, so that an index never sits beside
     * reports it does not list. Files of other names are left alone.
     */
    private static void removeOldReports(Path folder) throws IOException {
        List<Path> old = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> REPORT_FILE.matcher(file.getFileName().toString()).matches())
                    .forEach(old::add);
        }
        for (Path file : old) {
            Files.deleteIfExists(file);
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }

    Path path() {
        return folder;
    }

    /** Writes the report of a single explanation as index.html, explanation.json and weights.png. */
    void writeSingle(Explanation explanation, ReportContext context) throws IOException {
        ReportWriter.writeString(folder.resolve("index.html"),
                HtmlReport.render(explanation, context));
        ReportWriter.writeString(folder.resolve("explanation.json"),
                ExplanationJson.toPrettyJson(explanation));
        ReportWriter.write(folder.resolve("weights.png"), ChartPng.render(explanation.first()));
        writeStability(folder.resolve("stability.json"), context);
    }

    /** Writes the stability measurement, when there is one, in full precision. */
    private static void writeStability(Path file, ReportContext context) throws IOException {
        if (context.stability() != null) {
            ReportWriter.writeString(file, ExplanationJson.mapper()
                    .writerWithDefaultPrettyPrinter().writeValueAsString(context.stability()));
        }
    }

    /** Writes one input's report and records it for the index and the JSON Lines file. */
    void add(String input, String baseName, Explanation explanation, ReportContext context)
            throws IOException {
        ReportWriter.writeReport(folder, baseName, explanation, context);
        writeStability(folder.resolve(baseName + ".stability.json"), context);
        jsonLines.append(ExplanationJson.toJson(explanation)).append('\n');
        entries.add(ReportIndex.Entry.explained(input, baseName + ".html",
                HtmlReport.decision(explanation)));
    }

    /** Records an input that could not be explained. */
    void fail(String input, String error) {
        entries.add(ReportIndex.Entry.failed(input, error));
    }

    /** Returns the number of inputs that failed so far. */
    int failures() {
        return (int) entries.stream().filter(e -> e.error() != null).count();
    }

    /** Writes the JSON Lines file and the index. */
    void finish(String title, String description) throws IOException {
        ReportWriter.writeString(folder.resolve(JSON_LINES), jsonLines.toString());
        ReportWriter.writeString(folder.resolve("index.html"),
                ReportIndex.render(title, description, entries));
    }
}
