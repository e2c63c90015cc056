package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Memory is bounded by the batch size: a 1024×1024 explanation fits in a 512 MB heap. */
class LargeImageTest {
    private static final long TIMEOUT_MINUTES = 5;

    @Test
    void largeImageExplainsWithinSmallHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), LargeImageMain.class.getName())
                .redirectErrorStream(true);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(finished).as("finished within %d minutes", TIMEOUT_MINUTES).isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", text).isZero();
        assertThat(text).contains("samples=1000");
        long heap = Long.parseLong(text.replaceAll("(?s).*maxHeapMiB=(\\d+).*", "$1"));
        assertThat(heap).as("heap limit of the child JVM in MiB").isLessThanOrEqualTo(512);
    }
}
