package org.lime4j.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The model source, an ONNX file or an HTTP endpoint, and the settings of HTTP calls. */
final class ModelOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Exactly one of the two model sources. */
    static final class Source {
        @Option(names = "--model", paramLabel = "FILE", description = "ONNX model file.")
        Path model;

        @Option(names = "--endpoint", paramLabel = "URL", description = "HTTP endpoint that"
                + " answers POST {\"instances\": [...]} with {\"predictions\": [[...], ...]}.")
        String endpoint;
    }

    @Option(names = "--softmax", description = "Apply softmax to the ONNX model's outputs, for"
            + " models that return logits.")
    boolean softmax;

    @Option(names = "--connect-timeout", paramLabel = "MS", description = "HTTP connect timeout"
            + " in milliseconds (default: ${DEFAULT-VALUE}).")
    long connectTimeoutMillis = 10_000;

    @Option(names = "--read-timeout", paramLabel = "MS", description = "HTTP timeout for one"
            + " answer in milliseconds (default: ${DEFAULT-VALUE}).")
    long readTimeoutMillis = 60_000;

    @Option(names = "--retries", paramLabel = "N", description = "Retries of an HTTP request that"
            + " failed with status 5xx or a connection error (default: ${DEFAULT-VALUE}).")
    int retries = 3;

    @Option(names = "--max-requests", paramLabel = "N", description = "Maximum number of HTTP"
            + " requests in flight (default: ${DEFAULT-VALUE}).")
    int maxRequests = 4;

    /**
     * Returns the ONNX file resolved against the working directory and checked to exist, or null
     * when an endpoint is used.
     */
    Path onnxFile(Main main) {
        if (source.model == null) {
            return null;
        }
        Path file = main.resolve(source.model);
        if (!Files.isRegularFile(file)) {
            throw new InputException("model file " + file + " does not exist; give the path of"
                    + " an .onnx file with --model");
        }
        return file;
    }

    /** Returns the endpoint, checked to be an http or https URL, or null for an ONNX file. */
    URI endpoint() {
        if (source.endpoint == null) {
            return null;
        }
        try {
            URI uri = new URI(source.endpoint);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new InputException("invalid value for option --endpoint: '"
                        + source.endpoint + "' is not an http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InputException("invalid value for option --endpoint: '" + source.endpoint
                    + "' is not a URL (" + e.getMessage() + ")", e);
        }
    }

    /** Returns the HTTP settings, naming the option of any invalid value. */
    HttpPredictor.Settings httpSettings() {
        try {
            return new HttpPredictor.Settings(Duration.ofMillis(connectTimeoutMillis),
                    Duration.ofMillis(readTimeoutMillis), retries, Duration.ofMillis(200),
                    maxRequests);
        } catch (IllegalArgumentException e) {
            throw new InputException("invalid HTTP option (--connect-timeout, --read-timeout,"
                    + " --retries or --max-requests): " + e.getMessage(), e);
        }
    }
}
