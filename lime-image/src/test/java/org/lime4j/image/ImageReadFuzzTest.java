package org.lime4j.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random image files: valid PNG, JPEG, BMP and GIF files of random shapes and channel
 * counts, then truncated, with bytes flipped or inserted, with a header claiming a huge size,
 * empty, or random bytes. {@link LimeImage#read} must return an image of a valid shape or throw
 * an {@link IOException} whose message names the file; never another exception type and never
 * a hang.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ImageReadFuzzTest {
    private static final int CASES = 1200;
    private static final String[] FORMATS = {"png", "jpg", "bmp", "gif"};
    private static final List<byte[]> ORIGINALS = new ArrayList<>();
    private static final AtomicInteger READ = new AtomicInteger();

    @TempDir
    Path directory;

    @BeforeAll
    static void encodeOriginals() {
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 24; i++) {
            String format = FORMATS[i % FORMATS.length];
            int type = switch (i % 3) {
                case 0 -> BufferedImage.TYPE_BYTE_GRAY;
                case 1 -> BufferedImage.TYPE_INT_RGB;
                default -> format.equals("png") ? BufferedImage.TYPE_INT_ARGB
                        : BufferedImage.TYPE_INT_RGB;
            };
            BufferedImage image = new BufferedImage(1 + random.nextInt(40), 1 + random.nextInt(40),
                    type);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, random.nextInt());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                assertThat(ImageIO.write(image, format, bytes)).as("writer for %s", format)
                        .isTrue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ORIGINALS.add(bytes.toByteArray());
        }
    }

    /** Checks that the mutations leave enough files readable to test the decoding path. */
    @AfterAll
    static void someFilesRead() {
        System.out.println("image fuzz: " + READ.get() + " of " + CASES + " read");
        assertThat(READ.get()).as("cases that ended in an image").isGreaterThan(CASES / 10);
    }

    static IntStream seeds() {
        return IntStream.range(0, CASES);
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("seeds")
    void readEndsInImageOrIoException(int seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 11);
        byte[] content = mutate(random, ORIGINALS.get(random.nextInt(ORIGINALS.size())));
        Path file = directory.resolve("case-" + seed + "." + FORMATS[random.nextInt(4)]);
        Files.write(file, content);

        LimeImage image;
        try {
            image = LimeImage.read(file);
        } catch (IOException e) {
            assertThat(e.getMessage()).as("message of %s", e).contains(file.toString());
            return;
        }
        assertThat(image.width()).isPositive();
        assertThat(image.height()).isPositive();
        assertThat(image.channels()).isIn(1, 3, 4);
        assertThat(image.samples()).hasSize(image.pixels() * image.channels());
        READ.incrementAndGet();
    }

    private static byte[] mutate(SplittableRandom random, byte[] original) {
        byte[] bytes = original.clone();
        switch (random.nextInt(8)) {
            case 0 -> {
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case 1 -> {
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return bytes;
            }
            case 2 -> {
                int at = random.nextInt(bytes.length);
                byte[] inserted = new byte[bytes.length + 16];
                System.arraycopy(bytes, 0, inserted, 0, at);
                for (int i = 0; i < 16; i++) {
                    inserted[at + i] = (byte) random.nextInt(256);
                }
                System.arraycopy(bytes, at, inserted, at + 16, bytes.length - at);
                return inserted;
            }
            case 3 -> {
                return hugeHeader(random, bytes);
            }
            case 4 -> {
                return new byte[0];
            }
            case 5 -> {
                byte[] noise = new byte[random.nextInt(2000)];
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = (byte) random.nextInt(256);
                }
                return noise;
            }
            case 6 -> {
                int from = 8 + random.nextInt(Math.max(1, bytes.length - 8));
                for (int i = from; i < bytes.length; i++) {
                    bytes[i] = (byte) random.nextInt(256);
                }
                return bytes;
            }
            default -> {
                return bytes;
            }
        }
    }

    /** Overwrites the width and height fields of a PNG or BMP header with large values. */
    private static byte[] hugeHeader(SplittableRandom random, byte[] bytes) {
        int size = random.nextBoolean() ? 0x7FFFFFFF : 60000 + random.nextInt(100000);
        if (bytes.length > 24 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            putBigEndian(bytes, 16, size);
            putBigEndian(bytes, 20, size);
        } else if (bytes.length > 26 && bytes[0] == 'B' && bytes[1] == 'M') {
            putLittleEndian(bytes, 18, size);
            putLittleEndian(bytes, 22, size);
        } else if (bytes.length > 10 && bytes[0] == 'G' && bytes[1] == 'I') {
            bytes[6] = (byte) 0xFF;
            bytes[7] = (byte) 0xFF;
            bytes[8] = (byte) 0xFF;
            bytes[9] = (byte) 0xFF;
        }
        return bytes;
    }

    private static void putBigEndian(byte[] bytes, int at, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >>> (24 - 8 * i));
        }
    }

    private static void putLittleEndian(byte[] bytes, int at, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
