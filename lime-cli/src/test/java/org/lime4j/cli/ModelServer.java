package org.lime4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model server on 127.0.0.1 for the HTTP tests: a logistic model
 * {@code p1 = sigmoid(Σ coefficient_j · x_j)} behind the JSON prediction protocol, which can be
 * configured to fail its first requests with status 500 or to hang. Text instances get a keyword
 * model instead, {@code p1 = sigmoid(2·count("good") − 2·count("bad"))}. Under {@code /predict/missing} it
 * answers 404.
 */
final class ModelServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final double[] coefficients;
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile int failFirst;
    volatile long hangMillis;
    volatile long delayMillis;
    private final HttpServer server;

    ModelServer(double... coefficients) throws IOException {
        this.coefficients = coefficients.clone();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/predict", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/predict");
    }

    private void handle(HttpExchange exchange) throws IOException {
        int number = requests.incrementAndGet();
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            JsonNode request = MAPPER.readTree(exchange.getRequestBody());
            if (hangMillis > 0) {
                sleep(hangMillis);
            }
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            if (exchange.getRequestURI().getPath().endsWith("/missing")) {
                send(exchange, 404, "{\"error\": \"no such model\"}");
                return;
            }
            if (number <= failFirst) {
                send(exchange, 500, "{\"error\": \"model warming up\"}");
                return;
            }
            ObjectNode answer = MAPPER.createObjectNode();
            ArrayNode predictions = answer.putArray("predictions");
            for (JsonNode instance : request.get("instances")) {
                if (instance.isTextual()) {
                    double p1 = keywordModel(instance.asText());
                    predictions.addArray().add(1 - p1).add(p1);
                    continue;
                }
                double score = 0;
                for (int j = 0; j < coefficients.length; j++) {
                    score += coefficients[j] * instance.get(j).asDouble();
                }
                double p1 = 1 / (1 + Math.exp(-score));
                predictions.addArray().add(1 - p1).add(p1);
            }
            send(exchange, 200, MAPPER.writeValueAsString(answer));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Computes the text model: {@code p1 = sigmoid(2·count("good") − 2·count("bad"))} over lower-case words. */
    static double keywordModel(String text) {
        double score = 0;
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
            if (word.equals("good")) {
                score += 2;
            } else if (word.equals("bad")) {
                score -= 2;
            }
        }
        return 1 / (1 + Math.exp(-score));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
