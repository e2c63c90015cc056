package org.lime4j.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;

/**
 * Writes report files atomically: the content goes to a temporary file in the target's folder,
 * which is then moved over the target with {@link StandardCopyOption#ATOMIC_MOVE}. A reader sees
 * the old file or the whole new one, never a partial file, and a failed write leaves no temporary
 * file behind. Stateless and thread-safe; two threads writing the same target leave one of the
 * two contents.
 */
public final class ReportWriter {
    private ReportWriter() {}

    /**
     * Writes bytes to a file atomically, replacing it if it exists.
     *
     * @param target the file; its folder must exist
     * @param content the bytes
     * @throws IOException if the folder is missing or not writable, or the file system cannot
     *     move atomically within one folder
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": folder " + folder
                    + " does not exist; create it first");
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            makeReadable(temporary);
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Gives a temporary file, which is created readable by its owner only, the permissions of an
     * ordinary report: readable by everyone, writable by the owner. Does nothing on file systems
     * without POSIX permissions.
     */
    static void makeReadable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /**
     * Writes a text to a file atomically as UTF-8, replacing it if it exists.
     *
     * @param target the file; its folder must exist
     * @param content the text
     * @throws IOException if the file cannot be written, as for {@link #write(Path, byte[])}
     */
    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes an explanation's HTML page and its JSON, with the run information, side by side as
     * {@code <baseName>.html} and {@code <baseName>.json}.
     *
     * @param folder the existing output folder
     * @param baseName the file name without extension, such as {@code row-3}
     * @param explanation the explanation
     * @param context the facts of its context for the HTML page
     * @throws IOException if a file cannot be written
     */
    public static void writeReport(Path folder, String baseName, Explanation explanation,
            ReportContext context) throws IOException {
        writeString(folder.resolve(baseName + ".html"), HtmlReport.render(explanation, context));
        writeString(folder.resolve(baseName + ".json"), ExplanationJson.toPrettyJson(explanation));
    }
}
