package org.lime4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.lime4j.core.Distances;
import org.lime4j.core.Sampler;

class TextSamplerTest {
    private static final Pattern WORDS =
            Pattern.compile("\\W+", Pattern.UNICODE_CHARACTER_CLASS);

    private static TextLayout bagOfWords(String text) {
        Tokens tokens = Tokens.split(text, WORDS);
        return TextLayout.words(tokens, MaskingMode.BAG_OF_WORDS, TextLayout.allTokens(tokens));
    }

    @Test
    void bagOfWordsMergesOccurrences() {
        TextLayout layout = bagOfWords("good not good, bad");
        assertThat(layout.featureCount()).isEqualTo(3);
        assertThat(layout.features().get(0).name()).isEqualTo("good");
        assertThat(layout.features().get(0).spans()).hasSize(2);
        assertThat(layout.features().get(0).spans().get(1).start()).isEqualTo(9);
        assertThat(layout.features().get(1).name()).isEqualTo("not");
        assertThat(layout.features().get(2).name()).isEqualTo("bad");
    }

    @Test
    void removedWordKeepsSeparators() {
        TextSampler sampler = new TextSampler(bagOfWords("good not good, bad"), null, false);
        assertThat(sampler.textOf(new boolean[] {true, false, false})).isEqualTo(" not , bad");
        assertThat(sampler.textOf(new boolean[] {false, true, true})).isEqualTo("good  good, ");
    }

    @Test
    void positionalModeMasksEachOccurrence() {
        Tokens tokens = Tokens.split("good not good", WORDS);
        TextLayout layout = TextLayout.words(tokens, MaskingMode.POSITIONAL,
                TextLayout.allTokens(tokens));
        assertThat(layout.featureCount()).isEqualTo(3);
        assertThat(layout.features().get(2).description()).isEqualTo("good@9");
        TextSampler sampler = new TextSampler(layout, "UNKWORDZ", false);
        assertThat(sampler.textOf(new boolean[] {false, false, true}))
                .isEqualTo("good not UNKWORDZ");
    }

    @Test
    void sampleZeroIsInstanceAtDistanceZero() {
        TextLayout layout = bagOfWords("one two three four five six");
        Sampler.Worker<String> worker = new TextSampler(layout, null, false).newWorker(4);
        double[] rows = new double[4 * 6];
        double[] distances = new double[4];
        List<String> texts = worker.fill(7, 0, 4, rows, distances);
        assertThat(texts.get(0)).isEqualTo("one two three four five six");
        assertThat(distances[0]).isZero();
        for (int j = 0; j < 6; j++) {
            assertThat(rows[j]).isEqualTo(1.0);
        }
    }

    @Test
    void rowsDistancesAndTextsAgree() {
        TextLayout layout = bagOfWords("alpha beta gamma delta epsilon zeta eta theta");
        int d = layout.featureCount();
        Sampler.Worker<String> worker = new TextSampler(layout, null, false).newWorker(50);
        double[] rows = new double[50 * d];
        double[] distances = new double[50];
        List<String> texts = worker.fill(3, 1, 50, rows, distances);
        for (int s = 0; s < 50; s++) {
            int active = 0;
            for (int j = 0; j < d; j++) {
                boolean kept = rows[s * d + j] == 1.0;
                active += kept ? 1 : 0;
                String word = layout.features().get(j).name();
                List<String> words = List.of(texts.get(s).trim().split(" +"));
                assertThat(words.contains(word)).as("sample %d, word %s", s, word)
                        .isEqualTo(kept);
            }
            assertThat(active).as("sample %d keeps fewer than all words", s).isLessThan(d);
            assertThat(distances[s]).isEqualTo(100 * Distances.cosineToAllOnes(active, d));
        }
    }

    @Test
    void sampleDependsOnlyOnSeedAndIndex() {
        TextLayout layout = bagOfWords("a b c d e f g h i j k l m n o p");
        TextSampler sampler = new TextSampler(layout, null, false);
        int d = layout.featureCount();
        double[] whole = new double[40 * d];
        List<String> all = List.copyOf(sampler.newWorker(40)
                .fill(11, 0, 40, whole, new double[40]));
        Sampler.Worker<String> other = sampler.newWorker(3);
        double[] part = new double[3 * d];
        List<String> some = other.fill(11, 17, 3, part, new double[3]);
        assertThat(some).containsExactlyElementsOf(all.subList(17, 20));
        for (int k = 0; k < 3 * d; k++) {
            assertThat(part[k]).isEqualTo(whole[17 * d + k]);
        }
    }

    @Test
    void removedCountIsUniformFromOneToAll() {
        // Chi-squared goodness of fit of the removed count against uniform 1..u, at level 0.001.
        int u = 9;
        int n = 45_000;
        TextLayout layout = bagOfWords("a b c d e f g h i");
        Sampler.Worker<String> worker = new TextSampler(layout, null, false).newWorker(n);
        double[] rows = new double[n * u];
        worker.fill(5, 1, n, rows, new double[n]);

        long[] counts = new long[u + 1];
        long[] removedByFeature = new long[u];
        for (int s = 0; s < n; s++) {
            int removed = 0;
            for (int j = 0; j < u; j++) {
                if (rows[s * u + j] == 0) {
                    removed++;
                    removedByFeature[j]++;
                }
            }
            counts[removed]++;
        }
        assertThat(counts[0]).isZero();

        double expected = (double) n / u;
        double statistic = 0;
        for (int k = 1; k <= u; k++) {
            statistic += (counts[k] - expected) * (counts[k] - expected) / expected;
        }
        double critical = new ChiSquaredDistribution(u - 1).inverseCumulativeProbability(0.999);
        assertThat(statistic).isLessThan(critical);

        // Each feature is removed in (1 + ... + u) / u / u = (u + 1) / (2u) of the samples.
        double share = (u + 1) / (2.0 * u);
        for (int j = 0; j < u; j++) {
            assertThat((double) removedByFeature[j] / n).isCloseTo(share,
                    org.assertj.core.data.Offset.offset(0.015));
        }
    }

    @Test
    void enumerationVisitsEverySubsetOnce() {
        TextLayout layout = bagOfWords("red green blue yellow");
        int d = layout.featureCount();
        int n = 1 << d;
        Sampler.Worker<String> worker = new TextSampler(layout, null, true).newWorker(n);
        double[] rows = new double[n * d];
        List<String> texts = worker.fill(0, 0, n, rows, new double[n]);
        Set<String> rowSet = new HashSet<>();
        for (int s = 0; s < n; s++) {
            StringBuilder key = new StringBuilder();
            for (int j = 0; j < d; j++) {
                key.append((int) rows[s * d + j]);
            }
            rowSet.add(key.toString());
        }
        assertThat(rowSet).hasSize(n);
        assertThat(new HashSet<>(texts)).hasSize(n);
        assertThat(texts.get(n - 1)).isEqualTo("   ");
    }

    @Test
    void bigramFeatureIsKeptOnlyWithBothWords() {
        Tokens tokens = Tokens.split("it was not good at all", WORDS);
        TextLayout layout = TextLayout.ngrams(tokens, MaskingMode.BAG_OF_WORDS, 2);
        assertThat(layout.featureCount()).isEqualTo(5);
        assertThat(layout.features().get(2).name()).isEqualTo("not good");
        assertThat(layout.units()).isEqualTo(6);
        Sampler.Worker<String> worker = new TextSampler(layout, null, false).newWorker(200);
        double[] rows = new double[200 * 5];
        List<String> texts = worker.fill(1, 1, 200, rows, new double[200]);
        for (int s = 0; s < 200; s++) {
            String text = " " + texts.get(s) + " ";
            boolean both = text.contains(" not ") && text.contains(" good ");
            assertThat(rows[s * 5 + 2] == 1.0).as("sample %d: %s", s, texts.get(s))
                    .isEqualTo(both);
        }
    }

    @Test
    void sentencesAreUnitsWithTheirSpans() {
        String text = "The food was great. The waiter was rude!  Would come again?";
        TextLayout layout = TextLayout.sentences(Tokens.split(text, WORDS));
        assertThat(layout.featureCount()).isEqualTo(3);
        assertThat(layout.features().get(1).name()).isEqualTo("The waiter was rude!");
        TextSampler sampler = new TextSampler(layout, null, false);
        assertThat(sampler.textOf(new boolean[] {false, true, false}))
                .isEqualTo("The food was great.    !  Would come again?");
    }
}
