package org.lime4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's first command, {@code java -jar lime-cli/target/lime.jar demo credit}, on
 * the jar that {@code mvn package} built, in a fresh folder. Maven's failsafe plugin runs it
 * after packaging and passes the jar's path in the {@code lime.jar} system property.
 */
class ReadmeCommandIT {
    @TempDir
    Path folder;

    @Test
    void jarDemoWritesReport() throws Exception {
        Path jar = Path.of(System.getProperty("lime.jar", "target/lime.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar; run mvn package first").isRegularFile();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "demo",
                "credit").directory(folder.toFile())
                .redirectOutput(folder.resolve("out.txt").toFile())
                .redirectError(folder.resolve("err.txt").toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String out = read(folder.resolve("out.txt"));
        String err = read(folder.resolve("err.txt"));

        assertThat(finished).as("lime demo credit finished within 5 minutes").isTrue();
        assertThat(process.exitValue()).as("exit status; stderr: %s", err).isZero();
        assertThat(out).startsWith("The model predicted bad credit (");
        assertThat(folder.resolve("report/index.html")).isRegularFile();
        assertThat(folder.resolve("report/explanation.json")).isRegularFile();
        String json = read(folder.resolve("report/explanation.json"));
        assertThat(Cli.validate(json)).isEmpty();
        String html = read(folder.resolve("report/index.html"));
        assertThat(html).contains("<section id=\"audit\">");
        assertThat(html).contains("What LIME can and cannot show");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
