package org.lime4j.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lime4j.core.AsyncPredictor;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.Predictor;
import org.lime4j.core.Task;
import org.lime4j.core.report.ReportContext;
import org.lime4j.onnx.OnnxPredictor;
import org.lime4j.tabular.Column;
import org.lime4j.tabular.Discretizer;
import org.lime4j.tabular.SamplingMode;
import org.lime4j.tabular.TabularExplainer;
import org.lime4j.tabular.io.ArffReader;
import org.lime4j.tabular.io.CsvReader;
import org.lime4j.tabular.io.TabularData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lime tabular}: explains every row of a CSV or ARFF file with training statistics from
 * another file. The model receives each row as its columns in training order, categorical
 * columns as their codes (the index of the value in order of first appearance in the training
 * file, or in the ARFF attribute's list).
 */
@Command(name = "tabular", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Explains each row of a CSV or ARFF file and writes one report per row,"
                + " index.html and explanations.jsonl.")
final class TabularCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training"
            + " data (.csv with a header line, or .arff) whose statistics drive the sampling.")
    Path train;

    @Option(names = "--rows", required = true, paramLabel = "FILE", description = "Rows to"
            + " explain (.csv or .arff) with the training columns, matched by name; other"
            + " columns are ignored.")
    Path rows;

    @Option(names = "--drop", split = ",", paramLabel = "COLUMN", description = "Columns of the"
            + " training file that the model does not take, such as the label.")
    List<String> dropped = new ArrayList<>();

    @Option(names = "--class-names", split = ",", paramLabel = "NAME",
            description = "Names of the model's output columns, in order.")
    List<String> classNames = new ArrayList<>();

    @Option(names = "--labels", split = ",", paramLabel = "N", description = "Output columns to"
            + " explain (default: 1).")
    int[] labels;

    @Option(names = "--regression", description = "The model predicts a value, not class"
            + " probabilities.")
    boolean regression;

    @Option(names = "--sampling-mode", paramLabel = "MODE", description = "discretized,"
            + " continuous_around_mean or continuous_around_instance (default: discretized).")
    SamplingMode samplingMode = SamplingMode.DISCRETIZED;

    @Option(names = "--discretizer", paramLabel = "KIND", description = "quartile, decile or"
            + " entropy bins for numeric columns (default: quartile).")
    Discretizer discretizer = Discretizer.QUARTILE;

    @Option(names = "--allow-unseen", description = "Explain a row whose category was not in the"
            + " training data instead of failing it.")
    boolean allowUnseen;

    @Mixin
    ModelOptions model;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Path trainFile = existing("--train", main.resolve(train));
        Path rowsFile = existing("--rows", main.resolve(rows));
        TabularData training = read(trainFile, "--train");
        try {
            training = training.without(dropped.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw new InputException("invalid value for option --drop: " + e.getMessage(), e);
        }
        TabularData explained = read(rowsFile, "--rows");
        List<double[]> inputs = align(training.columns(), explained, rowsFile);

        TabularExplainer explainer;
        try {
            explainer = TabularExplainer.builder(training.rows(), training.columns())
                    .samplingMode(samplingMode).discretizer(discretizer)
                    .allowUnseenCategories(allowUnseen)
                    .classNames(classNames.toArray(String[]::new)).build();
        } catch (IllegalArgumentException e) {
            throw new InputException("invalid training data " + trainFile + ": "
                    + e.getMessage(), e);
        }
        ExplainOptions.Builder builder = common.toBuilder(ExplainOptions.DEFAULT_SAMPLES);
        if (regression) {
            builder.task(Task.REGRESSION);
        } else if (labels != null) {
            CommonOptions.set("--labels", () -> builder.labels(labels));
        }
        ExplainOptions options = builder.build();

        ReportFolder folder = ReportFolder.open(main.resolve(common.output), common.force);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            names.add("row " + (i + 1));
        }
        Path onnx = model.onnxFile(main);
        URI endpoint = model.endpoint();
        String modelSha = onnx == null ? null : ReportContext.sha256(onnx);
        String rerun = main.rerunCommand();
        BatchRun.Explainer<double[]> perRow;
        AutoCloseable resource;
        if (onnx != null) {
            OnnxPredictor<double[]> predictor = openOnnx(onnx);
            resource = predictor;
            perRow = explainWith((row, seed) -> explainer.explain(row, predictor,
                    options.toBuilder().seed(seed).build()), training,
                    rowsFile, onnx.getFileName().toString(), modelSha, null, rerun);
        } else {
            HttpPredictor<double[]> predictor = new HttpPredictor<>(endpoint,
                    (row, array) -> {
                        com.fasterxml.jackson.databind.node.ArrayNode values = array.addArray();
                        for (double value : row) {
                            values.add(value);
                        }
                    }, model.httpSettings());
            resource = predictor;
            AsyncPredictor<double[]> async = predictor;
            perRow = explainWith((row, seed) -> explainer.explainAsync(row, async,
                    options.toBuilder().seed(seed).build()), training,
                    rowsFile, null, null, endpoint.toString(), rerun);
        }
        try {
            return BatchRun.run(main, common, folder, inputs, names, "row", perRow,
                    "Explanations of " + rowsFile.getFileName(), "Training data "
                            + trainFile.getFileName() + "; " + (onnx != null ? "model "
                            + onnx.getFileName() + " (SHA-256 " + modelSha + ")"
                            : "endpoint " + endpoint) + ".");
        } finally {
            resource.close();
        }
    }

    /** Explains one row with a seed; a function that may throw. */
    interface RowExplainer {
        Explanation explain(double[] row, long seed) throws Exception;
    }

    private BatchRun.Explainer<double[]> explainWith(RowExplainer explain, TabularData training,
            Path rowsFile, String modelFile, String modelSha, String endpoint, String rerun) {
        return new BatchRun.Explainer<>() {
            @Override
            public Explanation explain(double[] row, long seed) throws Exception {
                String error = rowErrors.get(row);
                if (error != null) {
                    throw new InputException(error);
                }
                return explain.explain(row, seed);
            }

            @Override
            public ReportContext context(double[] row, int index) {
                ReportContext.Builder context = ReportContext.builder()
                        .title("Explanation of row " + (index + 1) + " of " + rowsFile.getFileName())
                        .inputDescription("row " + (index + 1) + " of " + rowsFile.getFileName())
                        .inputSha256(ReportContext.sha256(
                                CreditDemo.describeRow(training.columns(), row)))
                        .rerunCommand(rerun);
                if (modelFile != null) {
                    context.modelFile(modelFile, modelSha);
                } else {
                    context.modelEndpoint(endpoint);
                }
                return context.build();
            }
        };
    }

    private OnnxPredictor<double[]> openOnnx(Path onnx) {
        try {
            return OnnxPredictor.forRows(onnx).softmax(model.softmax).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException("cannot use model " + onnx + ": " + e.getMessage(), e);
        }
    }

    private static Path existing(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException("file " + file + " given with " + option + " does not exist");
        }
        return file;
    }

    private static TabularData read(Path file, String option) throws IOException {
        try {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".arff")
                    ? ArffReader.read(file) : CsvReader.read(file);
        } catch (IllegalArgumentException e) {
            throw new InputException("invalid file " + file + " given with " + option + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Reorders the rows' columns into training order and recodes categorical values by name.
     * A value that the training data does not have becomes {@code NaN}, unless unseen
     * categories are allowed, so that the explainer fails that row alone.
     */
    private List<double[]> align(List<Column> columns, TabularData data, Path file) {
        if (data.rows().length == 0) {
            throw new InputException("rows file " + file + " contains no rows to explain, only"
                    + " its header");
        }
        int[] source = new int[columns.size()];
        List<Map<String, Integer>> codes = new ArrayList<>();
        for (int j = 0; j < columns.size(); j++) {
            Column column = columns.get(j);
            try {
                source[j] = data.indexOf(column.name());
            } catch (IllegalArgumentException e) {
                throw new InputException("rows file " + file + " lacks training column "
                        + column.name() + ": " + e.getMessage(), e);
            }
            Column given = data.columns().get(source[j]);
            // A numeric training column read as categorical here has a cell that is not a
            // number: only the rows with such cells fail, each with its own error, below.
            if (column.isCategorical() && !given.isCategorical()) {
                throw new InputException("column " + column.name() + " is categorical in the"
                        + " training data but every value in " + file + " is a number; write"
                        + " its categories as in the training data");
            }
            Map<String, Integer> byName = new HashMap<>();
            if (column.isCategorical()) {
                for (int v = 0; v < column.valueNames().size(); v++) {
                    byName.put(column.valueNames().get(v), v);
                }
            }
            codes.add(byName);
        }
        List<double[]> aligned = new ArrayList<>();
        for (int r = 0; r < data.rows().length; r++) {
            double[] row = data.rows()[r];
            double[] values = new double[columns.size()];
            for (int j = 0; j < columns.size(); j++) {
                double value = row[source[j]];
                Column given = data.columns().get(source[j]);
                if (!columns.get(j).isCategorical() && given.isCategorical()
                        && !Double.isNaN(value)) {
                    String cell = given.valueName(value);
                    try {
                        value = Double.parseDouble(cell.trim());
                    } catch (NumberFormatException e) {
                        rowErrors.putIfAbsent(values, "row " + (r + 1) + " of " + file
                                + ": column " + columns.get(j).name() + " has '" + cell
                                + "', which is not a number; the column is numeric in the"
                                + " training data");
                        value = Double.NaN;
                    }
                } else if (columns.get(j).isCategorical() && !Double.isNaN(value)) {
                    String name = data.columns().get(source[j]).valueName(value);
                    Integer code = codes.get(j).get(name);
                    if (code == null && !allowUnseen) {
                        rowErrors.putIfAbsent(values, "row " + (r + 1) + " of " + file
                                + ": column " + columns.get(j).name() + " has category '" + name
                                + "', which the training data does not have; add --allow-unseen"
                                + " to explain the row anyway");
                    }
                    value = code != null ? code : columns.get(j).valueNames().size()
                            + unseenOffset(name);
                }
                values[j] = value;
            }
            aligned.add(values);
        }
        return aligned;
    }

    /** The error of each aligned row that cannot be explained, keyed by the row's array. */
    private final Map<double[], String> rowErrors = new java.util.IdentityHashMap<>();

    /** Gives every unseen category name its own code beyond the training codes. */
    private final Map<String, Integer> unseen = new HashMap<>();

    private int unseenOffset(String name) {
        return unseen.computeIfAbsent(name, n -> unseen.size());
    }
}
