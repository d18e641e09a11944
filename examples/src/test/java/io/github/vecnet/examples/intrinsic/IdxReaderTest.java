package io.github.vecnet.examples.intrinsic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    private static byte[] sampleData() {
        byte[] data = new byte[3 * 4 * 5];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 37 + 200); // wraps: exercises values above 127
        }
        return data;
    }

    @Test
    void readsRawAndGzipFiles() throws IOException {
        byte[] data = sampleData();
        byte[] content = IdxTestFiles.idxBytes(new int[] {3, 4, 5}, data);
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = dir.resolve(gzip ? "a.gz" : "a");
            IdxTestFiles.write(file, content, gzip);
            IdxFile idx = IdxReader.read(file);
            assertArrayEquals(new int[] {3, 4, 5}, idx.dimensions());
            assertArrayEquals(data, idx.data());
            assertEquals(3, idx.count());
            assertEquals(20, idx.itemSize());
            assertEquals((7 * 37 + 200) % 256, idx.unsigned(7));
        }
    }

    @Test
    void truncatedRawFileGivesClearError() throws IOException {
        byte[] content = IdxTestFiles.idxBytes(new int[] {3, 4, 5}, sampleData());
        Path file = dir.resolve("short");
        Files.write(file, Arrays.copyOf(content, content.length - 7));
        IOException e = assertThrows(IOException.class, () -> IdxReader.read(file));
        assertTrue(
                e.getMessage().contains("truncated")
                        && e.getMessage().contains("60")
                        && e.getMessage().contains("53"),
                e.getMessage());
    }

    @Test
    void truncatedGzipFileGivesClearError() throws IOException {
        byte[] content = IdxTestFiles.idxBytes(new int[] {3, 4, 5}, sampleData());
        Path whole = dir.resolve("whole.gz");
        IdxTestFiles.write(whole, content, true);
        byte[] gz = Files.readAllBytes(whole);
        Path file = dir.resolve("short.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));
        IOException e = assertThrows(IOException.class, () -> IdxReader.read(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void headerCutShortGivesClearError() throws IOException {
        Path file = dir.resolve("header");
        Files.write(file, new byte[] {0, 0, 8, 3, 0, 0});
        IOException e = assertThrows(IOException.class, () -> IdxReader.read(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void rejectsWrongMagicAndType() throws IOException {
        Path notIdx = dir.resolve("text");
        Files.write(notIdx, "hello world, not idx".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(assertThrows(IOException.class, () -> IdxReader.read(notIdx))
                .getMessage()
                .contains("not an IDX"));
        Path floats = dir.resolve("floats");
        Files.write(floats, new byte[] {0, 0, 0x0d, 1, 0, 0, 0, 1, 1, 2, 3, 4});
        assertTrue(assertThrows(IOException.class, () -> IdxReader.read(floats))
                .getMessage()
                .contains("0xd"));
    }

    @Test
    void missingFashionMnistNamesPackageAndOption() {
        DataNotFoundException e = assertThrows(DataNotFoundException.class, () -> FashionMnist.load(dir));
        assertTrue(e.getMessage().contains("dataset-fashion-mnist"), e.getMessage());
        assertTrue(e.getMessage().contains("--data"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void loadsGeneratedFashionMnist() throws IOException {
        IdxTestFiles.writeSyntheticFashion(dir, 50, 20, 1L);
        FashionMnist data = FashionMnist.load(dir);
        assertEquals(50, data.trainCount());
        assertEquals(20, data.testCount());
        assertEquals(784, data.pixels());
        assertEquals(50 * 784, data.trainImages().length);
        for (float v : data.trainImages()) {
            assertTrue(v >= 0 && v <= 1);
        }
        for (int label : data.testLabels()) {
            assertTrue(label >= 0 && label <= 9);
        }
    }

    /** Labels like Fashion-MNIST's t10k file (random classes 0..9), gzip-compressed from the format description. */
    private byte[] gzipLabels(int count) throws IOException {
        SplittableRandom random = new SplittableRandom(10);
        byte[] labels = new byte[count];
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) random.nextInt(10);
        }
        Path file = dir.resolve("labels.gz");
        IdxTestFiles.write(file, IdxTestFiles.idxBytes(new int[] {count}, labels), true);
        return Files.readAllBytes(file);
    }

    /** Reads {@code bytes} as an IDX file: the parsed file, or null if the reader rejected it with an IOException. */
    private IdxFile readOrNull(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("probe.gz"), bytes);
        try {
            return IdxReader.read(file);
        } catch (IOException e) {
            assertTrue(e.getMessage().contains(file.toString()), "the message names the file: " + e.getMessage());
            return null;
        }
    }

    @Test
    void everySingleBitFlipInAGzipFileIsRejectedOrChangesNoValue() throws IOException {
        byte[] original = gzipLabels(1000);
        IdxFile clean = readOrNull(original);
        assertEquals(1000, clean.count());
        int rejected = 0;
        for (int at = 0; at < original.length; at++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] flipped = original.clone();
                flipped[at] ^= (byte) (1 << bit);
                IdxFile read = readOrNull(flipped);
                if (read == null) {
                    rejected++;
                } else {
                    // Harmless flips exist (the gzip time stamp, unused padding bits): they must not change a value.
                    assertArrayEquals(
                            clean.dimensions(), read.dimensions(), "flip at byte " + at + " changed the header");
                    assertArrayEquals(clean.data(), read.data(), "flip at byte " + at + " changed the data unnoticed");
                }
            }
        }
        assertTrue(rejected > 0, "no flip was rejected");
    }

    @Test
    void shortGzipAndRawFilesAreRejected() throws IOException {
        byte[] gzip = gzipLabels(300);
        byte[] raw = IdxTestFiles.idxBytes(new int[] {3, 4, 5}, sampleData());
        for (int cut = 1; cut <= 20; cut++) {
            assertEquals(null, readOrNull(Arrays.copyOf(gzip, gzip.length - cut)), "gzip missing its last " + cut);
            assertEquals(null, readOrNull(Arrays.copyOf(raw, raw.length - cut)), "raw missing its last " + cut);
        }
    }

    @Test
    void trailingBytesAreRejected() throws IOException {
        byte[] gzip = gzipLabels(300);
        byte[] raw = IdxTestFiles.idxBytes(new int[] {3, 4, 5}, sampleData());
        Path second = dir.resolve("second.gz");
        IdxTestFiles.write(second, new byte[] {1, 2, 3}, true);
        byte[][] tails = {{0}, "junk".getBytes(StandardCharsets.US_ASCII), new byte[100], Files.readAllBytes(second)};
        for (byte[] tail : tails) {
            assertEquals(null, readOrNull(concat(gzip, tail)), "gzip + " + tail.length + " trailing bytes");
            assertEquals(null, readOrNull(concat(raw, tail)), "raw + " + tail.length + " trailing bytes");
        }
    }

    @Test
    void aTinyFileAnnouncingHugeDataIsRejectedWithoutAllocatingIt() throws IOException {
        byte[] hugeRaw = IdxTestFiles.idxBytes(new int[] {Integer.MAX_VALUE - 9}, new byte[16]);
        byte[] hugeGzip = gzip(IdxTestFiles.idxBytes(new int[] {60000, 28, 1120}, new byte[20]));
        byte[] overflowing = IdxTestFiles.idxBytes(new int[] {65536, 65536}, new byte[4]);
        for (byte[] bytes : new byte[][] {hugeRaw, hugeGzip, overflowing}) {
            long before = allocatedBytes();
            assertEquals(null, readOrNull(bytes));
            long allocated = allocatedBytes() - before;
            assertTrue(
                    allocated < (16 << 20),
                    "a " + bytes.length + "-byte file made the reader allocate " + allocated + " bytes");
        }
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private byte[] gzip(byte[] content) throws IOException {
        Path file = dir.resolve("content.gz");
        IdxTestFiles.write(file, content, true);
        return Files.readAllBytes(file);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
