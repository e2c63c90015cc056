package org.lime4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lime4j.core.AsyncPredictor;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;
import org.lime4j.core.PredictionException;

class AsyncTextTest {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    private static final String TEXT = "The soup was good, the bread was bad and the wine was"
            + " good enough for a quiet evening by the river";

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    private static AsyncPredictor<String> async(KeywordModel model) {
        return batch -> {
            List<String> copy = List.copyOf(batch);
            return CompletableFuture.supplyAsync(() -> model.predict(copy), POOL);
        };
    }

    @Test
    void asyncModelGivesSameExplanation() {
        ExplainOptions options = ExplainOptions.builder().seed(9).parallelism(2).batchSize(250)
                .build();
        Explanation sync = TextExplainer.defaults()
                .explain(TEXT, KeywordModel.goodBad(), options).explanation();
        Explanation async = TextExplainer.defaults()
                .explainAsync(TEXT, async(KeywordModel.goodBad()), options).explanation();
        assertThat(ExplanationJson.toCanonicalJson(async))
                .isEqualTo(ExplanationJson.toCanonicalJson(sync));
    }

    @Test
    void asyncTextWithoutTokensCallsModelOnce() {
        Explanation explanation = TextExplainer.defaults()
                .explainAsync("?!", async(KeywordModel.goodBad()), ExplainOptions.defaults())
                .explanation();
        assertThat(explanation.features()).isEmpty();
        assertThat(explanation.first().intercept()).isEqualTo(0.5);
    }

    @Test
    void asyncFailureNamesTexts() {
        AsyncPredictor<String> failing = batch -> CompletableFuture.failedFuture(
                new IllegalStateException("the server returned status 500"));
        assertThatThrownBy(() -> TextExplainer.defaults()
                .explainAsync("good", failing, ExplainOptions.defaults()))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("the model failed on 2 texts, \"good\", \"\"")
                .hasMessageContaining("the server returned status 500");
    }

    @Test
    void asyncTimeoutCancelsModelFuture() {
        AtomicBoolean cancelled = new AtomicBoolean();
        AsyncPredictor<String> silent = batch -> {
            CompletableFuture<double[][]> never = new CompletableFuture<>();
            never.whenComplete((value, error) -> cancelled.set(never.isCancelled()));
            return never;
        };
        ExplainOptions options = ExplainOptions.builder().timeout(Duration.ofMillis(50)).build();
        assertThatThrownBy(() -> TextExplainer.defaults().explainAsync(TEXT, silent, options))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("timeout");
        assertThat(cancelled).isTrue();
        assertThatThrownBy(() -> TextExplainer.defaults().explainAsync("", silent, options))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("timeout");
    }
}
