package org.lime4j.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.lime4j.tabular.io.ArffReader;
import org.lime4j.tabular.io.TabularData;

/** Loads the real data sets copied into the test resources; see {@code data/README.md}. */
final class TestData {
    /** The feature names scikit-learn gives the breast cancer columns. */
    static final List<String> BREAST_CANCER_NAMES = List.of("mean radius", "mean texture",
            "mean perimeter", "mean area", "mean smoothness", "mean compactness", "mean concavity",
            "mean concave points", "mean symmetry", "mean fractal dimension", "radius error",
            "texture error", "perimeter error", "area error", "smoothness error",
            "compactness error", "concavity error", "concave points error", "symmetry error",
            "fractal dimension error", "worst radius", "worst texture", "worst perimeter",
            "worst area", "worst smoothness", "worst compactness", "worst concavity",
            "worst concave points", "worst symmetry", "worst fractal dimension");

    private TestData() {}

    static Path resource(String name) {
        try {
            return Path.of(TestData.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    /** The breast cancer rows (569 × 30) and labels (0 = malignant, 1 = benign). */
    record Labelled(double[][] x, int[] y) {}

    static Labelled breastCancer() throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader reader = reader("data/breast-cancer/breast_cancer.csv", false)) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(",");
                double[] row = new double[cells.length - 1];
                for (int j = 0; j < row.length; j++) {
                    row[j] = Double.parseDouble(cells[j]);
                }
                rows.add(row);
                labels.add(Integer.parseInt(cells[cells.length - 1].trim()));
            }
        }
        return new Labelled(rows.toArray(new double[0][]),
                labels.stream().mapToInt(Integer::intValue).toArray());
    }

    static List<Column> breastCancerColumns() {
        return BREAST_CANCER_NAMES.stream().map(Column::numeric).toList();
    }

    /** German credit: 20 attribute columns and the class (0 = good, 1 = bad). */
    record Credit(TabularData features, int[] y) {}

    static Credit germanCredit() throws IOException {
        TabularData all = ArffReader.read(resource("data/german-credit/credit-g.arff"));
        double[] classes = all.column("class");
        int[] y = new int[classes.length];
        for (int r = 0; r < y.length; r++) {
            y[r] = (int) classes[r];
        }
        return new Credit(all.without("class"), y);
    }

    /** Adult: 14 attribute columns and the label (1 = {@code >50K}). */
    record Census(List<Column> columns, double[][] x, int[] y) {}

    static final String[] ADULT_COLUMNS = {"age", "workclass", "fnlwgt", "education",
        "education-num", "marital-status", "occupation", "relationship", "race", "sex",
        "capital-gain", "capital-loss", "hours-per-week", "native-country"};
    static final boolean[] ADULT_CATEGORICAL = {false, true, false, true, false, true, true, true,
        true, true, false, false, false, true};

    /**
     * Reads {@code adult.data.gz} (or the test file), keeping {@code ?} as its own category and
     * coding categories in order of first appearance in the training file.
     */
    static Census adult(int maxRows) throws IOException {
        List<List<String>> names = new ArrayList<>();
        for (int j = 0; j < ADULT_COLUMNS.length; j++) {
            names.add(new ArrayList<>());
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader reader = reader("data/adult/adult.data.gz", true)) {
            String line;
            while ((line = reader.readLine()) != null && rows.size() < maxRows) {
                if (line.isBlank() || line.startsWith("|")) {
                    continue;
                }
                String[] cells = line.split(", ");
                double[] row = new double[ADULT_COLUMNS.length];
                for (int j = 0; j < row.length; j++) {
                    String cell = cells[j].trim();
                    if (ADULT_CATEGORICAL[j]) {
                        int code = names.get(j).indexOf(cell);
                        if (code < 0) {
                            code = names.get(j).size();
                            names.get(j).add(cell);
                        }
                        row[j] = code;
                    } else {
                        row[j] = Double.parseDouble(cell);
                    }
                }
                rows.add(row);
                labels.add(cells[14].trim().startsWith(">50K") ? 1 : 0);
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < ADULT_COLUMNS.length; j++) {
            columns.add(ADULT_CATEGORICAL[j]
                    ? Column.categorical(ADULT_COLUMNS[j], names.get(j).toArray(new String[0]))
                    : Column.integer(ADULT_COLUMNS[j]));
        }
        return new Census(columns, rows.toArray(new double[0][]),
                labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static BufferedReader reader(String name, boolean gzip) throws IOException {
        InputStream in = TestData.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalStateException("test resource " + name + " is missing");
        }
        if (gzip) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
