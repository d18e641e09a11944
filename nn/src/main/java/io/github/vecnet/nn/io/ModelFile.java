package io.github.vecnet.nn.io;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Module;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Saves and loads a module's parameters (all of them, trainable or frozen) in a small binary format. Loading
 * restores every bit, so {@code load(save(m))} is bit-identical, including NaN payloads.
 *
 * <pre>
 * All integers and values big-endian.
 * offset  size   field
 * 0       8      magic: ASCII "VECNETNN"
 * 8       4      format version (int) = 1
 * 12      4      number of parameters P (int)
 * then P records, in the module's namedParameters() order:
 *         2      name length L in bytes (unsigned short)
 *         L      name, UTF-8 (e.g. "0.weight")
 *         1      dtype: 1 = float32, 2 = float64
 *         4      rows (int)
 *         4      cols (int)
 *         r*c*w  values, row-major, IEEE 754 raw bits (w = 4 or 8)
 * end     4      CRC-32 (java.util.zip.CRC32) of every preceding byte
 * </pre>
 *
 * A file is accepted only if the magic, version and checksum are right and its names, dtypes and shapes equal the
 * module's, in order; nothing is written into the module before all of that has been checked.
 */
public final class ModelFile {
    /** The eight magic bytes. */
    public static final String MAGIC = "VECNETNN";
    /** The version this code writes and reads. */
    public static final int VERSION = 1;

    private static final byte FLOAT32 = 1;
    private static final byte FLOAT64 = 2;

    private ModelFile() {}

    /**
     * Writes the model's parameters to {@code file}, replacing it atomically ({@link AtomicFile}): a crash or kill
     * during the save leaves the old file intact.
     *
     * @param model the module
     * @param file the file to write
     * @throws IOException if writing fails
     */
    public static void save(Module model, Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        AtomicFile.write(file, toBytes(model));
    }

    /**
     * Writes the model's parameters to {@code out} (not closed).
     *
     * @param model the module
     * @param out the stream to write to
     * @throws IOException if writing fails
     */
    public static void save(Module model, OutputStream out) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        out.write(toBytes(model));
        out.flush();
    }

    /**
     * The model's parameters in the file format.
     *
     * @param model the module
     * @return the bytes of the file
     */
    public static byte[] toBytes(Module model) {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            Map<String, Tensor> params = model.namedParameters();
            out.write(MAGIC.getBytes(StandardCharsets.US_ASCII));
            out.writeInt(VERSION);
            out.writeInt(params.size());
            for (Map.Entry<String, Tensor> e : params.entrySet()) {
                byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
                if (name.length > 0xFFFF) {
                    throw new IllegalArgumentException("parameter name longer than 65535 bytes: " + e.getKey());
                }
                Tensor t = e.getValue();
                out.writeShort(name.length);
                out.write(name);
                out.writeByte(t.dtype() == DType.FLOAT32 ? FLOAT32 : FLOAT64);
                out.writeInt(t.rows());
                out.writeInt(t.cols());
                if (t.dtype() == DType.FLOAT32) {
                    for (float v : t.floatData()) {
                        out.writeInt(Float.floatToRawIntBits(v));
                    }
                } else {
                    for (double v : t.doubleData()) {
                        out.writeLong(Double.doubleToRawLongBits(v));
                    }
                }
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("in-memory write failed", e);
        }
    }

    /**
     * Reads {@code file} into the model's parameters.
     *
     * @param model the module
     * @param file the file to read
     * @throws IOException if reading fails or the file is not a valid model file ({@link ModelFormatException})
     */
    public static void load(Module model, Path file) throws IOException {
        if (model == null || file == null) {
            throw new IllegalArgumentException("model and file must not be null");
        }
        fromBytes(model, Files.readAllBytes(file), file.toString());
    }

    /**
     * Reads the whole stream (not closed) into the model's parameters.
     *
     * @param model the module
     * @param in the stream to read
     * @throws IOException if reading fails or the data is not a valid model file ({@link ModelFormatException})
     */
    public static void load(Module model, InputStream in) throws IOException {
        if (model == null || in == null) {
            throw new IllegalArgumentException("model and in must not be null");
        }
        fromBytes(model, in.readAllBytes(), "stream");
    }

    /**
     * Reads {@code data} into the model's parameters after checking everything.
     *
     * @param model the module
     * @param data the whole file's bytes
     * @param source a name for error messages
     * @throws ModelFormatException if the data is not a valid version-1 model file (bad magic, checksum, truncation)
     * @throws IllegalArgumentException if the file is valid but its parameters do not match the model's
     */
    public static void fromBytes(Module model, byte[] data, String source) throws ModelFormatException {
        if (model == null || data == null) {
            throw new IllegalArgumentException("model and data must not be null");
        }
        if (data.length < MAGIC.length() + 12
                || !new String(data, 0, MAGIC.length(), StandardCharsets.US_ASCII).equals(MAGIC)) {
            throw new ModelFormatException(source + " is not a vecnet model file (missing \"" + MAGIC + "\" header)");
        }
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.BIG_ENDIAN);
        buf.position(MAGIC.length());
        int version = buf.getInt();
        if (version != VERSION) {
            throw new ModelFormatException(
                    source + " has format version " + version + "; this vecnet reads version " + VERSION);
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - 4);
        int stored = ByteBuffer.wrap(data, data.length - 4, 4)
                .order(ByteOrder.BIG_ENDIAN)
                .getInt();
        if (stored != (int) crc.getValue()) {
            throw new ModelFormatException(source + " is corrupt or truncated: CRC-32 is "
                    + Integer.toHexString((int) crc.getValue()) + ", the file says " + Integer.toHexString(stored));
        }
        List<Map.Entry<String, Tensor>> expected =
                new ArrayList<>(model.namedParameters().entrySet());
        int count = buf.getInt();
        if (count != expected.size()) {
            throw new IllegalArgumentException(source + " holds " + count + " parameters, the model has "
                    + expected.size() + " " + names(expected));
        }
        int[] offsets = new int[count];
        int end = data.length - 4;
        for (int i = 0; i < count; i++) {
            String name;
            byte dtype;
            int rows;
            int cols;
            try {
                int len = Short.toUnsignedInt(buf.getShort());
                name = new String(data, buf.position(), len, StandardCharsets.UTF_8);
                buf.position(buf.position() + len);
                dtype = buf.get();
                rows = buf.getInt();
                cols = buf.getInt();
            } catch (RuntimeException e) {
                throw new ModelFormatException(source + " is truncated in the header of parameter " + i);
            }
            Map.Entry<String, Tensor> want = expected.get(i);
            Tensor t = want.getValue();
            if (dtype != FLOAT32 && dtype != FLOAT64) {
                throw new ModelFormatException(source + ": parameter " + name + " has unknown dtype code " + dtype);
            }
            String fileDesc = name + " " + rows + " x " + cols + " " + (dtype == FLOAT32 ? "float32" : "float64");
            String modelDesc = want.getKey() + " " + t.shape() + " " + t.dtype().label();
            if (!name.equals(want.getKey())
                    || rows != t.rows()
                    || cols != t.cols()
                    || (dtype == FLOAT32) != (t.dtype() == DType.FLOAT32)) {
                throw new IllegalArgumentException(source + " does not match the model at parameter " + i
                        + ": file has " + fileDesc + ", model has " + modelDesc);
            }
            long bytes = (long) rows * cols * (dtype == FLOAT32 ? 4 : 8);
            if (buf.position() + bytes > end) {
                throw new ModelFormatException(source + " is truncated in the values of " + name);
            }
            offsets[i] = buf.position();
            buf.position((int) (buf.position() + bytes));
        }
        if (buf.position() != end) {
            throw new ModelFormatException(
                    source + " has " + (end - buf.position()) + " unexpected bytes after the last" + " parameter");
        }
        // Everything checked: now copy.
        for (int i = 0; i < count; i++) {
            Tensor t = expected.get(i).getValue();
            ByteBuffer values = ByteBuffer.wrap(data).order(ByteOrder.BIG_ENDIAN);
            values.position(offsets[i]);
            if (t.dtype() == DType.FLOAT32) {
                values.asFloatBuffer().get(t.floatData());
            } else {
                values.asDoubleBuffer().get(t.doubleData());
            }
        }
    }

    private static String names(List<Map.Entry<String, Tensor>> entries) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Tensor> e : entries) {
            out.add(e.getKey());
        }
        return out.toString();
    }
}
