package org.lime4j.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.lime4j.core.Stability;

/**
 * The facts a report needs that an {@link org.lime4j.core.Explanation} does not carry: which
 * model was asked, which input was explained, the original text or images, and the command that
 * re-runs the explanation. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <p>Every part is optional. A report leaves out what is not given and states that where an auditor
 * would expect it, such as "model identity not recorded".
 */
public final class ReportContext {
    private final String title;
    private final String modelDescription;
    private final String modelFileName;
    private final String modelSha256;
    private final String modelEndpoint;
    private final String inputDescription;
    private final String inputSha256;
    private final String text;
    private final List<ReportImage> images;
    private final String rerunCommand;
    private final Stability stability;

    private ReportContext(Builder b) {
        this.title = b.title;
        this.modelDescription = b.modelDescription;
        this.modelFileName = b.modelFileName;
        this.modelSha256 = b.modelSha256;
        this.modelEndpoint = b.modelEndpoint;
        this.inputDescription = b.inputDescription;
        this.inputSha256 = b.inputSha256;
        this.text = b.text;
        this.images = List.copyOf(b.images);
        this.rerunCommand = b.rerunCommand;
        this.stability = b.stability;
    }

    /**
     * Starts a builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a context with nothing set.
     *
     * @return the empty context
     */
    public static ReportContext empty() {
        return new Builder().build();
    }

    /**
     * Computes the SHA-256 digest of some bytes.
     *
     * @param bytes the data
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * Computes the SHA-256 digest of the UTF-8 encoding of a text.
     *
     * @param text the text
     * @return 64 lower-case hexadecimal digits
     */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Computes the SHA-256 digest of a file's content, reading it in blocks.
     *
     * @param file the file
     * @return 64 lower-case hexadecimal digits
     * @throws IOException if the file cannot be read
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** @return the page title, or null for one derived from the explanation */
    public String title() {
        return title;
    }

    /** @return a readable description of the model, such as its kind and settings, or null */
    public String modelDescription() {
        return modelDescription;
    }

    /** @return the model file's name without its folder, or null */
    public String modelFileName() {
        return modelFileName;
    }

    /** @return the SHA-256 of the model file or of the serialized model, or null */
    public String modelSha256() {
        return modelSha256;
    }

    /** @return the URL of the HTTP endpoint that served the model, or null */
    public String modelEndpoint() {
        return modelEndpoint;
    }

    /** @return where the explained input came from, such as {@code row 3 of loans.csv}, or null */
    public String inputDescription() {
        return inputDescription;
    }

    /** @return the SHA-256 of the explained input, or null */
    public String inputSha256() {
        return inputSha256;
    }

    /** @return the explained text, whose spans the report highlights, or null */
    public String text() {
        return text;
    }

    /** @return the images to embed; empty when none */
    public List<ReportImage> images() {
        return images;
    }

    /** @return the command that re-runs the explanation, or null */
    public String rerunCommand() {
        return rerunCommand;
    }

    /** @return the comparison with explanations under other seeds, or null when not measured */
    public Stability stability() {
        return stability;
    }

    /**
     * Returns a copy of this context with the stability measurement set.
     *
     * @param value the comparison, or null
     * @return the new context
     */
    public ReportContext withStability(Stability value) {
        Builder b = new Builder();
        b.title = title;
        b.modelDescription = modelDescription;
        b.modelFileName = modelFileName;
        b.modelSha256 = modelSha256;
        b.modelEndpoint = modelEndpoint;
        b.inputDescription = inputDescription;
        b.inputSha256 = inputSha256;
        b.text = text;
        b.images.addAll(images);
        b.rerunCommand = rerunCommand;
        b.stability = value;
        return new ReportContext(b);
    }

    /** A builder of {@link ReportContext}; not thread-safe. */
    public static final class Builder {
        private String title;
        private String modelDescription;
        private String modelFileName;
        private String modelSha256;
        private String modelEndpoint;
        private String inputDescription;
        private String inputSha256;
        private String text;
        private final List<ReportImage> images = new ArrayList<>();
        private String rerunCommand;
        private Stability stability;

        private Builder() {}

        /**
         * Sets the page title.
         *
         * @param value the title, or null for one derived from the explanation
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * Sets a readable description of the model, such as {@code random forest, 100 trees}.
         *
         * @param value the description, or null
         * @return this builder
         */
        public Builder modelDescription(String value) {
            this.modelDescription = value;
            return this;
        }

        /**
         * Identifies the model by a file: its name and SHA-256 digest.
         *
         * @param fileName the file name without its folder
         * @param sha256 the file's SHA-256 as hexadecimal digits
         * @return this builder
         * @throws IllegalArgumentException if {@code sha256} is not 64 hexadecimal digits
         */
        public Builder modelFile(String fileName, String sha256) {
            this.modelFileName = Objects.requireNonNull(fileName, "fileName");
            this.modelSha256 = checkSha256("model SHA-256", sha256);
            return this;
        }

        /**
         * Identifies the model by the URL of the HTTP endpoint that served it.
         *
         * @param url the endpoint
         * @return this builder
         */
        public Builder modelEndpoint(String url) {
            this.modelEndpoint = Objects.requireNonNull(url, "url");
            return this;
        }

        /**
         * Describes where the explained input came from, such as {@code row 3 of loans.csv}.
         *
         * @param value the description, or null
         * @return this builder
         */
        public Builder inputDescription(String value) {
            this.inputDescription = value;
            return this;
        }

        /**
         * Sets the SHA-256 of the explained input, computed with {@link ReportContext#sha256}.
         *
         * @param sha256 the digest as hexadecimal digits
         * @return this builder
         * @throws IllegalArgumentException if {@code sha256} is not 64 hexadecimal digits
         */
        public Builder inputSha256(String sha256) {
            this.inputSha256 = checkSha256("input SHA-256", sha256);
            return this;
        }

        /**
         * Sets the explained text; the report shows it with the features' spans highlighted.
         *
         * @param value the text exactly as the explainer received it, or null
         * @return this builder
         */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /**
         * Adds an image to embed, such as the explained image with its mask.
         *
         * @param image the image
         * @return this builder
         */
        public Builder addImage(ReportImage image) {
            images.add(Objects.requireNonNull(image, "image"));
            return this;
        }

        /**
         * Sets the command that re-runs the explanation, shown in the audit section.
         *
         * @param value the command line, or null
         * @return this builder
         */
        public Builder rerunCommand(String value) {
            this.rerunCommand = value;
            return this;
        }

        /**
         * Sets the comparison with explanations of the same input under other seeds, shown in
         * the audit section.
         *
         * @param value the comparison from {@link Stability#assess} or {@link Stability#compare},
         *     or null
         * @return this builder
         */
        public Builder stability(Stability value) {
            this.stability = value;
            return this;
        }

        /**
         * Builds the context.
         *
         * @return the immutable context
         */
        public ReportContext build() {
            return new ReportContext(this);
        }

        private static String checkSha256(String what, String value) {
            Objects.requireNonNull(value, what);
            if (!value.matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException(what + " must be 64 hexadecimal digits, got '"
                        + value + "'; compute it with ReportContext.sha256(...)");
            }
            return value.toLowerCase(Locale.ROOT);
        }
    }
}
