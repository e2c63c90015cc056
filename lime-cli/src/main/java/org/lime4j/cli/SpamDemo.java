package org.lime4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Predictor;
import org.lime4j.core.report.ReportContext;
import org.lime4j.text.TextExplainer;
import org.lime4j.text.TextExplanation;
import smile.classification.DiscreteNaiveBayes;

/**
 * {@code lime demo spam}: trains a Smile multinomial naive Bayes filter on four fifths of the SMS
 * Spam Collection and explains a held-out spam message that it flags as spam.
 */
final class SpamDemo {
    static final String DATA = "SMSSpamCollection.gz";
    static final int SPAM = 1;
    static final double MAX_SHOWN_PROBABILITY = 0.95;
    static final int MIN_SHOWN_WORDS = 8;
    private static final Pattern WORD_SEPARATOR = Pattern.compile("\\W+");

    private SpamDemo() {}

    static void run(Main main, CommonOptions common) throws IOException {
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(DemoCommand.open(DATA)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    labels.add(line.substring(0, tab).equals("spam") ? SPAM : 0);
                    texts.add(line.substring(tab + 1));
                }
            }
        }
        // Every fifth message is held out; the rest train the filter.
        List<String> trainTexts = new ArrayList<>();
        List<Integer> trainLabels = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (i % 5 != 4) {
                trainTexts.add(texts.get(i));
                trainLabels.add(labels.get(i));
            }
        }
        Filter filter = Filter.train(trainTexts, trainLabels);

        // Most spam gets a probability near 1, where no single word changes it much. So the demo
        // explains the first flagged spam message with a probability of at most
        // MAX_SHOWN_PROBABILITY and at least MIN_SHOWN_WORDS words, if there is one.
        int chosen = -1;
        int firstFlagged = -1;
        int correct = 0;
        int held = 0;
        for (int i = 4; i < texts.size(); i += 5) {
            double spam = filter.probabilities(texts.get(i))[SPAM];
            int predicted = spam >= 0.5 ? SPAM : 0;
            held++;
            if (predicted == labels.get(i)) {
                correct++;
            }
            if (predicted == SPAM && labels.get(i) == SPAM) {
                if (firstFlagged < 0) {
                    firstFlagged = i;
                }
                if (chosen < 0 && spam <= MAX_SHOWN_PROBABILITY
                        && words(texts.get(i)).length >= MIN_SHOWN_WORDS) {
                    chosen = i;
                }
            }
        }
        if (chosen < 0) {
            chosen = firstFlagged;
        }
        if (chosen < 0) {
            throw new IllegalStateException("the filter flags no held-out spam message");
        }
        String text = texts.get(chosen);
        TextExplainer explainer = TextExplainer.builder().classNames("ham", "spam").build();
        ExplainOptions options = common.toBuilder(ExplainOptions.DEFAULT_SAMPLES).labels(SPAM)
                .build();
        TextExplanation result = explainer.explain(text, filter, options);

        ReportContext context = ReportContext.builder()
                .title("Why the filter flags SMS message " + (chosen + 1) + " as spam")
                .modelDescription(String.format(Locale.ROOT, "Smile 3.1.1 multinomial naive"
                        + " Bayes over %d words, trained on %d messages of the SMS Spam"
                        + " Collection v.1; accuracy %.3f on the %d held-out messages",
                        filter.vocabulary.size(), trainTexts.size(), correct / (double) held,
                        held))
                .inputDescription("message " + (chosen + 1) + " of " + DATA
                        + " (held out from training), labelled spam in the data")
                .inputSha256(ReportContext.sha256(text))
                .text(text)
                .rerunCommand(main.rerunCommand())
                .build();
        DemoCommand.write(main, common, result.explanation(), context,
                seed -> explainer.explain(text, filter, options.toBuilder().seed(seed).build())
                        .explanation());
    }

    /** Splits a text into the lower-case words that the filter counts. */
    static String[] words(String text) {
        return WORD_SEPARATOR.split(text.toLowerCase(Locale.ROOT));
    }

    /** A naive Bayes spam filter over word counts. Thread-safe once trained. */
    static final class Filter implements Predictor<String> {
        private final Map<String, Integer> vocabulary;
        private final DiscreteNaiveBayes model;

        private Filter(Map<String, Integer> vocabulary, DiscreteNaiveBayes model) {
            this.vocabulary = vocabulary;
            this.model = model;
        }

        static Filter train(List<String> texts, List<Integer> labels) {
            Map<String, Integer> documents = new HashMap<>();
            for (String text : texts) {
                for (String word : new java.util.HashSet<>(List.of(words(text)))) {
                    documents.merge(word, 1, Integer::sum);
                }
            }
            // Words of at least two messages, in sorted order so that every run builds the same
            // vocabulary.
            Map<String, Integer> vocabulary = new HashMap<>();
            documents.entrySet().stream().filter(e -> e.getValue() >= 2 && !e.getKey().isEmpty())
                    .map(Map.Entry::getKey).sorted()
                    .forEach(word -> vocabulary.put(word, vocabulary.size()));
            DiscreteNaiveBayes model =
                    new DiscreteNaiveBayes(DiscreteNaiveBayes.Model.MULTINOMIAL, 2, vocabulary.size());
            Filter filter = new Filter(vocabulary, model);
            for (int i = 0; i < texts.size(); i++) {
                model.update(filter.counts(texts.get(i)), labels.get(i));
            }
            return filter;
        }

        int[] counts(String text) {
            int[] counts = new int[vocabulary.size()];
            for (String word : words(text)) {
                Integer index = vocabulary.get(word);
                if (index != null) {
                    counts[index]++;
                }
            }
            return counts;
        }

        /**
         * Returns P(ham) and P(spam). A text without a known word has the class priors, because
         * Smile's posterior of an all-zero count vector does not sum to 1.
         */
        double[] probabilities(String text) {
            int[] counts = counts(text);
            if (java.util.Arrays.stream(counts).allMatch(c -> c == 0)) {
                return model.priori().clone();
            }
            double[] posteriori = new double[2];
            model.predict(counts, posteriori);
            return posteriori;
        }

        @Override
        public double[][] predict(List<String> batch) {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = probabilities(batch.get(i));
            }
            return out;
        }
    }
}
