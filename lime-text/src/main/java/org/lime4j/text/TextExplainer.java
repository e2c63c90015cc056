package org.lime4j.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.lime4j.core.AsyncPredictor;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationSpec;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.LimeEngine;
import org.lime4j.core.PredictionException;
import org.lime4j.core.Predictor;
import org.lime4j.core.Span;

/**
 * Explains a text model's prediction by removing words, phrases or sentences from the text and
 * fitting a weighted linear surrogate to the model's outputs on the perturbed texts. Immutable
 * and thread-safe.
 *
 * <p>The method is LIME (Ribeiro, Singh and Guestrin, "Why Should I Trust You?", KDD 2016). The
 * defaults follow the Python {@code lime} package 0.2.0.1: the text is split on {@code \W+} with
 * the separators kept, a feature is a distinct word (bag of words), the distance is the cosine
 * distance between a sample's binary feature row and the all-ones row times 100, and the kernel
 * width is 25. Each random sample removes {@code k} units, {@code k} uniform in {@code 1..u}, as
 * the package's later sources on GitHub do, where 0.2.0.1 uses {@code 1..u−1}. When {@code 2^u} is at most the requested sample
 * count, every subset of the {@code u} units is enumerated once instead; the explanation then
 * reports {@code 2^u} samples and a warning, and the ridge penalty is scaled by
 * {@code 2^u / numSamples}, so the fit equals that of {@code numSamples} samples spread evenly
 * over the subsets.
 *
 * <p>A text without tokens gets an explanation with no features whose intercept is the model's
 * output on the text, after one model call. Perturbed texts are rebuilt from token offsets
 * computed once, with no regular expression per sample.
 *
 * <pre>{@code
 * TextExplainer explainer = TextExplainer.builder().classNames("ham", "spam").build();
 * TextExplanation result = explainer.explain("WINNER! Claim your free prize now", model);
 * System.out.println(result.explanation());
 * }</pre>
 */
public final class TextExplainer {
    /** The kernel width of the Python reference for text. */
    public static final double DEFAULT_KERNEL_WIDTH = 25.0;
    /** The mask token of the Python reference's positional mode. */
    public static final String DEFAULT_MASK_TOKEN = "UNKWORDZ";
    /** The mask of the Python reference's positional mode at character level: NUL (U+0000). */
    public static final String DEFAULT_CHARACTER_MASK = "\0";
    /** The separator pattern of the Python reference. */
    public static final String DEFAULT_SEPARATOR = "\\W+";

    private final TokenSource tokenizer;
    private final MaskingMode mode;
    private final TextUnit unit;
    private final String maskToken;
    private final List<String> classNames;
    private final boolean enumerateSmallTexts;

    private TextExplainer(Builder builder) {
        this.tokenizer = builder.tokenizer;
        this.mode = builder.mode;
        this.unit = builder.unit;
        if (builder.maskToken != null) {
            this.maskToken = builder.maskToken;
        } else {
            this.maskToken = builder.characters ? DEFAULT_CHARACTER_MASK : DEFAULT_MASK_TOKEN;
        }
        this.classNames = List.copyOf(builder.classNames);
        this.enumerateSmallTexts = builder.enumerateSmallTexts;
    }

    /**
     * Starts a builder with the reference's defaults: split on {@code \W+}, bag of words, word
     * units, mask token {@code UNKWORDZ}, no class names, enumeration of small texts on.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an explainer with every default of {@link #builder()}.
     *
     * @return the explainer
     */
    public static TextExplainer defaults() {
        return builder().build();
    }

    /**
     * Explains the model's prediction on a text with the default options: 5000 samples, 10
     * features, label 1.
     *
     * @param text the text
     * @param model the black box, called with batches of perturbed texts
     * @return the explanation
     * @throws IllegalArgumentException if the tokenizer or the options do not fit the text
     * @throws PredictionException if the model fails, naming the texts of the failing batch, or
     *     returns invalid output
     */
    public TextExplanation explain(String text, Predictor<String> model) {
        return explain(text, model, ExplainOptions.defaults());
    }

    /**
     * Explains the model's prediction on a text in terms of this explainer's units.
     *
     * @param text the text
     * @param model the black box, called with batches of perturbed texts
     * @param options the shared options; a kernel width of {@code NaN} means 25
     * @return the explanation
     * @throws IllegalArgumentException if the tokenizer or the options do not fit the text, or
     *     n-gram units need more tokens than the text has
     * @throws PredictionException if the model fails, naming the texts of the failing batch, or
     *     returns invalid output
     */
    public TextExplanation explain(String text, Predictor<String> model, ExplainOptions options) {
        checkArguments(text, model, options);
        return run(layout(text), unit.name(), ModelCall.of(model), options);
    }

    /**
     * Explains the prediction of an asynchronous model, such as one served over HTTP, waiting
     * at most {@link ExplainOptions#timeout()} for each batch.
     *
     * @param text the text
     * @param model the black box, sent batches of perturbed texts
     * @param options the shared options; a kernel width of {@code NaN} means 25
     * @return the explanation
     * @throws IllegalArgumentException if the tokenizer or the options do not fit the text, or
     *     n-gram units need more tokens than the text has
     * @throws PredictionException if the model fails or times out, naming the texts of the
     *     failing batch, or returns invalid output
     */
    public TextExplanation explainAsync(String text, AsyncPredictor<String> model,
            ExplainOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        return run(layout(text), unit.name(), ModelCall.of(model), options);
    }

    private TextLayout layout(String text) {
        Tokens tokens = tokenizer.tokenize(text);
        return switch (unit) {
            case WORDS -> TextLayout.words(tokens, mode, TextLayout.allTokens(tokens));
            case BIGRAMS, TRIGRAMS -> TextLayout.ngrams(tokens, mode, unit.gramLength());
            case SENTENCES -> TextLayout.sentences(tokens);
        };
    }

    /**
     * Explains the model's prediction in terms of spans the caller chooses, such as phrases or
     * clauses. Removing a span removes every token it overlaps; tokens outside every span are
     * never removed.
     *
     * @param text the text
     * @param spans the interpretable units, in feature order; they must not share a token
     * @param model the black box
     * @param options the shared options
     * @return the explanation, one feature per span
     * @throws IllegalArgumentException if a span lies outside the text, covers no token or
     *     shares a token with another span
     * @throws PredictionException if the model fails, naming the texts of the failing batch, or
     *     returns invalid output
     */
    public TextExplanation explainSpans(String text, List<Span> spans, Predictor<String> model,
            ExplainOptions options) {
        checkArguments(text, model, options);
        Objects.requireNonNull(spans, "spans");
        TextLayout layout = TextLayout.spans(tokenizer.tokenize(text), List.copyOf(spans));
        return run(layout, "SPANS", ModelCall.of(model), options);
    }

    /**
     * Explains the sentences of a text first, then the words inside the {@code sentences} most
     * important ones, ranked by {@code |weight|} for the first explained label. The words of
     * other sentences are never removed in the second explanation.
     *
     * @param text the text
     * @param model the black box
     * @param options the shared options, used for both explanations
     * @param sentences how many sentences to refine, at least 1
     * @return both explanations
     * @throws IllegalArgumentException if {@code sentences < 1} or the text has no sentence with
     *     a token
     * @throws PredictionException if the model fails, naming the texts of the failing batch, or
     *     returns invalid output
     */
    public CoarseToFineExplanation explainCoarseToFine(String text, Predictor<String> model,
            ExplainOptions options, int sentences) {
        checkArguments(text, model, options);
        if (sentences < 1) {
            throw new IllegalArgumentException(
                    "sentences to refine must be at least 1, got " + sentences);
        }
        Tokens tokens = tokenizer.tokenize(text);
        TextLayout coarse = TextLayout.sentences(tokens);
        if (coarse.featureCount() == 0) {
            throw new IllegalArgumentException("no tokens to explain: the text has no sentence"
                    + " with a token, so there is nothing to refine");
        }
        ModelCall call = ModelCall.of(model);
        TextExplanation bySentence = run(coarse, TextUnit.SENTENCES.name(), call, options);
        List<Integer> refined = new ArrayList<>();
        for (FeatureWeight weight : bySentence.explanation().first().weights()) {
            if (refined.size() < sentences && weight.weight() != 0) {
                refined.add(weight.feature());
            }
        }
        List<Integer> maskable = new ArrayList<>();
        for (int t = 0; t < tokens.count(); t++) {
            for (int sentence : refined) {
                Span span = coarse.features().get(sentence).spans().get(0);
                if (tokens.start(t) < span.end() && tokens.end(t) > span.start()) {
                    maskable.add(t);
                    break;
                }
            }
        }
        int[] positions = maskable.stream().mapToInt(Integer::intValue).toArray();
        TextLayout fine = TextLayout.words(tokens, mode, positions);
        TextExplanation byWord = run(fine, "WORDS_IN_SENTENCES", call, options);
        return new CoarseToFineExplanation(bySentence, refined, byWord);
    }

    private TextExplanation run(TextLayout layout, String unitName, ModelCall call,
            ExplainOptions options) {
        Map<String, String> configuration = configuration(layout, unitName);
        if (layout.featureCount() == 0) {
            return new TextExplanation(layout.text(), NoTokens.explain(layout.text(),
                    call.blocking(options), options, classNames, configuration,
                    DEFAULT_KERNEL_WIDTH));
        }
        int units = layout.units();
        boolean enumerate = enumerateSmallTexts && units < 31
                && (1 << units) <= options.numSamples();
        ExplainOptions effective = options;
        if (enumerate) {
            int subsets = 1 << units;
            double scale = (double) subsets / options.numSamples();
            effective = options.toBuilder().numSamples(subsets)
                    .ridgeAlpha(options.ridgeAlpha() * scale).build();
            configuration.put("sampling", "enumerated");
            configuration.put("removedUnitsPerSample", "every subset once");
            configuration.put("requestedNumSamples", Integer.toString(options.numSamples()));
        }
        ExplanationSpec spec = new ExplanationSpec("text", layout.features(), classNames,
                DEFAULT_KERNEL_WIDTH, configuration);
        String mask = mode == MaskingMode.POSITIONAL ? maskToken : null;
        TextSampler sampler = new TextSampler(layout, mask, enumerate);
        Explanation explanation = call.explain(sampler, effective, spec);
        if (enumerate) {
            explanation = withWarning(explanation, enumerationWarning(units, options, effective));
        }
        return new TextExplanation(layout.text(), explanation);
    }

    // NOTE: below 10 subsets the engine's low effective sample size warning always fires too,
    // because (Σw)²/Σw² cannot exceed the sample count.
    private static String enumerationWarning(int units, ExplainOptions requested,
            ExplainOptions effective) {
        int subsets = 1 << units;
        int n = requested.numSamples();
        return String.format(Locale.ROOT, "all %d subsets of the %d units were enumerated once"
                + " instead of drawing %d random samples, so the explanation has %d samples."
                + " The ridge penalty was scaled by %d/%d to %s, so the fit equals that of %d"
                + " samples spread evenly over the subsets", subsets, units, n, subsets,
                subsets, n, effective.ridgeAlpha(), n);
    }

    private Map<String, String> configuration(TextLayout layout, String unitName) {
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("tokenizer", tokenizer.description());
        configuration.put("mode", mode.name().toLowerCase(Locale.ROOT));
        configuration.put("unit", unitName.toLowerCase(Locale.ROOT));
        if (mode == MaskingMode.POSITIONAL) {
            configuration.put("maskToken", maskToken);
        }
        configuration.put("units", Integer.toString(layout.units()));
        configuration.put("sampling", "random");
        configuration.put("removedUnitsPerSample", "uniform in 1.." + layout.units());
        configuration.put("distance", "cosine to the all-ones row, times 100");
        return configuration;
    }

    private static Explanation withWarning(Explanation e, String warning) {
        List<String> warnings = new ArrayList<>(e.warnings());
        warnings.add(warning);
        return new Explanation(e.schemaVersion(), e.libraryVersion(), e.explainer(), e.task(),
                e.features(), e.labels(), e.modelOutput(), e.classNames(), e.seed(),
                e.numSamples(), e.kernelWidth(), e.kernel(), e.effectiveSampleSize(),
                e.featureSelectionRequested(), e.featureSelectionUsed(),
                e.numFeaturesRequested(), e.usableFeatures(), e.configuration(), warnings,
                e.run());
    }

    private static void checkArguments(String text, Predictor<String> model,
            ExplainOptions options) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
    }

    /** A synchronous or asynchronous model whose failures name the texts they failed on. */
    private interface ModelCall {
        Explanation explain(TextSampler sampler, ExplainOptions options, ExplanationSpec spec);

        /** Returns the model as one blocking predictor, for a text without tokens. */
        Predictor<String> blocking(ExplainOptions options);

        static ModelCall of(Predictor<String> model) {
            TextModel named = new TextModel(model);
            return new ModelCall() {
                @Override
                public Explanation explain(TextSampler sampler, ExplainOptions options,
                        ExplanationSpec spec) {
                    return LimeEngine.explain(sampler, named, options, spec);
                }

                @Override
                public Predictor<String> blocking(ExplainOptions options) {
                    return named;
                }
            };
        }

        static ModelCall of(AsyncPredictor<String> model) {
            AsyncPredictor<String> named = TextModel.naming(model);
            return new ModelCall() {
                @Override
                public Explanation explain(TextSampler sampler, ExplainOptions options,
                        ExplanationSpec spec) {
                    return LimeEngine.explain(sampler, named, options, spec);
                }

                @Override
                public Predictor<String> blocking(ExplainOptions options) {
                    return TextModel.blocking(named, options.timeout());
                }
            };
        }
    }

    /** A tokenizer with a description for the explanation's configuration. */
    private interface TokenSource {
        Tokens tokenize(String text);

        String description();
    }

    /**
     * Collects the settings of a {@link TextExplainer}. Not thread-safe; {@link #build()} copies
     * them into an immutable explainer.
     */
    public static final class Builder {
        private TokenSource tokenizer = regex(Pattern.compile(DEFAULT_SEPARATOR,
                Pattern.UNICODE_CHARACTER_CLASS));
        private MaskingMode mode = MaskingMode.BAG_OF_WORDS;
        private TextUnit unit = TextUnit.WORDS;
        private String maskToken;
        private boolean characters;
        private List<String> classNames = List.of();
        private boolean enumerateSmallTexts = true;

        private Builder() {}

        /**
         * Splits texts on a separator regular expression, compiled with
         * {@link Pattern#UNICODE_CHARACTER_CLASS} so that {@code \w} and {@code \W} treat
         * accented letters as Python 3 does. Every non-empty piece between separators is a
         * token; the separators stay in perturbed texts. The default is {@code \W+}.
         *
         * @param regex the separator pattern
         * @return this builder
         * @throws java.util.regex.PatternSyntaxException if the pattern is invalid
         */
        public Builder splitOn(String regex) {
            Objects.requireNonNull(regex, "regex");
            return splitOn(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS));
        }

        /**
         * Splits texts on a compiled separator pattern, used with its own flags.
         *
         * @param separator the separator pattern
         * @return this builder
         */
        public Builder splitOn(Pattern separator) {
            this.characters = false;
            this.tokenizer = regex(Objects.requireNonNull(separator, "separator"));
            return this;
        }

        /**
         * Uses a caller's tokenizer, which returns the tokens of a text in order. Each token must
         * be a non-empty substring of the text found after the previous token, so that its
         * offsets are known. Text between tokens is kept as separators.
         *
         * @param tokenizer maps a text to its tokens; it must be thread-safe if the explainer
         *     is shared
         * @return this builder
         */
        public Builder tokenizer(Function<String, ? extends List<String>> tokenizer) {
            Objects.requireNonNull(tokenizer, "tokenizer");
            this.characters = false;
            this.tokenizer = new TokenSource() {
                @Override
                public Tokens tokenize(String text) {
                    return Tokens.locate(text, tokenizer);
                }

                @Override
                public String description() {
                    return "caller";
                }
            };
            return this;
        }

        /**
         * Makes every character that is not whitespace a token, and NUL the default mask token.
         * The Python package's {@code char_level} option, in its sources on GitHub, makes every
         * character a feature, whitespace included; keeping whitespace fixed keeps word
         * boundaries in every sample.
         *
         * @return this builder
         */
        public Builder characterLevel() {
            this.characters = true;
            this.tokenizer = new TokenSource() {
                @Override
                public Tokens tokenize(String text) {
                    return Tokens.characters(text);
                }

                @Override
                public String description() {
                    return "characters";
                }
            };
            return this;
        }

        /**
         * Sets how removed tokens disappear; the default is {@link MaskingMode#BAG_OF_WORDS}.
         *
         * @param value the mode
         * @return this builder
         */
        public Builder mode(MaskingMode value) {
            this.mode = Objects.requireNonNull(value, "mode");
            return this;
        }

        /**
         * Sets the interpretable unit; the default is {@link TextUnit#WORDS}.
         *
         * @param value the unit
         * @return this builder
         */
        public Builder unit(TextUnit value) {
            this.unit = Objects.requireNonNull(value, "unit");
            return this;
        }

        /**
         * Sets the token that replaces a removed token in positional mode; the default is
         * {@code UNKWORDZ}, or NUL (U+0000) at character level, as in the Python
         * reference.
         *
         * @param value the mask token, not empty
         * @return this builder
         * @throws IllegalArgumentException if the token is empty
         */
        public Builder maskToken(String value) {
            Objects.requireNonNull(value, "maskToken");
            if (value.isEmpty()) {
                throw new IllegalArgumentException("maskToken must not be empty; use"
                        + " MaskingMode.BAG_OF_WORDS to delete removed tokens");
            }
            this.maskToken = value;
            return this;
        }

        /**
         * Sets the names of the model's output columns, used in reports.
         *
         * @param names one name per column
         * @return this builder
         */
        public Builder classNames(String... names) {
            return classNames(List.of(names));
        }

        /**
         * Sets the names of the model's output columns, used in reports.
         *
         * @param names one name per column
         * @return this builder
         */
        public Builder classNames(List<String> names) {
            this.classNames = List.copyOf(names);
            return this;
        }

        /**
         * Sets whether a text whose {@code 2^u} unit subsets are at most the requested sample
         * count is explained by enumerating every subset once; the default is {@code true}.
         *
         * @param value whether to enumerate small texts
         * @return this builder
         */
        public Builder enumerateSmallTexts(boolean value) {
            this.enumerateSmallTexts = value;
            return this;
        }

        /**
         * Creates the explainer.
         *
         * @return an immutable explainer with these settings
         */
        public TextExplainer build() {
            return new TextExplainer(this);
        }

        private static TokenSource regex(Pattern separator) {
            return new TokenSource() {
                @Override
                public Tokens tokenize(String text) {
                    return Tokens.split(text, separator);
                }

                @Override
                public String description() {
                    return "split on " + separator.pattern();
                }
            };
        }
    }
}
