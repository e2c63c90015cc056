package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lime4j.core.AsyncPredictor;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.ExplanationJson;
import org.lime4j.core.Predictor;
import org.lime4j.onnx.OnnxPredictor;

class ImageExplainerTest {
    private static final LimeImage PHOTO = TestData.photo("chelsea.png").resize(90, 60);
    private static final BrightnessModel MODEL = new BrightnessModel(30, 10, 60, 40);

    @Test
    void defaultsFollowTheReference() throws Exception {
        LimeImage digit = TestData.digits(1)[0];
        try (OnnxPredictor<LimeImage> cnn = TestData.mnistModel(1000)) {
            ImageExplanation explanation = ImageExplainer.builder().build().explain(digit, cnn);
            assertThat(explanation.explanation().numSamples()).isEqualTo(1000);
            assertThat(explanation.explanation().kernelWidth()).isEqualTo(0.25);
            assertThat(explanation.topLabels()).hasSize(5);
            // The first test digit is a 7, and the CNN classifies it so.
            assertThat(explanation.topLabels().get(0)).isEqualTo(7);
            assertThat(explanation.explanation().configuration())
                    .containsEntry("segmenter", "quickshift(kernelSize=4.0, maxDist=200.0,"
                            + " ratio=0.2)")
                    .containsEntry("hiding", "mean colour");
        }
    }

    @Test
    void resultIndependentOfThreadsAndBatches() {
        ImageExplainer explainer = ImageExplainer.builder().build();
        ExplainOptions.Builder options = ImageExplainer.defaultOptions().seed(17);
        String reference = ExplanationJson.toCanonicalJson(explainer.explain(PHOTO, MODEL,
                options.parallelism(1).batchSize(1000).build()).explanation());
        for (int threads : new int[] {1, 2, 4}) {
            for (int batch : new int[] {1, 33, 250}) {
                String actual = ExplanationJson.toCanonicalJson(explainer.explain(PHOTO, MODEL,
                        options.parallelism(threads).batchSize(batch).build()).explanation());
                assertThat(actual).as("threads %d, batch %d", threads, batch)
                        .isEqualTo(reference);
            }
        }
        ImageExplainer sequentialBuild = ImageExplainer.builder().parallelBuild(false).build();
        String sequential = ExplanationJson.toCanonicalJson(sequentialBuild.explain(PHOTO, MODEL,
                options.parallelism(1).batchSize(1000).build()).explanation());
        assertThat(sequential).isEqualTo(reference);
    }

    @Test
    void differentSeedsGiveDifferentSamples() {
        ImageExplainer explainer = ImageExplainer.builder().build();
        String first = ExplanationJson.toCanonicalJson(explainer.explain(PHOTO, MODEL,
                ImageExplainer.defaultOptions().seed(1).build()).explanation());
        String second = ExplanationJson.toCanonicalJson(explainer.explain(PHOTO, MODEL,
                ImageExplainer.defaultOptions().seed(2).build()).explanation());
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void labelsNotStartingAtZeroAreAllPerturbed() {
        int[] labels = new int[90 * 60];
        for (int p = 0; p < labels.length; p++) {
            labels[p] = 5 + 3 * ((p % 90) / 30);
        }
        ImageExplanation explanation = ImageExplainer.builder()
                .segmenter(Segmenters.given(90, 60, labels)).hiding(Hiding.colour(0)).build()
                .explain(PHOTO, MODEL, ImageExplainer.defaultOptions().build());
        assertThat(explanation.segmentation().count()).isEqualTo(3);
        assertThat(explanation.explanation().usableFeatures()).isEqualTo(3);
    }

    @Test
    void batchBytesBoundTheBatchSize() {
        long imageBytes = 90L * 60 * 3;
        Predictor<LimeImage> bounded = batch -> {
            assertThat(batch.size()).isLessThanOrEqualTo(4);
            return MODEL.predict(batch);
        };
        ImageExplanation explanation = ImageExplainer.builder().maxBatchBytes(4 * imageBytes)
                .build().explain(PHOTO, bounded, ImageExplainer.defaultOptions().numSamples(50)
                        .build());
        assertThat(explanation.explanation().run().batchSize()).isEqualTo(4);
    }

    @Test
    void unfitHidingFailsBeforeModelCall() {
        AtomicInteger calls = new AtomicInteger();
        Predictor<LimeImage> counting = batch -> {
            calls.incrementAndGet();
            return MODEL.predict(batch);
        };
        LimeImage grey = LimeImage.of(8, 8, 1, new byte[64]);
        ImageExplainer explainer = ImageExplainer.builder().hiding(Hiding.colour(1, 2, 3)).build();
        assertThatThrownBy(() -> explainer.explain(grey, counting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 3 values")
                .hasMessageContaining("1 colour channels");
        assertThat(calls.get()).isZero();
    }

    @Test
    void asyncPredictorGivesSameResult() {
        AsyncPredictor<LimeImage> async = batch -> CompletableFuture.completedFuture(
                MODEL.predict(batch));
        ExplainOptions options = ImageExplainer.defaultOptions().seed(4).build();
        ImageExplainer explainer = ImageExplainer.builder().build();
        String sync = ExplanationJson.toCanonicalJson(
                explainer.explain(PHOTO, MODEL, options).explanation());
        String viaFuture = ExplanationJson.toCanonicalJson(
                explainer.explainAsync(PHOTO, async, options).explanation());
        assertThat(viaFuture).isEqualTo(sync);
    }

    @Test
    void hidingStrategiesAllExplain() {
        for (Hiding hiding : new Hiding[] {Hiding.meanColour(), Hiding.colour(0),
                Hiding.colour(10, 200, 30), Hiding.blur(3)}) {
            ImageExplanation explanation = ImageExplainer.builder().hiding(hiding).build()
                    .explain(PHOTO, MODEL, ImageExplainer.defaultOptions().numSamples(200)
                            .build());
            assertThat(explanation.explanation().configuration())
                    .containsEntry("hiding", hiding.describe());
            assertThat(explanation.explanation().first().weights()).isNotEmpty();
        }
    }
}
