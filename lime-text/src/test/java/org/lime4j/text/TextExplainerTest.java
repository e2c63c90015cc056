package org.lime4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationJson;
import org.lime4j.core.Feature;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.Kernel;
import org.lime4j.core.LabelExplanation;
import org.lime4j.core.PredictionException;
import org.lime4j.core.Predictor;
import org.lime4j.core.Span;

class TextExplainerTest {
    private static final String REVIEW = "The soup was good and the bread was good, but the"
            + " dessert was bad. The staff were friendly and the room was quiet; the bill was"
            + " fair, the wine list was short and the coffee was bad.";

    private static int featureIndex(Explanation explanation, String description) {
        for (Feature feature : explanation.features()) {
            if (feature.description().equals(description)) {
                return feature.index();
            }
        }
        throw new AssertionError("no feature " + description + " in " + explanation.features());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!! ?"})
    void textWithoutTokensHasNoFeatures(String text) {
        AtomicInteger calls = new AtomicInteger();
        KeywordModel keywords = KeywordModel.goodBad();
        Predictor<String> model = batch -> {
            calls.incrementAndGet();
            return keywords.predict(batch);
        };
        TextExplanation result = TextExplainer.defaults().explain(text, model);
        Explanation explanation = result.explanation();
        assertThat(explanation.features()).isEmpty();
        assertThat(explanation.first().weights()).isEmpty();
        assertThat(explanation.first().intercept()).isEqualTo(keywords.probability(text));
        assertThat(explanation.first().modelPrediction()).isEqualTo(0.5);
        assertThat(explanation.warnings()).anyMatch(w -> w.startsWith("no tokens to explain"));
        assertThat(calls).hasValue(1);
        assertThat(ExplanationJson.fromJson(ExplanationJson.toJson(explanation)))
                .isEqualTo(explanation);
    }

    @Test
    void oneWordWeightIsRidgeShrunkDifference() {
        KeywordModel model = new KeywordModel("great", "awful");
        double difference = model.probability("great") - model.probability("");
        double k = Kernel.EXPONENTIAL.weight(100, 25);

        // Enumeration: the samples "great" (weight 1) and "" (weight k), ridge alpha 2/5000.
        Explanation enumerated = TextExplainer.defaults().explain("great", model).explanation();
        assertThat(enumerated.features()).hasSize(1);
        assertThat(enumerated.numSamples()).isEqualTo(2);
        assertThat(enumerated.first().weights()).hasSize(1);
        double variance = k / (1 + k);
        assertThat(enumerated.first().weightOf(0))
                .isCloseTo(difference * variance / (variance + 2.0 / 5000), within(1e-9));

        // Without ridge penalty the two samples are fitted exactly.
        Explanation exact = TextExplainer.defaults().explain("great", model,
                ExplainOptions.builder().ridgeAlpha(0).build()).explanation();
        assertThat(exact.first().weightOf(0)).isCloseTo(difference, within(1e-9));
        assertThat(exact.first().intercept()).isCloseTo(0.5, within(1e-9));

        // Random sampling removes the one word in every sample but the first.
        Explanation sampled = TextExplainer.builder().enumerateSmallTexts(false).build()
                .explain("great", model).explanation();
        double sampledVariance = 4999 * k / (1 + 4999 * k);
        assertThat(sampled.numSamples()).isEqualTo(5000);
        assertThat(sampled.first().weightOf(0))
                .isCloseTo(difference * sampledVariance / (sampledVariance + 1), within(1e-9));
    }

    @Test
    void modelFailureNamesFailingText() {
        Predictor<String> model = batch -> {
            for (String text : batch) {
                if (text.isBlank()) {
                    throw new IllegalStateException("cannot score an empty text");
                }
            }
            return KeywordModel.goodBad().predict(batch);
        };
        assertThatThrownBy(() -> TextExplainer.defaults().explain("great", model))
                .isInstanceOf(PredictionException.class)
                .hasMessageContaining("the model failed on 2 texts, \"great\", \"\"")
                .hasMessageContaining("cannot score an empty text")
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void bagOfWordsAndPositionalDifferOnNegation() {
        String text = "good not good";
        ExplainOptions options = ExplainOptions.builder().featureSelection(
                org.lime4j.core.FeatureSelection.NONE).build();
        Explanation bag = TextExplainer.defaults().explain(text, new NegationModel(), options)
                .explanation();
        Explanation positional = TextExplainer.builder().mode(MaskingMode.POSITIONAL).build()
                .explain(text, new NegationModel(), options).explanation();

        // Bag of words: "good" and "not", each over all its occurrences, 2^2 subsets.
        assertThat(bag.features()).extracting(Feature::description).containsExactly("good", "not");
        assertThat(bag.numSamples()).isEqualTo(4);
        assertThat(bag.features().get(0).spans())
                .containsExactly(new Span(0, 4), new Span(9, 13));
        // Deleting "not" leaves "good  good", the most positive text, so "not" counts against.
        assertThat(bag.first().weightOf(featureIndex(bag, "not"))).isLessThan(-0.1);

        // Positional: three features; the two occurrences of "good" pull in opposite directions.
        assertThat(positional.features()).extracting(Feature::description)
                .containsExactly("good@0", "not@5", "good@9");
        assertThat(positional.numSamples()).isEqualTo(8);
        LabelExplanation label = positional.first();
        assertThat(label.weightOf(0)).isGreaterThan(0.1);
        assertThat(label.weightOf(2)).isLessThan(-0.1);
        assertThat(label.weightOf(1)).isLessThan(-0.1);
        assertThat(positional.configuration()).containsEntry("maskToken", "UNKWORDZ");
    }

    @Test
    void enumerationIsReported() {
        Explanation explanation = TextExplainer.defaults()
                .explain("good food, bad service", KeywordModel.goodBad()).explanation();
        assertThat(explanation.numSamples()).isEqualTo(16);
        assertThat(explanation.configuration()).containsEntry("sampling", "enumerated");
        assertThat(explanation.configuration()).containsEntry("requestedNumSamples", "5000");
        assertThat(explanation.warnings()).anyMatch(w -> w.startsWith("all 16 subsets"));
        assertThat(explanation.first().weightOf(0)).isGreaterThan(0.1);
        assertThat(explanation.first().weightOf(2)).isLessThan(-0.1);
    }

    @Test
    void keywordWeightsHaveExpectedSigns() {
        Explanation explanation = TextExplainer.defaults()
                .explain(REVIEW, KeywordModel.goodBad()).explanation();
        assertThat(explanation.numSamples()).isEqualTo(5000);
        assertThat(explanation.configuration()).containsEntry("sampling", "random");
        List<FeatureWeight> weights = explanation.first().weights();
        assertThat(weights.subList(0, 2)).extracting(FeatureWeight::description)
                .containsExactlyInAnyOrder("good", "bad");
        assertThat(explanation.first().weightOf(featureIndex(explanation, "good"))).isPositive();
        assertThat(explanation.first().weightOf(featureIndex(explanation, "bad"))).isNegative();
    }

    @Test
    void resultIndependentOfThreadsAndBatches() {
        TextExplainer explainer = TextExplainer.defaults();
        ExplainOptions base = ExplainOptions.builder().seed(42).numSamples(3000).build();
        String expected = ExplanationJson.toCanonicalJson(
                explainer.explain(REVIEW, KeywordModel.goodBad(), base).explanation());
        for (int parallelism : new int[] {1, 2, 4}) {
            for (int batchSize : new int[] {1, 7, 100, 3000}) {
                ExplainOptions options = base.toBuilder().parallelism(parallelism)
                        .batchSize(batchSize).build();
                Explanation explanation =
                        explainer.explain(REVIEW, KeywordModel.goodBad(), options).explanation();
                assertThat(ExplanationJson.toCanonicalJson(explanation))
                        .as("parallelism %d, batch size %d", parallelism, batchSize)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentSamples() {
        TextExplainer explainer = TextExplainer.defaults();
        Explanation first = explainer.explain(REVIEW, KeywordModel.goodBad(),
                ExplainOptions.builder().seed(1).build()).explanation();
        Explanation second = explainer.explain(REVIEW, KeywordModel.goodBad(),
                ExplainOptions.builder().seed(2).build()).explanation();
        assertThat(first.first().intercept()).isNotEqualTo(second.first().intercept());
    }

    @Test
    void phraseUnitsIsolateNotGoodRule() {
        // The model's rule: positive unless the two words "not good" stand next to each other.
        String text = "The service was not good but the food was tasty and the staff were"
                + " friendly and kind";
        Predictor<String> rule = batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < batch.size(); i++) {
                boolean phrase = (" " + batch.get(i).trim().replaceAll("\\s+", " ") + " ")
                        .contains(" not good ");
                double p = phrase ? 0.1 : 0.9;
                out[i] = new double[] {1 - p, p};
            }
            return out;
        };
        Explanation words = TextExplainer.defaults().explain(text, rule).explanation();
        Explanation bigrams = TextExplainer.builder().unit(TextUnit.BIGRAMS).build()
                .explain(text, rule).explanation();

        FeatureWeight topPhrase = bigrams.first().weights().get(0);
        assertThat(topPhrase.description()).isEqualTo("not good");
        assertThat(topPhrase.weight()).isCloseTo(-0.8, within(0.02));
        assertThat(bigrams.first().score()).isGreaterThan(0.99);
        assertThat(Math.abs(bigrams.first().weights().get(1).weight())).isLessThan(0.02);
        assertThat(bigrams.features().get(topPhrase.feature()).spans())
                .containsExactly(new Span(16, 24));

        // Word units split the phrase's effect between its two words.
        List<FeatureWeight> top = words.first().weights();
        assertThat(top.subList(0, 2)).extracting(FeatureWeight::description)
                .containsExactlyInAnyOrder("not", "good");
        for (FeatureWeight weight : top.subList(0, 2)) {
            assertThat(weight.weight()).isNegative();
            assertThat(Math.abs(weight.weight())).isLessThan(0.7 * Math.abs(topPhrase.weight()));
        }
        assertThat(words.first().score()).isLessThan(bigrams.first().score());
    }

    @Test
    void callerSpansBecomeFeatures() {
        String text = "The room was clean, but the staff was not good at all.";
        List<Span> spans = List.of(new Span(0, 18), new Span(24, 53));
        Explanation explanation = TextExplainer.defaults()
                .explainSpans(text, spans, KeywordModel.goodBad(), ExplainOptions.defaults())
                .explanation();
        assertThat(explanation.features()).extracting(Feature::name)
                .containsExactly("The room was clean", "the staff was not good at all");
        assertThat(explanation.numSamples()).isEqualTo(4);
        assertThat(explanation.first().weightOf(1)).isPositive();
        // Ridge couples the two spans a little, because the kernel weights depend on both.
        assertThat(explanation.first().weightOf(0)).isCloseTo(0.0, within(0.01));
    }

    @Test
    void callerSpansAreChecked() {
        TextExplainer explainer = TextExplainer.defaults();
        String text = "good food, bad service";
        assertThatThrownBy(() -> explainer.explainSpans(text, List.of(new Span(0, 40)),
                KeywordModel.goodBad(), ExplainOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("span 0 [0, 40) ends after the text");
        assertThatThrownBy(() -> explainer.explainSpans(text, List.of(new Span(9, 11)),
                KeywordModel.goodBad(), ExplainOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contains no token");
        assertThatThrownBy(() -> explainer.explainSpans(text,
                List.of(new Span(0, 9), new Span(5, 14)), KeywordModel.goodBad(),
                ExplainOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share the token \"food\"");
    }

    @Test
    void ngramsNeedEnoughTokens() {
        TextExplainer explainer = TextExplainer.builder().unit(TextUnit.TRIGRAMS).build();
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> explainer.explain("good food", batch -> {
            calls.incrementAndGet();
            return KeywordModel.goodBad().predict(batch);
        })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need at least 3 tokens, but the text has 2");
        assertThat(calls).hasValue(0);
    }

    @Test
    void callerTokenizerErrorNamesToken() {
        TextExplainer explainer = TextExplainer.builder()
                .tokenizer(text -> List.of(text.toLowerCase(java.util.Locale.ROOT).split(" ")))
                .build();
        assertThatThrownBy(() -> explainer.explain("Good food", KeywordModel.goodBad()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token 0 \"good\" is not a substring");
    }

    @Test
    void characterLevelExplainsCharacters() {
        Predictor<String> countsX = batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < batch.size(); i++) {
                long xs = batch.get(i).chars().filter(c -> c == 'x').count();
                out[i] = new double[] {0.1 * xs};
            }
            return out;
        };
        Explanation explanation = TextExplainer.builder().characterLevel().build()
                .explain("ax bx cd", countsX, ExplainOptions.builder()
                        .task(org.lime4j.core.Task.REGRESSION).build())
                .explanation();
        assertThat(explanation.features()).extracting(Feature::name)
                .containsExactly("a", "x", "b", "c", "d");
        assertThat(explanation.first().weights().get(0).description()).isEqualTo("x");
        assertThat(explanation.first().weightOf(1)).isCloseTo(0.2, within(0.01));
    }

    @Test
    void characterLevelMasksWithNul() {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Predictor<String> recorder = batch -> {
            seen.addAll(batch);
            return KeywordModel.goodBad().predict(batch);
        };
        Explanation explanation = TextExplainer.builder().characterLevel()
                .mode(MaskingMode.POSITIONAL).build()
                .explain("ab c", recorder).explanation();
        assertThat(explanation.configuration()).containsEntry("maskToken", "\0");
        assertThat(seen).contains("\0b c", "\0\0 \0");
        assertThat(seen).allMatch(text -> text.length() == 4);
        Explanation words = TextExplainer.builder().characterLevel().splitOn("\\W+")
                .mode(MaskingMode.POSITIONAL).build()
                .explain("ab c", recorder).explanation();
        assertThat(words.configuration()).containsEntry("maskToken", "UNKWORDZ");
    }

    @Test
    void coarseToFineRefinesMostImportantSentence() {
        String text = "We arrived late. The soup was bad and the bread was stale. The view"
                + " from the terrace was lovely.";
        CoarseToFineExplanation result = TextExplainer.defaults()
                .explainCoarseToFine(text, KeywordModel.goodBad(), ExplainOptions.defaults(), 1);
        Explanation sentences = result.sentences().explanation();
        assertThat(sentences.features()).hasSize(3);
        assertThat(result.refinedSentences()).containsExactly(1);
        Span refined = sentences.features().get(1).spans().get(0);
        assertThat(result.sentences().textOf(refined))
                .isEqualTo("The soup was bad and the bread was stale.");
        Explanation words = result.words().explanation();
        List<String> names = new ArrayList<>();
        for (Feature feature : words.features()) {
            names.add(feature.name());
            for (Span span : feature.spans()) {
                assertThat(span.start()).isGreaterThanOrEqualTo(refined.start());
                assertThat(span.end()).isLessThanOrEqualTo(refined.end());
            }
        }
        assertThat(names).containsExactly("The", "soup", "was", "bad", "and", "the", "bread",
                "stale");
        assertThat(words.first().weights().get(0).description()).isEqualTo("bad");
        assertThat(words.first().weights().get(0).weight()).isLessThan(-0.2);
    }
}
