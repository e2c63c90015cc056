package org.lime4j.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.lime4j.core.Predictor;

/**
 * The pretrained OpenNLP language detector (langdetect-183.bin, 103 languages, from
 * opennlp-models-langdetect 1.2.0) reduced to a choice between two languages: column 0 is
 * {@code p(first) / (p(first) + p(second))}, column 1 the rest. Not thread-safe, so the engine
 * calls it from one thread at a time.
 */
final class LanguageModel implements Predictor<String> {
    /** The model file at the root of the opennlp-models-langdetect jar. */
    private static final String MODEL = "/langdetect-183.bin";
    private static LanguageDetectorModel loaded;

    private final LanguageDetectorME detector;
    private final String first;
    private final String second;

    LanguageModel(String first, String second) {
        this.detector = new LanguageDetectorME(model());
        this.first = first;
        this.second = second;
    }

    private static synchronized LanguageDetectorModel model() {
        if (loaded == null) {
            try (InputStream in = LanguageModel.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException(MODEL + " is not on the test class path;"
                            + " add org.apache.opennlp:opennlp-models-langdetect");
                }
                loaded = new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    /** Returns every language with its probability, most probable first. */
    Language[] languages(String text) {
        return detector.predictLanguages(text);
    }

    /** Returns {@code p(first) / (p(first) + p(second))}. */
    double firstShare(String text) {
        double p1 = 0;
        double p2 = 0;
        for (Language language : detector.predictLanguages(text)) {
            if (language.getLang().equals(first)) {
                p1 = language.getConfidence();
            } else if (language.getLang().equals(second)) {
                p2 = language.getConfidence();
            }
        }
        return p1 / (p1 + p2);
    }

    @Override
    public double[][] predict(List<String> batch) {
        double[][] out = new double[batch.size()][];
        for (int i = 0; i < batch.size(); i++) {
            double share = firstShare(batch.get(i));
            out[i] = new double[] {share, 1 - share};
        }
        return out;
    }
}
