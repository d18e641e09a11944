package io.github.vecnet.nn.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpyTest {
    @TempDir
    Path dir;

    /** A .npy file with a hand-written header (version 1 or 2) and the given data bytes. */
    private static byte[] npy(int major, String dict, byte[] data) {
        int prefix = major == 1 ? 10 : 12;
        int padding = (64 - (prefix + dict.length() + 1) % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer b =
                ByteBuffer.allocate(prefix + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            b.putShort((short) header.length());
        } else {
            b.putInt(header.length());
        }
        return b.put(header.getBytes(StandardCharsets.US_ASCII)).put(data).array();
    }

    private static byte[] doubles(ByteOrder order, double... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(order);
        for (double v : values) {
            b.putDouble(v);
        }
        return b.array();
    }

    @Test
    void writesNumpysVersionOneLayout() {
        Tensor t = Tensor.copyOf(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        ByteBuffer values = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : t.floatData()) {
            values.putFloat(v);
        }
        byte[] expected = npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", values.array());
        assertArrayEquals(expected, Npy.toBytes(t));
        assertEquals(0, (Npy.toBytes(t).length - 24) % 64, "data starts at a multiple of 64");
    }

    @Test
    void roundTripsBothDtypes() throws Exception {
        Path f = dir.resolve("x.npy");
        Tensor d = Tensor.copyOf(new double[] {Math.E, -0.0, Double.MAX_VALUE}, 3, 1);
        Npy.save(d, f);
        Tensor back = Npy.load(f);
        assertEquals(DType.FLOAT64, back.dtype());
        assertEquals("3 x 1", back.shape());
        assertArrayEquals(d.doubleData(), back.doubleData());
    }

    @Test
    void readsBigEndianFortranOrderAndOtherVersions() throws Exception {
        // [[1, 2, 3], [4, 5, 6]] in Fortran (column-major) order: 1 4 2 5 3 6.
        Tensor t = Npy.fromBytes(
                npy(
                        2,
                        "{'descr': '>f8', 'fortran_order': True, 'shape': (2, 3), }",
                        doubles(ByteOrder.BIG_ENDIAN, 1, 4, 2, 5, 3, 6)),
                "f");
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, t.doubleData());
        Tensor row = Npy.fromBytes(
                npy(
                        1,
                        "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }",
                        doubles(ByteOrder.LITTLE_ENDIAN, 7, 8, 9)),
                "r");
        assertEquals("1 x 3", row.shape());
        Tensor scalar = Npy.fromBytes(
                npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (), }", doubles(ByteOrder.LITTLE_ENDIAN, 7)),
                "s");
        assertEquals(7.0, scalar.item());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "integer dtype | {'descr': '<i4', 'fortran_order': False, 'shape': (2,), }    | 8  | dtype '<i4'",
                "3-D           | {'descr': '<f8', 'fortran_order': False, 'shape': (1, 1, 2), } | 16 | at most 2 dimensions",
                "short data    | {'descr': '<f8', 'fortran_order': False, 'shape': (3,), }    | 16 | needs 24 data bytes, the file has 16",
                "missing key   | {'descr': '<f8', 'shape': (2,), }                             | 16 | needs exactly",
                "unknown key   | {'descr': '<f8', 'fortran_order': False, 'shape': (2,), 'x': 1, } | 16 | unknown .npy header key 'x'",
                "empty         | {'descr': '<f8', 'fortran_order': False, 'shape': (0,), }    | 0  | need 1 to"
            })
    void rejectsWithAClearMessage(String label, String dict, int dataBytes, String message) {
        ModelFormatException e = assertThrows(
                ModelFormatException.class, () -> Npy.fromBytes(npy(1, dict, new byte[dataBytes]), "bad.npy"));
        assertTrue(e.getMessage().contains(message), label + ": " + e.getMessage());
    }

    @Test
    void rejectsNonNpyAndOversizedHeaders() {
        assertThrows(
                ModelFormatException.class,
                () -> Npy.fromBytes("hello world".getBytes(StandardCharsets.US_ASCII), "t"));
        byte[] f = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", new byte[8]);
        f[8] = (byte) 0xff;
        f[9] = (byte) 0xff;
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> Npy.fromBytes(f, "h"));
        assertTrue(e.getMessage().contains("header length 65535 is larger"), e.getMessage());
        byte[] v9 = f.clone();
        v9[6] = 9;
        assertTrue(assertThrows(ModelFormatException.class, () -> Npy.fromBytes(v9, "v"))
                .getMessage()
                .contains("version 9.0"));
    }
}
