package org.lime4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HttpPredictorTest {
    private static HttpPredictor<double[]> predictor(URI uri, Duration readTimeout, int retries,
            int maxRequests) {
        return new HttpPredictor<>(uri, (row, array) -> {
            com.fasterxml.jackson.databind.node.ArrayNode values = array.addArray();
            for (double value : row) {
                values.add(value);
            }
        }, new HttpPredictor.Settings(Duration.ofSeconds(2), readTimeout, retries,
                Duration.ofMillis(20), maxRequests));
    }

    @Test
    void answersMatchTheModel() throws Exception {
        try (ModelServer server = new ModelServer(2.0, -1.0);
                HttpPredictor<double[]> http = predictor(server.uri(), Duration.ofSeconds(5), 0, 2)) {
            double[][] rows = http.predictAsync(List.of(new double[] {1, 0}, new double[] {0, 3}))
                    .get(10, TimeUnit.SECONDS);

            assertThat(rows).hasDimensions(2, 2);
            assertThat(rows[0][1]).isCloseTo(1 / (1 + Math.exp(-2.0)), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(rows[1][1]).isCloseTo(1 / (1 + Math.exp(3.0)), org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void serverErrorsAreRetried() throws Exception {
        try (ModelServer server = new ModelServer(1.0);
                HttpPredictor<double[]> http = predictor(server.uri(), Duration.ofSeconds(5), 3, 1)) {
            server.failFirst = 2;

            double[][] rows = http.predictAsync(List.<double[]>of(new double[] {0}))
                    .get(10, TimeUnit.SECONDS);

            assertThat(rows[0]).containsExactly(0.5, 0.5);
            assertThat(server.requests.get()).isEqualTo(3);
        }
    }

    @Test
    void retriesRunOutWithStatus() throws Exception {
        try (ModelServer server = new ModelServer(1.0);
                HttpPredictor<double[]> http = predictor(server.uri(), Duration.ofSeconds(5), 1, 1)) {
            server.failFirst = 5;
            CompletableFuture<double[][]> future = http.predictAsync(List.<double[]>of(new double[] {0}));

            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(IOException.class)
                    .hasMessageContaining("POST " + server.uri())
                    .hasMessageContaining("failed after 2 attempts")
                    .hasMessageContaining("HTTP status 500");
            assertThat(server.requests.get()).isEqualTo(2);
        }
    }

    @Test
    void hangingServerTimesOut() throws Exception {
        try (ModelServer server = new ModelServer(1.0);
                HttpPredictor<double[]> http = predictor(server.uri(), Duration.ofMillis(300), 3, 1)) {
            server.hangMillis = 5_000;
            long start = System.nanoTime();
            CompletableFuture<double[][]> future = http.predictAsync(List.<double[]>of(new double[] {0}));

            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(IOException.class)
                    .hasMessageContaining("POST " + server.uri() + " timed out")
                    .hasMessageContaining("300 ms")
                    .hasMessageContaining("--read-timeout");
            // A read timeout is not retried: one request, well before the server would respond.
            assertThat(server.requests.get()).isEqualTo(1);
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(4));
        }
    }

    @Test
    void clientErrorIsNotRetried() throws Exception {
        try (ModelServer server = new ModelServer(1.0);
                HttpPredictor<double[]> http = predictor(
                        URI.create(server.uri() + "/missing"),
                        Duration.ofSeconds(5), 3, 1)) {
            CompletableFuture<double[][]> future = http.predictAsync(List.<double[]>of(new double[] {0}));

            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                    .cause().hasMessageContaining("/missing failed with HTTP status 404")
                    .hasMessageContaining("no such model");
            assertThat(server.requests.get()).isEqualTo(1);
        }
    }

    @Test
    void refusedConnectionIsNamed() throws Exception {
        URI closed;
        try (ModelServer server = new ModelServer(1.0)) {
            closed = server.uri();
        }
        try (HttpPredictor<double[]> http = predictor(closed, Duration.ofSeconds(2), 1, 1)) {
            CompletableFuture<double[][]> future = http.predictAsync(List.<double[]>of(new double[] {0}));

            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                    .cause().hasMessageContaining("POST " + closed)
                    .hasMessageContaining("failed after 2 attempts")
                    .hasMessageContaining("connect");
        }
    }

    @Test
    void concurrentRequestsAreBounded() throws Exception {
        try (ModelServer server = new ModelServer(1.0);
                HttpPredictor<double[]> http = predictor(server.uri(), Duration.ofSeconds(5), 0, 2)) {
            server.delayMillis = 100;
            List<CompletableFuture<double[][]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(http.predictAsync(List.<double[]>of(new double[] {i})));
            }
            for (CompletableFuture<double[][]> future : futures) {
                future.get(20, TimeUnit.SECONDS);
            }

            assertThat(server.requests.get()).isEqualTo(8);
            assertThat(server.maxInFlight.get()).isBetween(1, 2);
        }
    }

    @Test
    void wrongRowCountIsRejected() throws Exception {
        try (ModelServer server = new ModelServer(1.0)) {
            HttpPredictor<double[]> http = new HttpPredictor<>(server.uri(),
                    (row, array) -> { }, HttpPredictor.Settings.defaults());
            CompletableFuture<double[][]> future = http.predictAsync(List.<double[]>of(new double[] {0}));

            assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS))
                    .cause().hasMessageContaining("returned 0 predictions for 1 instances");
            http.close();
        }
    }
}
