package org.lime4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.lime4j.core.AsyncPredictor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model served over HTTP with the common JSON prediction protocol: each batch is a
 * {@code POST} of {@code {"instances": [...]}}, and the server returns
 * {@code {"predictions": [[...], ...]}} with one row per instance. A flat list of numbers is read as a one-column regression output.
 * Thread-safe.
 *
 * <p>Each request has a connect and a read timeout. A status of 500 or more, a refused or reset
 * connection and a connect timeout are retried with exponential backoff; a read timeout, any
 * other status and a malformed response fail at once with a message naming the URL and the status.
 * At most {@code maxConcurrentRequests} requests are in flight; more batches wait for a free slot.
 *
 * @param <T> the model's input type, encoded into one JSON value per instance
 */
final class HttpPredictor<T> implements AsyncPredictor<T>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpPredictor.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_BODY_IN_MESSAGE = 200;

    private final URI endpoint;
    private final BiConsumer<T, ArrayNode> encoder;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int retries;
    private final Duration backoff;
    private final HttpClient client;
    private final ExecutorService requests;

    /**
     * Creates a predictor.
     *
     * @param endpoint the URL to post to
     * @param encoder appends one instance as a JSON value to the instances array
     * @param settings timeouts, retries and concurrency
     */
    HttpPredictor(URI endpoint, BiConsumer<T, ArrayNode> encoder, Settings settings) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.readTimeout = settings.readTimeout();
        this.retries = settings.retries();
        this.backoff = settings.backoff();
        this.requests = Executors.newFixedThreadPool(settings.maxConcurrentRequests(), runnable -> {
            Thread thread = new Thread(runnable, "lime-http");
            thread.setDaemon(true);
            return thread;
        });
        this.connectTimeout = settings.connectTimeout();
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    /**
     * Timeouts, retries and concurrency of an {@link HttpPredictor}.
     *
     * @param connectTimeout the longest wait for a connection
     * @param readTimeout the longest wait for the response to one request
     * @param retries how many times a failed request is repeated, at least 0
     * @param backoff the wait before the first retry, doubled before each further one
     * @param maxConcurrentRequests the maximum number of requests in flight, at least 1
     */
    record Settings(Duration connectTimeout, Duration readTimeout, int retries, Duration backoff,
            int maxConcurrentRequests) {
        /** Checks the values. */
        Settings {
            requirePositive("connect timeout", connectTimeout);
            requirePositive("read timeout", readTimeout);
            if (retries < 0) {
                throw new IllegalArgumentException("retries must be at least 0, got " + retries);
            }
            if (backoff.isNegative()) {
                throw new IllegalArgumentException("backoff must not be negative, got " + backoff);
            }
            if (maxConcurrentRequests < 1) {
                throw new IllegalArgumentException("maximum concurrent requests must be at least"
                        + " 1, got " + maxConcurrentRequests);
            }
        }

        /** Returns the default settings of the command line. */
        static Settings defaults() {
            return new Settings(Duration.ofSeconds(10), Duration.ofSeconds(60), 3,
                    Duration.ofMillis(200), 4);
        }

        private static void requirePositive(String name, Duration value) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, got " + value);
            }
        }
    }

    @Override
    public CompletableFuture<double[][]> predictAsync(List<T> batch) {
        // The engine may reuse the batch's buffers after this call, so encode now.
        byte[] body = encode(batch);
        int size = batch.size();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return post(body, size);
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(new IOException("POST " + endpoint
                        + " was interrupted", e));
            }
        }, requests);
    }

    private byte[] encode(List<T> batch) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode instances = root.putArray("instances");
        for (T instance : batch) {
            encoder.accept(instance, instances);
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode the instances as JSON", e);
        }
    }

    private double[][] post(byte[] body, int size) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long wait = backoff.toMillis();
        for (int attempt = 0; ; attempt++) {
            String failure;
            try {
                HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    return parse(response.body(), size);
                }
                if (status < 500) {
                    throw new FatalException("POST " + endpoint + " failed with HTTP status " + status
                            + ": " + snippet(response.body()));
                }
                failure = "HTTP status " + status + ": " + snippet(response.body());
            } catch (FatalException e) {
                throw e;
            } catch (HttpConnectTimeoutException e) {
                failure = "connect timed out after " + connectTimeout.toMillis() + " ms";
            } catch (HttpTimeoutException e) {
                throw new FatalException("POST " + endpoint + " timed out: no response within "
                        + readTimeout.toMillis() + " ms (the read timeout); raise --read-timeout"
                        + " or check that the server is running", e);
            } catch (ConnectException e) {
                failure = "connection failed (" + e + ")";
            } catch (IOException e) {
                failure = "connection error (" + e + ")";
            }
            if (attempt >= retries) {
                throw new IOException("POST " + endpoint + " failed after " + (attempt + 1)
                        + " attempts; last error: " + failure);
            }
            LOG.warn("POST {} failed ({}); retry {} of {} in {} ms", endpoint, failure,
                    attempt + 1, retries, wait);
            Thread.sleep(wait);
            wait = Math.min(wait * 2, 30_000);
        }
    }

    private double[][] parse(String body, int size) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new FatalException("POST " + endpoint + " returned invalid JSON: " + snippet(body),
                    e);
        }
        JsonNode predictions = root == null ? null : root.get("predictions");
        if (predictions == null || !predictions.isArray()) {
            throw new FatalException("POST " + endpoint + " returned no \"predictions\" array: "
                    + snippet(body));
        }
        if (predictions.size() != size) {
            throw new FatalException("POST " + endpoint + " returned " + predictions.size()
                    + " predictions for " + size + " instances");
        }
        double[][] rows = new double[size][];
        for (int i = 0; i < size; i++) {
            rows[i] = row(predictions.get(i), i);
        }
        return rows;
    }

    private double[] row(JsonNode node, int index) throws IOException {
        if (node.isNumber()) {
            return new double[] {node.doubleValue()};
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new FatalException("POST " + endpoint + " returned prediction " + index
                    + " that is not a number or a non-empty array of numbers: " + snippet(node.toString()));
        }
        double[] row = new double[node.size()];
        for (int c = 0; c < row.length; c++) {
            JsonNode value = node.get(c);
            if (!value.isNumber()) {
                throw new FatalException("POST " + endpoint + " returned a non-number in prediction "
                        + index + ", column " + c + ": " + snippet(value.toString()));
            }
            row[c] = value.doubleValue();
        }
        return row;
    }

    private static String snippet(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return flat.length() <= MAX_BODY_IN_MESSAGE ? "'" + flat + "'"
                : "'" + flat.substring(0, MAX_BODY_IN_MESSAGE) + "...'";
    }

    /** Returns the endpoint's URL. */
    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        requests.shutdownNow();
    }

    /** A failure that a retry cannot fix: a client error, a read timeout or a malformed response. */
    private static final class FatalException extends IOException {
        private static final long serialVersionUID = 1L;

        FatalException(String message) {
            super(message);
        }

        FatalException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
