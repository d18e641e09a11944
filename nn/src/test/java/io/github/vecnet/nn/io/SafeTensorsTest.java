package io.github.vecnet.nn.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Mlp;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTensorsTest {
    @TempDir
    Path dir;

    /** A safetensors file from a header written by hand and {@code dataBytes} bytes 0, 1, 2, ... */
    private static byte[] file(String json, int dataBytes) {
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + header.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(header.length).put(header);
        for (int i = 0; i < dataBytes; i++) {
            b.put((byte) i);
        }
        return b.array();
    }

    @Test
    void writesTheReferenceLayoutByteForByte() {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("b", Tensor.copyOf(new float[] {1.5f, -2f}, 1, 2));
        tensors.put("a", Tensor.copyOf(new double[] {0.25}, 1, 1));
        byte[] bytes = SafeTensors.toBytes(tensors, Map.of("format", "pt"));

        String json = "{\"__metadata__\":{\"format\":\"pt\"},"
                + "\"a\":{\"dtype\":\"F64\",\"shape\":[1,1],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[1,2],\"data_offsets\":[8,16]}}";
        String padded = json + " ".repeat((8 - json.length() % 8) % 8);
        ByteBuffer expected = ByteBuffer.allocate(8 + padded.length() + 16).order(ByteOrder.LITTLE_ENDIAN);
        expected.putLong(padded.length()).put(padded.getBytes(StandardCharsets.US_ASCII));
        expected.putLong(Double.doubleToLongBits(0.25));
        expected.putInt(Float.floatToIntBits(1.5f)).putInt(Float.floatToIntBits(-2f));
        assertArrayEquals(expected.array(), bytes);
    }

    @Test
    void roundTripIsBitExactAndKeepsMetadata() throws Exception {
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        tensors.put("w", Tensor.copyOf(new float[] {Float.intBitsToFloat(0x7fc01234), -0f, 3e-42f, 1, 2, 3}, 2, 3));
        tensors.put("v", Tensor.copyOf(new double[] {Math.PI, Double.MIN_VALUE, -1}, 3, 1));
        Path f = dir.resolve("t.safetensors");
        SafeTensors.save(tensors, Map.of("k", "v \"quoted\" \\ é"), f);
        SafeTensors.Contents back = SafeTensors.read(f);
        assertEquals(Map.of("k", "v \"quoted\" \\ é"), back.metadata());
        assertEquals(List.of("v", "w"), List.copyOf(back.tensors().keySet()));
        Tensor w = back.tensors().get("w");
        assertEquals(DType.FLOAT32, w.dtype());
        assertEquals("2 x 3", w.shape());
        for (int i = 0; i < 6; i++) {
            assertEquals(
                    Float.floatToRawIntBits(tensors.get("w").floatData()[i]),
                    Float.floatToRawIntBits(w.floatData()[i]));
        }
        assertArrayEquals(tensors.get("v").doubleData(), back.tensors().get("v").doubleData());
        assertEquals(0, (Files.size(f) - 8 - 4 * 6 - 8 * 3) % 8, "header padded to a multiple of 8");
    }

    @Test
    void readsOneAndZeroDimensionalEntries() throws Exception {
        byte[] f = file(
                "{\"s\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]},"
                        + "\"v\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}",
                12);
        Map<String, Tensor> t = SafeTensors.fromBytes(f, "x").tensors();
        assertEquals("1 x 1", t.get("s").shape());
        assertEquals("1 x 2", t.get("v").shape());
        float expected = ByteBuffer.wrap(new byte[] {4, 5, 6, 7})
                .order(ByteOrder.LITTLE_ENDIAN)
                .getFloat();
        assertEquals(expected, t.get("v").floatData()[0]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not JSON              | {\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}   | 4 | not valid JSON",
                "not an object         | [1, 2]                                                          | 0 | does not start with '{'",
                "duplicate name        | {\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}} | 8 | duplicate name \"a\"",
                "unsupported dtype     | {\"a\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[0,4]}} | 4 | dtype BF16; vecnet reads F32 and F64 only",
                "byte count mismatch   | {\"a\":{\"dtype\":\"F64\",\"shape\":[2],\"data_offsets\":[0,8]}}  | 8 | F64 [2] = 16 bytes, but its data_offsets span 8",
                "out of range          | {\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}  | 4 | outside the 4-byte data section",
                "overlap               | {\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}} | 8 | overlaps",
                "gap                   | {\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}  | 8 | not contiguous: bytes 0..4",
                "trailing data         | {\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}  | 8 | cover 4 bytes of data, the file has 8",
                "negative dimension    | {\"a\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}} | 4 | not a non-negative integer",
                "begin after end       | {\"a\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[4,0]}}  | 4 | outside",
                "missing offsets       | {\"a\":{\"dtype\":\"F32\",\"shape\":[1]}}                          | 4 | data_offsets is missing",
                "unknown field         | {\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4],\"x\":1}} | 4 | unknown field 'x'",
                "three dimensions      | {\"a\":{\"dtype\":\"F32\",\"shape\":[1,1,1],\"data_offsets\":[0,4]}} | 4 | at most 2 dimensions",
                "metadata not strings  | {\"__metadata__\":{\"k\":1}}                                       | 0 | is not a string",
                "deep nesting          | {\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]} | 0 | nested deeper"
            })
    void rejectsBadHeadersWithAClearMessage(String label, String json, int dataBytes, String message) {
        ModelFormatException e = assertThrows(
                ModelFormatException.class, () -> SafeTensors.fromBytes(file(json, dataBytes), "bad.safetensors"));
        assertTrue(e.getMessage().startsWith("bad.safetensors"), e.getMessage());
        assertTrue(e.getMessage().contains(message), label + ": " + e.getMessage());
    }

    @Test
    void aHugeHeaderLengthIsAnErrorNotAnOutOfMemoryError() {
        for (long claimed : new long[] {-1L, Long.MAX_VALUE, 1L << 40, 50}) {
            byte[] f = ByteBuffer.allocate(24)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putLong(claimed)
                    .array();
            ModelFormatException e = assertThrows(ModelFormatException.class, () -> SafeTensors.fromBytes(f, "h"));
            assertTrue(e.getMessage().contains("is larger than the 16 bytes after it"), e.getMessage());
        }
        assertThrows(ModelFormatException.class, () -> SafeTensors.fromBytes(new byte[5], "short"));
    }

    @Test
    void modelUsesTorchNamesAndLayouts() throws Exception {
        Mlp net = Mlp.builder(DType.FLOAT64)
                .widths(3, 4, 2)
                .activation(Activation.RELU)
                .rng(new SplittableRandom(5))
                .build();
        Map<String, Tensor> stored =
                SafeTensors.fromBytes(SafeTensors.modelToBytes(net), "m").tensors();
        assertEquals(List.of("0.bias", "0.weight", "2.bias", "2.weight"), List.copyOf(stored.keySet()), "sorted");
        Linear first = net.linears().get(0);
        Tensor w = stored.get("0.weight");
        assertEquals("4 x 3", w.shape(), "torch stores [out, in]");
        for (int in = 0; in < 3; in++) {
            for (int out = 0; out < 4; out++) {
                assertEquals(first.weight().get(in, out), w.get(out, in));
            }
        }
        assertEquals("1 x 4", stored.get("0.bias").shape());

        Mlp other = Mlp.builder(DType.FLOAT64)
                .widths(3, 4, 2)
                .rng(new SplittableRandom(99))
                .build();
        Path f = dir.resolve("m.safetensors");
        SafeTensors.saveModel(net, f);
        SafeTensors.loadModel(other, f);
        for (String name : net.namedParameters().keySet()) {
            assertArrayEquals(
                    net.namedParameters().get(name).doubleData(),
                    other.namedParameters().get(name).doubleData(),
                    name);
        }
    }

    @Test
    void modelMismatchIsRejectedBeforeAnythingIsWritten() {
        Mlp net = Mlp.builder(DType.FLOAT32)
                .widths(3, 4, 2)
                .rng(new SplittableRandom(5))
                .build();
        byte[] bytes = SafeTensors.modelToBytes(net);
        Mlp wider = Mlp.builder(DType.FLOAT32)
                .widths(3, 5, 2)
                .rng(new SplittableRandom(6))
                .build();
        float[] before = wider.linears().get(0).bias().floatData().clone();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SafeTensors.modelFromBytes(wider, bytes, "m"));
        assertTrue(
                e.getMessage().contains("parameter 0.weight is F32 [4, 3] in the file, the model needs F32 [5, 3]"),
                e.getMessage());
        assertArrayEquals(before, wider.linears().get(0).bias().floatData());

        Mlp doubles = Mlp.builder(DType.FLOAT64)
                .widths(3, 4, 2)
                .rng(new SplittableRandom(5))
                .build();
        e = assertThrows(IllegalArgumentException.class, () -> SafeTensors.modelFromBytes(doubles, bytes, "m"));
        assertTrue(e.getMessage().contains("F32 [4, 3] in the file, the model needs F64 [4, 3]"), e.getMessage());

        Mlp deeper = Mlp.builder(DType.FLOAT32)
                .widths(3, 4, 4, 2)
                .rng(new SplittableRandom(5))
                .build();
        e = assertThrows(IllegalArgumentException.class, () -> SafeTensors.modelFromBytes(deeper, bytes, "m"));
        assertTrue(e.getMessage().contains("missing [4.weight, 4.bias]"), e.getMessage());
    }

    @Test
    void saveReplacesAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Path f = dir.resolve("a.safetensors");
        Files.writeString(f, "old");
        SafeTensors.save(Map.of("x", Tensor.ones(2, 2, DType.FLOAT32)), f);
        assertEquals("2 x 2", SafeTensors.load(f).get("x").shape());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList());
        }
    }
}
