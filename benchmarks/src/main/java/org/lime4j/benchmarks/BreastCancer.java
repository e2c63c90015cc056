package org.lime4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Breast Cancer Wisconsin (Diagnostic) data: 569 rows of 30 numeric features, read from the
 * copy in this module's resources. Immutable after loading, and the arrays it returns are copies.
 */
final class BreastCancer {
    /** The number of feature columns. */
    static final int COLUMNS = 30;

    /** The column names as scikit-learn spells them, in file order. */
    static final List<String> NAMES = List.of(
            "mean radius", "mean texture", "mean perimeter", "mean area", "mean smoothness",
            "mean compactness", "mean concavity", "mean concave points", "mean symmetry",
            "mean fractal dimension", "radius error", "texture error", "perimeter error",
            "area error", "smoothness error", "compactness error", "concavity error",
            "concave points error", "symmetry error", "fractal dimension error", "worst radius",
            "worst texture", "worst perimeter", "worst area", "worst smoothness",
            "worst compactness", "worst concavity", "worst concave points", "worst symmetry",
            "worst fractal dimension");

    private static final String RESOURCE = "breast_cancer.csv";
    private static final double[][] ROWS;
    private static final int[] TARGETS;

    static {
        double[][] table = load();
        ROWS = new double[table.length][];
        TARGETS = new int[table.length];
        for (int i = 0; i < table.length; i++) {
            ROWS[i] = Arrays.copyOf(table[i], COLUMNS);
            TARGETS[i] = (int) table[i][COLUMNS];
        }
    }

    private BreastCancer() {}

    /** Returns a copy of the 569 feature rows, without the class column. */
    static double[][] rows() {
        double[][] copy = new double[ROWS.length][];
        for (int i = 0; i < ROWS.length; i++) {
            copy[i] = ROWS[i].clone();
        }
        return copy;
    }

    /** Returns a copy of the class of every row: 0 = malignant, 1 = benign. */
    static int[] targets() {
        return TARGETS.clone();
    }

    /** Reads the feature rows with the class appended as column 30. */
    private static double[][] load() {
        InputStream in = BreastCancer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + RESOURCE + " not found next to "
                    + BreastCancer.class.getName() + "; rebuild the benchmarks module");
        }
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            int expected = Integer.parseInt(header.split(",")[0]);
            List<double[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(parseRow(line, rows.size() + 2));
                }
            }
            if (rows.size() != expected) {
                throw new IllegalStateException(RESOURCE + " declares " + expected
                        + " rows but contains " + rows.size());
            }
            return rows.toArray(new double[0][]);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read " + RESOURCE, e);
        }
    }

    private static double[] parseRow(String line, int lineNumber) {
        String[] cells = line.split(",");
        if (cells.length != COLUMNS + 1) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + " has "
                    + cells.length + " cells, expected " + (COLUMNS + 1));
        }
        double[] row = new double[COLUMNS + 1];
        for (int j = 0; j <= COLUMNS; j++) {
            row[j] = Double.parseDouble(cells[j]);
        }
        return row;
    }
}
