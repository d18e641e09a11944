package io.github.vecnet.nn.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Mlp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path dir;

    private static Mlp mlp(DType dtype, long seed) {
        return Mlp.builder()
                .widths(3, 5, 2)
                .dtype(dtype)
                .rng(new SplittableRandom(seed))
                .build();
    }

    @Test
    void roundTripIsBitIdenticalForBothDtypesIncludingSpecialValues() throws Exception {
        for (DType dtype : DType.values()) {
            Mlp saved = mlp(dtype, 1);
            saved.linears().get(0).weight().set(0, 0, Double.NaN);
            saved.linears().get(0).weight().set(0, 1, Double.NEGATIVE_INFINITY);
            saved.linears().get(0).weight().set(0, 2, -0.0);
            saved.linears().get(1).freezeWeight();
            Path file = dir.resolve("m-" + dtype.label() + ".vnn");
            ModelFile.save(saved, file);
            Mlp loaded = mlp(dtype, 2);
            ModelFile.load(loaded, file);
            for (String name : saved.namedParameters().keySet()) {
                Tensor a = saved.namedParameters().get(name);
                Tensor b = loaded.namedParameters().get(name);
                for (int i = 0; i < a.size(); i++) {
                    if (dtype == DType.FLOAT32) {
                        assertEquals(
                                Float.floatToRawIntBits(a.floatData()[i]),
                                Float.floatToRawIntBits(b.floatData()[i]),
                                name);
                    } else {
                        assertEquals(
                                Double.doubleToRawLongBits(a.doubleData()[i]),
                                Double.doubleToRawLongBits(b.doubleData()[i]),
                                name);
                    }
                }
            }
            assertArrayEquals(ModelFile.toBytes(saved), Files.readAllBytes(file));
            assertArrayEquals(ModelFile.toBytes(saved), ModelFile.toBytes(loaded));
        }
    }

    @Test
    void layoutFollowsTheDocumentedFormat() {
        Mlp m = mlp(DType.FLOAT64, 3);
        byte[] bytes = ModelFile.toBytes(m);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        byte[] magic = new byte[8];
        buf.get(magic);
        assertEquals("VECNETNN", new String(magic, StandardCharsets.US_ASCII));
        assertEquals(1, buf.getInt());
        assertEquals(4, buf.getInt());
        int len = buf.getShort();
        byte[] name = new byte[len];
        buf.get(name);
        assertEquals("0.weight", new String(name, StandardCharsets.UTF_8));
        assertEquals(2, buf.get());
        assertEquals(3, buf.getInt());
        assertEquals(5, buf.getInt());
        assertEquals(m.linears().get(0).weight().get(0, 0), buf.getDouble());
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        assertEquals(
                (int) crc.getValue(),
                ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt());
        // 8 + 4 + 4 + per parameter (2 + name + 1 + 8 + values) + 4
        int expected = 16 + (2 + 8 + 9 + 15 * 8) + (2 + 6 + 9 + 5 * 8) + (2 + 8 + 9 + 10 * 8) + (2 + 6 + 9 + 2 * 8) + 4;
        assertEquals(expected, bytes.length);
    }

    @Test
    void corruptTruncatedAndForeignFilesAreRejectedWithoutTouchingTheModel() {
        Mlp m = mlp(DType.FLOAT64, 4);
        byte[] good = ModelFile.toBytes(m);
        Mlp target = mlp(DType.FLOAT64, 5);
        byte[] before = ModelFile.toBytes(target);

        byte[] flipped = good.clone();
        flipped[40] ^= 0x10;
        ModelFormatException e =
                assertThrows(ModelFormatException.class, () -> ModelFile.fromBytes(target, flipped, "f"));
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());

        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 9);
        assertThrows(ModelFormatException.class, () -> ModelFile.fromBytes(target, truncated, "t"));

        byte[] foreign = "PK\u0003\u0004 definitely not a model".getBytes(StandardCharsets.ISO_8859_1);
        e = assertThrows(ModelFormatException.class, () -> ModelFile.fromBytes(target, foreign, "zip"));
        assertTrue(e.getMessage().contains("not a vecnet model file"), e.getMessage());

        byte[] future = good.clone();
        future[11] = 9;
        e = assertThrows(ModelFormatException.class, () -> ModelFile.fromBytes(target, future, "v9"));
        assertTrue(e.getMessage().contains("version 9"), e.getMessage());

        assertArrayEquals(before, ModelFile.toBytes(target));
    }

    @Test
    void mismatchedModelsAreRejectedWithNamesAndShapes() {
        byte[] file = ModelFile.toBytes(mlp(DType.FLOAT64, 6));
        Mlp wider = Mlp.builder().widths(3, 6, 2).rng(new SplittableRandom(1)).build();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ModelFile.fromBytes(wider, file, "m"));
        assertTrue(e.getMessage().contains("0.weight 3 x 5") && e.getMessage().contains("3 x 6"), e.getMessage());
        Mlp f32 = mlp(DType.FLOAT32, 6);
        e = assertThrows(IllegalArgumentException.class, () -> ModelFile.fromBytes(f32, file, "m"));
        assertTrue(e.getMessage().contains("float32"), e.getMessage());
        Mlp deeper =
                Mlp.builder().widths(3, 5, 2, 2).rng(new SplittableRandom(1)).build();
        assertThrows(IllegalArgumentException.class, () -> ModelFile.fromBytes(deeper, file, "m"));
    }

    @Test
    void nullArgumentsAreIllegalArgumentsNotNullPointers() {
        Mlp net = Mlp.builder().widths(1, 2, 1).rng(new SplittableRandom(1)).build();
        assertThrows(IllegalArgumentException.class, () -> ModelFile.load(net, (Path) null));
        assertThrows(IllegalArgumentException.class, () -> ModelFile.load(net, (InputStream) null));
        assertThrows(IllegalArgumentException.class, () -> ModelFile.load(null, Path.of("x")));
        assertThrows(IllegalArgumentException.class, () -> ModelFile.save(net, (Path) null));
        assertThrows(IllegalArgumentException.class, () -> ModelFile.save(net, (OutputStream) null));
    }

    @Test
    void savingReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Mlp first = Mlp.builder().widths(2, 3, 1).rng(new SplittableRandom(1)).build();
        Mlp second = Mlp.builder().widths(2, 3, 1).rng(new SplittableRandom(2)).build();
        Path file = dir.resolve("m.bin");
        ModelFile.save(first, file);
        ModelFile.save(second, file);
        assertArrayEquals(ModelFile.toBytes(second), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        IOException e = assertThrows(IOException.class, () -> ModelFile.save(first, dir));
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
        assertThrows(
                IOException.class,
                () -> ModelFile.save(first, dir.resolve("missing").resolve("m.bin")));
    }
}
