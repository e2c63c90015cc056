package org.lime4j.tabular;

import java.util.List;
import java.util.stream.LongStream;
import org.lime4j.core.Predictor;
import smile.base.cart.SplitRule;
import smile.classification.LogisticRegression;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;

/** Real black boxes trained with Smile 3.1.1 (GPL-3.0, test scope only), with fixed seeds. */
final class SmileModels {
    private SmileModels() {}

    /** A random forest of 100 trees whose output is its class probabilities. */
    static Predictor<double[]> randomForest(double[][] x, int[] y, List<Column> columns,
            long seed) {
        String[] names = columns.stream().map(c -> c.name().replaceAll("[^A-Za-z0-9]", "_"))
                .toArray(String[]::new);
        DataFrame features = DataFrame.of(x, names);
        StructType schema = features.schema();
        DataFrame data = features.merge(IntVector.of("label", y));
        int mtry = (int) Math.floor(Math.sqrt(columns.size()));
        RandomForest forest = RandomForest.fit(Formula.lhs("label"), data, 100, mtry,
                SplitRule.GINI, 20, 500, 5, 1.0, null, LongStream.range(seed, seed + 100));
        int classes = 2;
        return batch -> {
            double[][] out = new double[batch.size()][];
            for (int i = 0; i < out.length; i++) {
                double[] posterior = new double[classes];
                forest.predict(Tuple.of(batch.get(i), schema), posterior);
                out[i] = posterior;
            }
            return out;
        };
    }

    /**
     * Trains a binomial logistic regression on standardized inputs, with an L2 penalty of 0.1 so
     * that the fit converges when columns are nearly collinear.
     */
    static Predictor<double[]> logistic(double[][] x, int[] y) {
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double[] column = new double[x.length];
            for (int r = 0; r < x.length; r++) {
                column[r] = x[r][j];
            }
            double[] moments = StatisticsCalculator.moments(column);
            mean[j] = moments[0];
            scale[j] = moments[1] > 0 ? moments[1] : 1;
        }
        double[][] standardized = new double[x.length][d];
        for (int r = 0; r < x.length; r++) {
            for (int j = 0; j < d; j++) {
                standardized[r][j] = (x[r][j] - mean[j]) / scale[j];
            }
        }
        LogisticRegression model = LogisticRegression.binomial(standardized, y, 0.1, 1e-6, 500);
        return batch -> {
            double[][] out = new double[batch.size()][];
            double[] row = new double[d];
            for (int i = 0; i < out.length; i++) {
                for (int j = 0; j < d; j++) {
                    row[j] = (batch.get(i)[j] - mean[j]) / scale[j];
                }
                double[] posterior = new double[2];
                model.predict(row, posterior);
                out[i] = posterior;
            }
            return out;
        };
    }
}
