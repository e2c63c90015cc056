package org.lime4j.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.lime4j.core.ExplainOptions;
import org.lime4j.core.Explanation;
import org.lime4j.core.FeatureWeight;
import org.lime4j.core.Predictor;

/**
 * Tabular explanations whose memory must not grow with {@code d²} or with the sample count:
 * 50,000 features and 500 samples in a 512 MB heap, and 200,000 samples of 30 features in a
 * 256 MB heap. Each runs {@link Child} in its own JVM with that heap limit, so the bound applies
 * whatever heap the test JVM has.
 */
class ScaleReliabilityTest {
    private static final long TIMEOUT_MINUTES = 5;

    /** C16 with 50,000 features: exactly 500 model rows, finite weights, x0 among the top two. */
    @Test
    void fiftyThousandFeaturesFitIn512Megabytes() throws Exception {
        String output = runChild(512, 50_000, 500);
        assertThat(output).contains("rows=500").contains("features=50000");
    }

    @Test
    void twoHundredThousandSamplesFitIn256Megabytes() throws Exception {
        String output = runChild(256, 30, 200_000);
        assertThat(output).contains("rows=200000").contains("features=30");
    }

    private static String runChild(int heapMegabytes, int features, int samples)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx" + heapMegabytes + "m",
                "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                Integer.toString(features), Integer.toString(samples))
                .redirectErrorStream(true);
        Process process = builder.start();
        byte[] bytes = process.getInputStream().readAllBytes();
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(bytes, StandardCharsets.UTF_8);
        assertThat(finished).as("finished within %d minutes", TIMEOUT_MINUTES).isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
        long heap = Long.parseLong(output.replaceAll("(?s).*maxHeapMiB=(\\d+).*", "$1"));
        assertThat(heap).as("heap limit of the child JVM in MiB")
                .isLessThanOrEqualTo(heapMegabytes);
        return output;
    }

    /**
     * Builds a quartile-discretized explainer on 100 Gaussian training rows of the given width,
     * explains row 0 with a logistic model of the first two columns, checks the result and
     * prints the model rows evaluated and the heap limit.
     */
    static final class Child {
        private Child() {}

        public static void main(String[] args) {
            int d = Integer.parseInt(args[0]);
            int n = Integer.parseInt(args[1]);
            Random random = new Random(16);
            double[][] training = new double[100][d];
            for (double[] row : training) {
                for (int j = 0; j < d; j++) {
                    row[j] = random.nextGaussian();
                }
            }
            List<Column> columns = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                columns.add(Column.numeric("x" + j));
            }
            TabularExplainer explainer = TabularExplainer.builder(training, columns).build();
            AtomicLong rows = new AtomicLong();
            Predictor<double[]> model = batch -> {
                rows.addAndGet(batch.size());
                double[][] out = new double[batch.size()][];
                for (int i = 0; i < out.length; i++) {
                    double p = 1 / (1 + Math.exp(-(2 * batch.get(i)[0] - batch.get(i)[1])));
                    out[i] = new double[] {1 - p, p};
                }
                return out;
            };
            Explanation explanation = explainer.explain(training[0], model,
                    ExplainOptions.builder().numSamples(n).seed(16).build());

            check(rows.get() == n, "model rows " + rows.get() + " != " + n);
            check(explanation.effectiveSampleSize() > 1, "effective sample size "
                    + explanation.effectiveSampleSize());
            for (FeatureWeight weight : explanation.label(1).weights()) {
                check(Double.isFinite(weight.weight()), "weight " + weight);
            }
            List<Integer> top = explanation.label(1).weights().stream().limit(2)
                    .map(FeatureWeight::feature).toList();
            check(top.contains(0), "x0 is not among the top two features: " + top);
            System.out.println("rows=" + rows.get() + " features=" + d + " maxHeapMiB="
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }

        private static void check(boolean condition, String message) {
            if (!condition) {
                throw new AssertionError(message);
            }
        }
    }
}
