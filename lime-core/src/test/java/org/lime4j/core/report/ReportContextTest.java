package org.lime4j.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportContextTest {
    @Test
    void sha256MatchesStandardVector() {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        assertThat(ReportContext.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void fileDigestEqualsBytesDigest(@TempDir Path folder) throws IOException {
        byte[] content = new byte[100_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path file = Files.write(folder.resolve("model.bin"), content);

        assertThat(ReportContext.sha256(file)).isEqualTo(ReportContext.sha256(content));
    }

    @Test
    void invalidDigestIsRejected() {
        assertThatThrownBy(() -> ReportContext.builder().modelFile("m.onnx", "abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 hexadecimal digits, got 'abc'");
    }

    @Test
    void nonPngImageIsRejected() {
        assertThatThrownBy(() -> new ReportImage("mask", new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mask' is not a PNG file");
    }
}
