package org.lime4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.Predictor;
import org.lime4j.core.report.ReportContext;
import org.lime4j.tabular.Column;
import org.lime4j.tabular.TabularExplainer;
import org.lime4j.tabular.io.ArffReader;
import org.lime4j.tabular.io.TabularData;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;

/**
 * {@code lime demo credit}: trains a Smile random forest on the first 800 rows of the German
 * credit data and explains the first of the 200 held-out applications that the forest refuses
 * (predicts {@code bad}) and that the data also labels {@code bad}.
 */
final class CreditDemo {
    static final String DATA = "credit-g.arff";
    static final int TRAINING_ROWS = 800;
    static final int TREES = 100;
    /** The forest's seed, fixed so that every run trains the same model. */
    static final long MODEL_SEED = 42;
    static final int BAD = 1;

    private CreditDemo() {}

    static void run(Main main, CommonOptions common) throws IOException {
        Path file = DemoCommand.extract(DATA);
        String dataSha256 = ReportContext.sha256(file);
        TabularData data = ArffReader.read(file);
        Files.deleteIfExists(file);

        int classColumn = data.indexOf("class");
        TabularData features = data.without("class");
        double[][] rows = features.rows();
        double[][] training = java.util.Arrays.copyOf(rows, TRAINING_ROWS);
        int[] labels = new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            labels[r] = (int) data.rows()[r][classColumn];
        }
        Forest forest = Forest.train(training, java.util.Arrays.copyOf(labels, TRAINING_ROWS),
                features.columns());

        int chosen = -1;
        int correct = 0;
        for (int r = TRAINING_ROWS; r < rows.length; r++) {
            int predicted = forest.probabilities(rows[r])[BAD] >= 0.5 ? BAD : 0;
            if (predicted == labels[r]) {
                correct++;
            }
            if (chosen < 0 && predicted == BAD && labels[r] == BAD) {
                chosen = r;
            }
        }
        if (chosen < 0) {
            throw new IllegalStateException(
                    "no held-out application is labelled bad and predicted bad by the forest");
        }
        double accuracy = correct / (double) (rows.length - TRAINING_ROWS);

        TabularExplainer explainer = TabularExplainer.builder(training, features.columns())
                .classNames("good credit", "bad credit").build();
        ExplainOptions options = common.toBuilder(ExplainOptions.DEFAULT_SAMPLES).labels(BAD)
                .build();
        Explanation explanation = explainer.explain(rows[chosen], forest, options);

        ReportContext context = ReportContext.builder()
                .title("Why the model refused loan application " + (chosen + 1))
                .modelDescription(String.format(Locale.ROOT, "Smile 3.1.1 random forest, %d trees,"
                        + " seed %d, trained on rows 1-%d of %s (SHA-256 %s); accuracy %.3f on"
                        + " the %d held-out rows. Categorical columns enter the forest as their"
                        + " codes.", TREES, MODEL_SEED, TRAINING_ROWS, DATA, dataSha256, accuracy,
                        rows.length - TRAINING_ROWS))
                .inputDescription("application " + (chosen + 1) + " of " + DATA + " (held out"
                        + " from training), labelled bad in the data")
                .inputSha256(ReportContext.sha256(describeRow(features.columns(), rows[chosen])))
                .rerunCommand(main.rerunCommand())
                .build();
        double[] row = rows[chosen];
        DemoCommand.write(main, common, explanation, context,
                seed -> explainer.explain(row, forest, options.toBuilder().seed(seed).build()));
    }

    /** Writes a row as {@code name=value} lines, the text whose SHA-256 identifies the input. */
    static String describeRow(List<Column> columns, double[] row) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < columns.size(); j++) {
            Column column = columns.get(j);
            text.append(column.name()).append('=')
                    .append(column.isCategorical() ? column.valueName(row[j])
                            : Double.toString(row[j]))
                    .append('\n');
        }
        return text.toString();
    }

    /** A Smile random forest as a thread-safe predictor of class probabilities. */
    static final class Forest implements Predictor<double[]> {
        private final RandomForest forest;
        private final StructType schema;

        private Forest(RandomForest forest, StructType schema) {
            this.forest = forest;
            this.schema = schema;
        }

        static Forest train(double[][] rows, int[] labels, List<Column> columns) {
            String[] names = columns.stream().map(Column::name).toArray(String[]::new);
            DataFrame x = DataFrame.of(rows, names);
            DataFrame frame = x.merge(IntVector.of("class", labels));
            int mtry = (int) Math.floor(Math.sqrt(names.length));
            RandomForest forest = RandomForest.fit(Formula.lhs("class"), frame, TREES, mtry,
                    SplitRule.GINI, 20, 500, 5, 1.0, null,
                    LongStream.range(0, TREES).map(i -> MODEL_SEED + i));
            return new Forest(forest, x.schema());
        }

        double[] probabilities(double[] row) {
            double[] posteriori = new double[2];
            forest.predict(Tuple.of(row, schema), posteriori);
            return posteriori;
        }

        @Override
        public double[][] predict(List<double[]> batch) {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = probabilities(batch.get(i));
            }
            return out;
        }

        @Override
        public boolean isThreadSafe() {
            return true;
        }
    }
}
