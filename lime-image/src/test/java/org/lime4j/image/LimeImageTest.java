package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LimeImageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4})
    void bufferedImageRoundTripKeepsSamples(int channels) {
        LimeImage image = pattern(7, 5, channels);
        BufferedImage buffered = image.toBufferedImage();
        LimeImage back = LimeImage.fromBufferedImage(buffered);
        assertThat(back.shape()).isEqualTo(image.shape());
        assertThat(back.samples()).isEqualTo(image.samples());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4})
    void pngRoundTripKeepsSamples(int channels) throws Exception {
        LimeImage image = pattern(9, 4, channels);
        Path file = dir.resolve("image.png");
        image.writePng(file);
        LimeImage back = LimeImage.read(file);
        assertThat(back.shape()).isEqualTo(image.shape());
        assertThat(back.samples()).isEqualTo(image.samples());
    }

    @Test
    void photoLoadsAsRgb() {
        LimeImage astronaut = TestData.photo("astronaut.png");
        assertThat(astronaut.width()).isEqualTo(512);
        assertThat(astronaut.height()).isEqualTo(512);
        assertThat(astronaut.channels()).isEqualTo(3);
    }

    @Test
    void resizeKeepsUniformColour() {
        LimeImage uniform = LimeImage.ofInts(10, 10, 3, filled(300, 77));
        LimeImage small = uniform.resize(3, 4);
        assertThat(small.shape()).isEqualTo("3×4×3");
        for (int i = 0; i < 36; i++) {
            assertThat(small.sample(i)).isEqualTo(77);
        }
    }

    @Test
    void wrongSampleCountIsRejected() {
        assertThatThrownBy(() -> LimeImage.of(4, 4, 3, new byte[47]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4×4×3")
                .hasMessageContaining("48 samples, got 47");
    }

    @Test
    void twoChannelsAreRejected() {
        assertThatThrownBy(() -> LimeImage.of(4, 4, 2, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got 2");
    }

    @Test
    void ofCopiesItsInput() {
        byte[] samples = new byte[4];
        LimeImage image = LimeImage.of(2, 2, 1, samples);
        samples[0] = 9;
        assertThat(image.sample(0)).isZero();
    }

    static LimeImage pattern(int width, int height, int channels) {
        int[] samples = new int[width * height * channels];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (i * 37 + 11) % 256;
        }
        return LimeImage.ofInts(width, height, channels, samples);
    }

    static int[] filled(int length, int value) {
        int[] samples = new int[length];
        java.util.Arrays.fill(samples, value);
        return samples;
    }
}
