package org.lime4j.onnx;

/**
 * The softmax of a row of logits divided by a temperature, shifted by the row's maximum so that no
 * term overflows.
 */
final class Softmax {
    private Softmax() {}

    static void inPlace(double[] row, double temperature) {
        for (int i = 0; i < row.length; i++) {
            row[i] /= temperature;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double value : row) {
            max = Math.max(max, value);
        }
        double sum = 0;
        for (int i = 0; i < row.length; i++) {
            row[i] = Math.exp(row[i] - max);
            sum += row[i];
        }
        for (int i = 0; i < row.length; i++) {
            row[i] /= sum;
        }
    }
}
