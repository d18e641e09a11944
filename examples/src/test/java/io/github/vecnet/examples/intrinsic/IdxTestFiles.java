package io.github.vecnet.examples.intrinsic;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/** Writes small IDX files for tests, byte by byte from the format description (not with the reader's code). */
final class IdxTestFiles {
    private IdxTestFiles() {}

    static byte[] idxBytes(int[] dimensions, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(0);
        out.writeByte(0);
        out.writeByte(0x08);
        out.writeByte(dimensions.length);
        for (int dim : dimensions) {
            out.writeInt(dim);
        }
        out.write(data);
        out.flush();
        return bytes.toByteArray();
    }

    static void write(Path file, byte[] content, boolean gzip) throws IOException {
        try (OutputStream out =
                gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(content);
        }
    }

    /**
     * A tiny Fashion-MNIST look-alike: each class c lights a distinct block of pixels (plus noise), so a linear model
     * can learn it. Writes the four gzip files into {@code dir}.
     */
    static void writeSyntheticFashion(Path dir, int trainCount, int testCount, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        writeSplit(dir, "train", trainCount, random);
        writeSplit(dir, "t10k", testCount, random);
    }

    private static void writeSplit(Path dir, String prefix, int count, SplittableRandom random) throws IOException {
        int side = 28;
        byte[] images = new byte[count * side * side];
        byte[] labels = new byte[count];
        for (int p = 0; p < count; p++) {
            int label = random.nextInt(10);
            labels[p] = (byte) label;
            for (int px = 0; px < side * side; px++) {
                int row = px / side;
                boolean lit = row >= label * 2 + 4 && row < label * 2 + 6;
                int value = (lit ? 200 : 0) + random.nextInt(40);
                images[p * side * side + px] = (byte) value;
            }
        }
        write(dir.resolve(prefix + "-images-idx3-ubyte.gz"), idxBytes(new int[] {count, side, side}, images), true);
        write(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), idxBytes(new int[] {count}, labels), true);
    }
}
