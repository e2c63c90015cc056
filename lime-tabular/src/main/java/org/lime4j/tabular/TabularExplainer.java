package org.lime4j.tabular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.lime4j.core.AsyncPredictor;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.ExplanationSpec;
import org.lime4j.core.Feature;
import org.lime4j.core.LimeEngine;
import org.lime4j.core.Predictor;
import org.lime4j.tabular.io.CsvReader;
import org.lime4j.tabular.io.TabularData;

/**
 * Explains single predictions of a model on tabular rows with LIME (Ribeiro, Singh and Guestrin,
 * "Why Should I Trust You?", KDD 2016). Immutable and thread-safe: one explainer may explain many
 * rows from many threads at once.
 *
 * <p>The explainer follows the tabular explainer of the Python {@code lime} package 0.2.0.1, with
 * its defaults: {@link SamplingMode#DISCRETIZED} sampling with {@link Discretizer#QUARTILE} bins,
 * Euclidean distance on the interpretable rows, kernel width {@code 0.75·sqrt(columns)}, and the
 * shared {@link ExplainOptions} defaults (5000 samples, 10 features, automatic selection, label 1).
 * It differs from that package in these points:
 * <ul>
 *   <li>A column whose drawn bin or category equals the instance's keeps the instance's value,
 *       bit for bit, where the reference draws a new value inside the bin. So the model receives
 *       rows that differ from the instance only in the columns a sample perturbed. This changes
 *       the weights of models that vary inside a bin. {@link Builder#redrawInstanceBins(boolean)}
 *       restores the reference's sampling.
 *   <li>A bin whose minimum equals its maximum yields that value (the reference returns the
 *       standardized value); a bin whose training values are all equal yields their mean.
 *   <li>Integer columns stay whole numbers inside their bin; categorical codes are compared
 *       exactly and never rounded.
 *   <li>Non-finite training cells, a row of the wrong width and an unseen category are errors
 *       raised before any model call, and an explainer gives the same result for the same seed
 *       every time.
 *   <li>Regression has one weight list and one intercept. A weight is the change in the predicted
 *       value when the feature holds, that is when the column is in the instance's bin or category
 *       (discretized), or per standard deviation (continuous).
 * </ul>
 *
 * <p>Example, with a model {@code model} of type {@code Predictor<double[]>}:
 * <pre>{@code
 * TabularExplainer explainer = TabularExplainer
 *         .builder(trainingRows, List.of(
 *                 Column.numeric("duration"),
 *                 Column.categorical("colour", "red", "green", "blue")))
 *         .classNames("good", "bad")
 *         .build();
 * Explanation explanation = explainer.explain(row, model,
 *         ExplainOptions.builder().numFeatures(5).seed(42).build());
 * for (FeatureWeight weight : explanation.label(1).weights()) {
 *     System.out.println(weight.description() + " " + weight.weight());
 * }
 * }</pre>
 */
public final class TabularExplainer {
    private final TrainingStatistics statistics;
    private final SamplingMode mode;
    private final Discretizer discretizer;
    private final boolean allowUnseenCategories;
    private final boolean redrawInstanceBins;
    private final int decimals;
    private final List<String> classNames;
    private final ColumnModel[] models;

    private TabularExplainer(Builder builder, TrainingStatistics statistics) {
        this.statistics = statistics;
        this.mode = builder.mode;
        this.discretizer = builder.statistics == null ? builder.discretizer : null;
        this.allowUnseenCategories = builder.allowUnseenCategories;
        this.redrawInstanceBins = builder.redrawInstanceBins;
        this.decimals = builder.decimals;
        this.classNames = List.copyOf(builder.classNames);
        this.models = new ColumnModel[statistics.width()];
        for (int j = 0; j < models.length; j++) {
            models[j] = new ColumnModel(statistics.column(j), mode == SamplingMode.DISCRETIZED);
        }
    }

    /**
     * Starts a builder from training rows.
     *
     * @param training the training rows, each as wide as {@code columns}; copied when built
     * @param columns the column descriptions, in row order
     * @return a new builder
     */
    public static Builder builder(double[][] training, List<Column> columns) {
        Objects.requireNonNull(training, "training");
        return new Builder(training, List.copyOf(columns), null);
    }

    /**
     * Starts a builder from a CSV file with a header row, read by {@link CsvReader}: numeric
     * columns stay numeric, other columns become categorical with their values as names.
     *
     * @param csv the file, UTF-8
     * @param excludedColumns names of columns to leave out, such as the label
     * @return a new builder
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file is malformed or an excluded column is missing
     */
    public static Builder fromCsv(Path csv, String... excludedColumns) throws IOException {
        TabularData data = CsvReader.read(csv).without(excludedColumns);
        return new Builder(data.rows(), data.columns(), null);
    }

    /**
     * Starts a builder from training statistics alone, for callers without the raw rows.
     *
     * @param statistics the statistics, with bins for discretized sampling
     * @return a new builder
     */
    public static Builder fromStatistics(TrainingStatistics statistics) {
        Objects.requireNonNull(statistics, "statistics");
        List<Column> columns = new ArrayList<>();
        for (ColumnStatistics column : statistics.columns()) {
            columns.add(column.column());
        }
        return new Builder(null, columns, statistics);
    }

    /**
     * Explains one row with the default options.
     *
     * @param row the row, as wide as the training data
     * @param model the black box
     * @return the explanation
     * @throws IllegalArgumentException if the row is invalid, before any model call
     * @throws org.lime4j.core.PredictionException if the model fails or returns invalid output
     */
    public Explanation explain(double[] row, Predictor<double[]> model) {
        return explain(row, model, ExplainOptions.defaults());
    }

    /**
     * Explains one row.
     *
     * @param row the row, as wide as the training data
     * @param model the black box
     * @param options the shared options; a kernel width of {@code NaN} means
     *     {@link #defaultKernelWidth()}
     * @return the explanation
     * @throws IllegalArgumentException if the row or the options are invalid, before any model
     *     call
     * @throws org.lime4j.core.PredictionException if the model fails or returns invalid output
     */
    public Explanation explain(double[] row, Predictor<double[]> model, ExplainOptions options) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        TabularSampler sampler = sampler(row);
        return LimeEngine.explain(sampler, model, options, spec(row, sampler));
    }

    /**
     * Explains one row with an asynchronous model, such as a remote service, waiting at most
     * {@link ExplainOptions#timeout()} for each batch.
     *
     * @param row the row, as wide as the training data
     * @param model the black box
     * @param options the shared options
     * @return the explanation
     * @throws IllegalArgumentException if the row or the options are invalid, before any model
     *     call
     * @throws org.lime4j.core.PredictionException if the model fails, times out or returns
     *     invalid output
     */
    public Explanation explainAsync(double[] row, AsyncPredictor<double[]> model,
            ExplainOptions options) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        TabularSampler sampler = sampler(row);
        return LimeEngine.explain(sampler, model, options, spec(row, sampler));
    }

    /**
     * Explains several rows one after another with the same options, checking every row before
     * the first model call.
     *
     * @param rows the rows; an empty list gives an empty result
     * @param model the black box
     * @param options the shared options
     * @return one explanation per row, in order
     * @throws IllegalArgumentException if a row is invalid, naming its index
     * @throws org.lime4j.core.PredictionException if the model fails or returns invalid output
     */
    public List<Explanation> explainAll(List<double[]> rows, Predictor<double[]> model,
            ExplainOptions options) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        List<TabularSampler> samplers = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            try {
                samplers.add(sampler(rows.get(r)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("row " + r + ": " + e.getMessage(), e);
            }
        }
        List<Explanation> result = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TabularSampler sampler = samplers.get(r);
            result.add(LimeEngine.explain(sampler, model, options, spec(rows.get(r), sampler)));
        }
        return result;
    }

    /**
     * Returns the training statistics the explainer samples from.
     *
     * @return the statistics
     */
    public TrainingStatistics statistics() {
        return statistics;
    }

    /**
     * Returns the sampling mode.
     *
     * @return the mode
     */
    public SamplingMode samplingMode() {
        return mode;
    }

    /**
     * Returns the kernel width used when the options set none: {@code 0.75·sqrt(columns)}.
     *
     * @return the default width
     */
    public double defaultKernelWidth() {
        return 0.75 * Math.sqrt(statistics.width());
    }

    TabularSampler sampler(double[] row) {
        Objects.requireNonNull(row, "row");
        if (row.length != statistics.width()) {
            throw new IllegalArgumentException("the row has " + row.length + " values but the"
                    + " training data has " + statistics.width() + " columns; give a row of "
                    + statistics.width() + " values");
        }
        for (int j = 0; j < row.length; j++) {
            if (!Double.isFinite(row[j])) {
                throw new IllegalArgumentException("value " + row[j] + " of column "
                        + statistics.column(j).column().name() + " is not finite; the row must"
                        + " hold finite values");
            }
        }
        TabularSampler sampler = new TabularSampler(models, mode, redrawInstanceBins, row);
        for (int j = 0; j < row.length; j++) {
            Column column = statistics.column(j).column();
            if (column.isCategorical() && sampler.instanceIndex(j) < 0 && !allowUnseenCategories) {
                throw new IllegalArgumentException("column " + column.name() + " has category "
                        + Column.formatCode(row[j]) + ", which the training data does not"
                        + " contain; use a seen category or allow unseen categories with"
                        + " allowUnseenCategories(true)");
            }
        }
        return sampler;
    }

    private ExplanationSpec spec(double[] row, TabularSampler sampler) {
        List<Feature> features = new ArrayList<>();
        for (int j = 0; j < row.length; j++) {
            ColumnStatistics column = statistics.column(j);
            String name = column.column().name();
            String value = column.column().isCategorical()
                    ? column.column().valueName(row[j]) : Column.formatCode(row[j]);
            features.add(new Feature(j, name, describe(column, row[j], sampler.instanceIndex(j)),
                    value, List.of()));
        }
        Map<String, String> configuration = new LinkedHashMap<>();
        configuration.put("samplingMode", mode.name().toLowerCase(Locale.ROOT));
        if (discretizer != null && mode == SamplingMode.DISCRETIZED) {
            configuration.put("discretizer", discretizer.name().toLowerCase(Locale.ROOT));
        }
        configuration.put("allowUnseenCategories", Boolean.toString(allowUnseenCategories));
        configuration.put("decimals", Integer.toString(decimals));
        if (mode == SamplingMode.DISCRETIZED) {
            configuration.put("redrawInstanceBins", Boolean.toString(redrawInstanceBins));
        }
        configuration.put("distance", "euclidean");
        return new ExplanationSpec("tabular", features, classNames, defaultKernelWidth(),
                configuration);
    }

    private String describe(ColumnStatistics column, double value, int index) {
        String name = column.column().name();
        if (column.column().isCategorical()) {
            String described = name + "=" + column.column().valueName(value);
            return index < 0 ? described + " (unseen)" : described;
        }
        if (mode.isContinuous() || column.bins().size() < 2) {
            return name;
        }
        double[] edges = column.edges();
        if (index == 0) {
            return name + " <= " + format(edges[0]);
        }
        if (index == edges.length) {
            return name + " > " + format(edges[edges.length - 1]);
        }
        return format(edges[index - 1]) + " < " + name + " <= " + format(edges[index]);
    }

    private String format(double value) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * A validating builder of {@link TabularExplainer}; not thread-safe.
     *
     * <p>Defaults: {@link SamplingMode#DISCRETIZED}, {@link Discretizer#QUARTILE}, no training
     * labels, no user bin edges, unseen categories rejected, two decimals in descriptions, no
     * class names.
     */
    public static final class Builder {
        private static final List<String> KEYS =
                List.of("samplingMode", "discretizer", "allowUnseenCategories",
                        "redrawInstanceBins", "decimals");

        private final double[][] training;
        private final List<Column> columns;
        private final TrainingStatistics statistics;
        private SamplingMode mode = SamplingMode.DISCRETIZED;
        private Discretizer discretizer = Discretizer.QUARTILE;
        private boolean discretizerSet;
        private int[] labels;
        private final Map<String, double[]> edges = new LinkedHashMap<>();
        private boolean allowUnseenCategories;
        private boolean redrawInstanceBins;
        private int decimals = 2;
        private List<String> classNames = List.of();

        private Builder(double[][] training, List<Column> columns, TrainingStatistics statistics) {
            this.training = training;
            this.columns = columns;
            this.statistics = statistics;
        }

        /**
         * Sets how perturbed rows are drawn.
         *
         * @param value the mode
         * @return this builder
         */
        public Builder samplingMode(SamplingMode value) {
            this.mode = Objects.requireNonNull(value, "samplingMode");
            return this;
        }

        /**
         * Sets how numeric columns are cut into bins; not available with
         * {@link #fromStatistics}, whose statistics fix the bins.
         *
         * @param value the discretizer
         * @return this builder
         */
        public Builder discretizer(Discretizer value) {
            this.discretizer = Objects.requireNonNull(value, "discretizer");
            this.discretizerSet = true;
            return this;
        }

        /**
         * Sets the training labels, one per training row, that {@link Discretizer#ENTROPY} splits
         * against.
         *
         * @param values the class of each training row
         * @return this builder
         */
        public Builder trainingLabels(int[] values) {
            this.labels = values.clone();
            return this;
        }

        /**
         * Sets the inner bin edges of one numeric column, overriding the discretizer for it.
         *
         * @param column the column name
         * @param values finite edges in strictly increasing order, at least one
         * @return this builder
         * @throws IllegalArgumentException if the edges are empty, not finite or not increasing
         */
        public Builder binEdges(String column, double... values) {
            Objects.requireNonNull(column, "column");
            if (values.length == 0) {
                throw new IllegalArgumentException("bin edges of column " + column
                        + " must contain at least one edge");
            }
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i]) || (i > 0 && !(values[i - 1] < values[i]))) {
                    throw new IllegalArgumentException("bin edges of column " + column
                            + " must be finite and strictly increasing, got "
                            + java.util.Arrays.toString(values));
                }
            }
            edges.put(column, values.clone());
            return this;
        }

        /**
         * Sets whether a row whose category was not seen in training is explained, with the
         * feature described as {@code colour=3 (unseen)}, instead of rejected.
         *
         * @param value whether to allow unseen categories
         * @return this builder
         */
        public Builder allowUnseenCategories(boolean value) {
            this.allowUnseenCategories = value;
            return this;
        }

        /**
         * Sets whether, in discretized mode, a numeric column whose drawn bin equals the
         * instance's bin gets a new value drawn inside that bin, as the Python reference does,
         * instead of keeping the instance's value. The default, {@code false}, keeps it, so the
         * rows the model receives differ from the instance only in the columns a sample
         * perturbed.
         *
         * @param value whether to redraw values inside the instance's bins
         * @return this builder
         */
        public Builder redrawInstanceBins(boolean value) {
            this.redrawInstanceBins = value;
            return this;
        }

        /**
         * Sets the number of decimals of bin edges in feature descriptions.
         *
         * @param value from 0 to 10
         * @return this builder
         * @throws IllegalArgumentException if the value is out of range
         */
        public Builder decimals(int value) {
            if (value < 0 || value > 10) {
                throw new IllegalArgumentException("decimals must be in 0..10, got " + value);
            }
            this.decimals = value;
            return this;
        }

        /**
         * Sets the class names of a classifier's output columns.
         *
         * @param values the names, in output column order
         * @return this builder
         */
        public Builder classNames(String... values) {
            this.classNames = List.of(values);
            return this;
        }

        /**
         * Applies settings given as text, as a configuration file or command line has them. The
         * keys are {@code samplingMode}, {@code discretizer}, {@code allowUnseenCategories},
         * {@code redrawInstanceBins} and {@code decimals}.
         *
         * @param settings key and value pairs
         * @return this builder
         * @throws IllegalArgumentException if a key or value is unknown, listing the allowed ones
         */
        public Builder configure(Map<String, String> settings) {
            for (Map.Entry<String, String> entry : settings.entrySet()) {
                String value = entry.getValue();
                switch (entry.getKey()) {
                    case "samplingMode":
                        samplingMode(SamplingMode.parse(value));
                        break;
                    case "discretizer":
                        discretizer(Discretizer.parse(value));
                        break;
                    case "allowUnseenCategories":
                        allowUnseenCategories(parseBoolean(entry.getKey(), value));
                        break;
                    case "decimals":
                        decimals(parseInt(entry.getKey(), value));
                        break;
                    case "redrawInstanceBins":
                        redrawInstanceBins(parseBoolean(entry.getKey(), value));
                        break;
                    default:
                        throw new IllegalArgumentException("unknown setting '" + entry.getKey()
                                + "'; allowed settings are: " + String.join(", ", KEYS));
                }
            }
            return this;
        }

        private static boolean parseBoolean(String key, String value) {
            if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                return Boolean.parseBoolean(value);
            }
            throw new IllegalArgumentException(
                    "setting " + key + " must be true or false, got '" + value + "'");
        }

        private static int parseInt(String key, String value) {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException | NullPointerException e) {
                throw new IllegalArgumentException(
                        "setting " + key + " must be a whole number, got '" + value + "'", e);
            }
        }

        /**
         * Computes the training statistics, if needed, and builds the explainer.
         *
         * @return the explainer
         * @throws IllegalArgumentException if the training data or settings are invalid: a
         *     non-finite cell (naming the column and the count), a row of the wrong width, a
         *     missing column of {@link #binEdges}, entropy bins without labels, or discretized
         *     sampling from statistics without bins
         */
        public TabularExplainer build() {
            for (String name : edges.keySet()) {
                Column column = columns.stream().filter(c -> c.name().equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("bin edges were given"
                                + " for column " + name + ", which does not exist; columns are "
                                + columns.stream().map(Column::name).toList()));
                if (column.isCategorical()) {
                    throw new IllegalArgumentException("bin edges were given for categorical"
                            + " column " + name + "; only numeric and integer columns have bins");
                }
            }
            if (statistics != null) {
                if (discretizerSet || labels != null || !edges.isEmpty()) {
                    throw new IllegalArgumentException("the bins of an explainer built from"
                            + " statistics are fixed by the statistics; do not set a discretizer,"
                            + " training labels or bin edges");
                }
                if (mode == SamplingMode.DISCRETIZED && !statistics.hasBins()) {
                    throw new IllegalArgumentException("discretized sampling needs bins for every"
                            + " numeric column, and the statistics lack some; add bins or choose"
                            + " a continuous sampling mode");
                }
                return new TabularExplainer(this, statistics);
            }
            double[][] copy = new double[training.length][];
            for (int r = 0; r < training.length; r++) {
                copy[r] = training[r].clone();
            }
            return new TabularExplainer(this, StatisticsCalculator.compute(copy, columns,
                    discretizer, labels, edges));
        }
    }
}
