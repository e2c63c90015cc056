package org.lime4j.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.Predictor;
import org.lime4j.core.report.ReportContext;
import org.lime4j.text.MaskingMode;
import org.lime4j.text.TextExplainer;
import org.lime4j.text.TextUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lime text}: explains every line of a UTF-8 text file with a model served over HTTP,
 * which receives each perturbed text as a JSON string.
 */
@Command(name = "text", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Explains each line of a text file and writes one report per line,"
                + " index.html and explanations.jsonl.")
final class TextCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--texts", required = true, paramLabel = "FILE", description = "UTF-8 file"
            + " with one text to explain per line; blank lines are skipped.")
    Path texts;

    @Option(names = "--class-names", split = ",", paramLabel = "NAME",
            description = "Names of the model's output columns, in order.")
    List<String> classNames = new ArrayList<>();

    @Option(names = "--labels", split = ",", paramLabel = "N", description = "Output columns to"
            + " explain (default: 1).")
    int[] labels;

    @Option(names = "--mode", paramLabel = "MODE", description = "bag_of_words (removing a word"
            + " removes every occurrence) or positional (default: bag_of_words).")
    MaskingMode mode = MaskingMode.BAG_OF_WORDS;

    @Option(names = "--unit", paramLabel = "UNIT", description = "words, bigrams, trigrams or"
            + " sentences (default: words).")
    TextUnit unit = TextUnit.WORDS;

    @Option(names = "--split-on", paramLabel = "REGEX", description = "Regular expression of the"
            + " separators between words (default: \\W+).")
    String splitOn = TextExplainer.DEFAULT_SEPARATOR;

    @Mixin
    ModelOptions model;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Path file = main.resolve(texts);
        if (!Files.isRegularFile(file)) {
            throw new InputException("file " + file + " given with --texts does not exist");
        }
        if (model.source.model != null) {
            throw new InputException("option --model is not supported for text: serve the text"
                    + " model over HTTP and give --endpoint");
        }
        List<String> lines = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                lines.add(all.get(i));
                names.add("line " + (i + 1));
            }
        }
        if (lines.isEmpty()) {
            throw new InputException("texts file " + file + " contains no text to explain: every"
                    + " line is blank; give one text per line");
        }

        TextExplainer explainer;
        try {
            java.util.regex.Pattern.compile(splitOn);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new InputException("invalid value for option --split-on '" + splitOn
                    + "': not a regular expression (" + e.getDescription() + " at index "
                    + e.getIndex() + ")", e);
        }
        try {
            explainer = TextExplainer.builder().splitOn(splitOn).mode(mode).unit(unit)
                    .classNames(classNames).build();
        } catch (IllegalArgumentException e) {
            throw new InputException("invalid text explainer option: " + e.getMessage(), e);
        }
        ExplainOptions.Builder builder = common.toBuilder(ExplainOptions.DEFAULT_SAMPLES);
        if (labels != null) {
            CommonOptions.set("--labels", () -> builder.labels(labels));
        }
        ExplainOptions options = builder.build();

        URI endpoint = model.endpoint();
        ReportFolder folder = ReportFolder.open(main.resolve(common.output), common.force);
        String rerun = main.rerunCommand();
        try (HttpPredictor<String> http = new HttpPredictor<>(endpoint,
                (text, array) -> array.add(text), model.httpSettings())) {
            Predictor<String> predictor = blocking(http);
            BatchRun.Explainer<String> perLine = new BatchRun.Explainer<>() {
                @Override
                public Explanation explain(String text, long seed) {
                    return explainer.explain(text, predictor, options.toBuilder().seed(seed)
                            .build()).explanation();
                }

                @Override
                public ReportContext context(String text, int index) {
                    return ReportContext.builder()
                            .title("Explanation of " + names.get(index) + " of "
                                    + file.getFileName())
                            .modelEndpoint(endpoint.toString())
                            .inputDescription(names.get(index) + " of " + file.getFileName())
                            .inputSha256(ReportContext.sha256(text)).text(text)
                            .rerunCommand(rerun).build();
                }
            };
            return BatchRun.run(main, common, folder, lines, names, "text", perLine,
                    "Explanations of " + file.getFileName(), "Endpoint " + endpoint + ".");
        }
    }

    /**
     * Wraps the asynchronous HTTP model as a blocking predictor, which the text explainer takes.
     * It is thread-safe because the HTTP predictor bounds its own concurrency.
     */
    static <T> Predictor<T> blocking(HttpPredictor<T> http) {
        return new Predictor<>() {
            @Override
            public double[][] predict(List<T> batch) throws Exception {
                try {
                    return http.predictAsync(batch).get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }

            @Override
            public boolean isThreadSafe() {
                return true;
            }
        };
    }
}
