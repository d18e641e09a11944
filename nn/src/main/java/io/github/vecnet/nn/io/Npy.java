package io.github.vecnet.nn.io;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes NumPy's {@code .npy} format (what {@code np.save} / {@code np.load} use) for float32 and
 * float64 tensors.
 *
 * <pre>
 * offset  size  field
 * 0       6     magic "\x93NUMPY"
 * 6       2     format version: major, minor (1.0, 2.0 or 3.0)
 * 8       2|4   header length H, little-endian (2 bytes in version 1, 4 bytes in versions 2 and 3)
 * 10|12   H     a Python dict literal, e.g. {'descr': '&lt;f4', 'fortran_order': False, 'shape': (2, 3), }
 *               padded with spaces and a final newline so that the data starts at a multiple of 64
 * then          the values, C (row-major) or Fortran (column-major) order
 * </pre>
 *
 * Writing produces version 1.0, little-endian ({@code <f4} / {@code <f8}), C order, shape {@code (rows, cols)}.
 * Reading accepts versions 1.0 to 3.0, {@code <f4 <f8 >f4 >f8} (and {@code =} as little-endian), C or Fortran
 * order, and shapes {@code ()}, {@code (n,)} (a {@code 1 x n} row) and {@code (rows, cols)}; anything else, and a
 * data section of the wrong size, is a {@link ModelFormatException}.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");
    private static final Pattern KEY = Pattern.compile("'([^']*)'\\s*:");

    private Npy() {}

    /**
     * Writes a tensor as a 2-D array, replacing {@code file} atomically.
     *
     * @param tensor the tensor
     * @param file the file to write
     * @throws IOException if writing fails
     */
    public static void save(Tensor tensor, Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        AtomicFile.write(file, toBytes(tensor));
    }

    /**
     * The {@code .npy} bytes of a tensor: version 1.0, little-endian, C order, shape {@code (rows, cols)}.
     *
     * @param tensor the tensor
     * @return the whole file's bytes
     */
    public static byte[] toBytes(Tensor tensor) {
        if (tensor == null) {
            throw new IllegalArgumentException("tensor must not be null");
        }
        boolean single = tensor.dtype() == DType.FLOAT32;
        String dict = "{'descr': '" + (single ? "<f4" : "<f8") + "', 'fortran_order': False, 'shape': (" + tensor.rows()
                + ", " + tensor.cols() + "), }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1; // + the final newline
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        int width = single ? 4 : 8;
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + header.length() + tensor.size() * width)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        out.put(header.getBytes(StandardCharsets.US_ASCII));
        if (single) {
            out.asFloatBuffer().put(tensor.floatData());
        } else {
            out.asDoubleBuffer().put(tensor.doubleData());
        }
        return out.array();
    }

    /**
     * Reads a {@code .npy} file.
     *
     * @param file the file to read
     * @return the array as a tensor ({@code (n,)} becomes {@code 1 x n}, {@code ()} becomes {@code 1 x 1})
     * @throws ModelFormatException if the file is not a float32/float64 {@code .npy} of at most two dimensions
     * @throws IOException if reading fails
     */
    public static Tensor load(Path file) throws IOException {
        return fromBytes(SafeTensors.readFile(file), String.valueOf(file));
    }

    /**
     * Decodes {@code .npy} bytes.
     *
     * @param data the whole file's bytes
     * @param source a name for error messages
     * @return the array as a tensor ({@code (n,)} becomes {@code 1 x n}, {@code ()} becomes {@code 1 x 1})
     * @throws ModelFormatException if the data is not a float32/float64 {@code .npy} of at most two dimensions
     */
    public static Tensor fromBytes(byte[] data, String source) throws ModelFormatException {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (data.length < 10 || data[i] != MAGIC[i]) {
                throw new ModelFormatException(source + " is not a .npy file (missing the \\x93NUMPY magic)");
            }
        }
        int major = data[6];
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength;
        int headerStart;
        if (major == 1) {
            headerLength = Short.toUnsignedInt(buf.getShort(8));
            headerStart = 10;
        } else if ((major == 2 || major == 3) && data.length >= 12) {
            headerLength = Integer.toUnsignedLong(buf.getInt(8));
            headerStart = 12;
        } else {
            throw new ModelFormatException(
                    source + " has .npy format version " + major + "." + data[7] + "; vecnet reads 1.0, 2.0 and 3.0");
        }
        if (headerLength > data.length - headerStart) {
            throw new ModelFormatException(source + ": header length " + headerLength + " is larger than the "
                    + (data.length - headerStart) + " bytes after it");
        }
        String header = new String(
                        data,
                        headerStart,
                        (int) headerLength,
                        major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1)
                .trim();
        if (!header.startsWith("{") || !header.endsWith("}")) {
            throw new ModelFormatException(source + ": the .npy header is not a Python dict: " + header);
        }
        Matcher keys = KEY.matcher(header);
        int keyCount = 0;
        while (keys.find()) {
            keyCount++;
            String key = keys.group(1);
            if (!key.equals("descr") && !key.equals("fortran_order") && !key.equals("shape")) {
                throw new ModelFormatException(source + ": unknown .npy header key '" + key + "'");
            }
        }
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shapeMatch = SHAPE.matcher(header);
        if (keyCount != 3 || !descr.find() || !fortran.find() || !shapeMatch.find()) {
            throw new ModelFormatException(
                    source + ": the .npy header needs exactly 'descr', 'fortran_order' and " + "'shape': " + header);
        }
        ByteOrder order;
        int width;
        switch (descr.group(1)) {
            case "<f4":
            case "=f4":
                order = ByteOrder.LITTLE_ENDIAN;
                width = 4;
                break;
            case ">f4":
                order = ByteOrder.BIG_ENDIAN;
                width = 4;
                break;
            case "<f8":
            case "=f8":
                order = ByteOrder.LITTLE_ENDIAN;
                width = 8;
                break;
            case ">f8":
                order = ByteOrder.BIG_ENDIAN;
                width = 8;
                break;
            default:
                throw new ModelFormatException(
                        source + " holds dtype '" + descr.group(1) + "'; vecnet reads <f4, <f8, >f4 " + "and >f8");
        }
        long[] shape = parseShape(shapeMatch.group(1), source);
        long rows = shape.length == 2 ? shape[0] : 1;
        long cols = shape.length == 0 ? 1 : shape[shape.length - 1];
        if (rows < 1 || cols < 1 || rows * cols > Integer.MAX_VALUE - 8) {
            throw new ModelFormatException(
                    source + " has shape (" + shapeMatch.group(1) + "); vecnet tensors need 1 to " + "2^31-9 elements");
        }
        int start = headerStart + (int) headerLength;
        long expected = rows * cols * width;
        if (data.length - start != expected) {
            throw new ModelFormatException(source + ": shape (" + shapeMatch.group(1) + ") of " + descr.group(1)
                    + " needs " + expected + " data bytes, the file has " + (data.length - start));
        }
        ByteBuffer values = ByteBuffer.wrap(data, start, (int) expected).slice().order(order);
        int r = (int) rows;
        int c = (int) cols;
        Tensor out = Tensor.zeros(r, c, width == 4 ? DType.FLOAT32 : DType.FLOAT64);
        boolean columnMajor = fortran.group(1).equals("True");
        for (int i = 0; i < r * c; i++) {
            double v = width == 4 ? values.getFloat(i * 4) : values.getDouble(i * 8);
            // Fortran order stores element (row, col) at col * rows + row.
            out.set(columnMajor ? (i % r) * c + i / r : i, v);
        }
        return out;
    }

    private static long[] parseShape(String inside, String source) throws ModelFormatException {
        String trimmed = inside.trim();
        if (trimmed.isEmpty()) {
            return new long[0];
        }
        if (trimmed.endsWith(",")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String[] parts = trimmed.split(",");
        if (parts.length > 2) {
            throw new ModelFormatException(
                    source + " has shape (" + inside + "); vecnet tensors have at most 2 " + "dimensions");
        }
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim().replace("L", "");
            if (p.isEmpty() || p.length() > 12 || !p.chars().allMatch(Character::isDigit)) {
                throw new ModelFormatException(source + ": bad shape (" + inside + ")");
            }
            out[i] = Long.parseLong(p);
        }
        return out;
    }
}
