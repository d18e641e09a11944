package io.github.vecnet.nn.io;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.io.TorchLayout.Param;
import io.github.vecnet.nn.layers.Module;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes the safetensors format that PyTorch and Hugging Face use, for tensors and for whole models.
 *
 * <pre>
 * offset   size  field
 * 0        8     N, the header length, unsigned little-endian
 * 8        N     UTF-8 JSON object: {"name": {"dtype": "F32"|"F64", "shape": [..], "data_offsets": [begin, end]},
 *                ..., optional "__metadata__": {"key": "value", ...}}, padded with spaces
 * 8 + N    ...   the data section: every tensor's values, row-major, little-endian; offsets are relative to it
 * </pre>
 *
 * Written files hold the tensors sorted (float64 before float32 so that every tensor stays aligned to its element
 * size, then by name), contiguous from offset 0, with the header padded to a multiple of 8 bytes, as the reference
 * implementation does. Saves replace the file atomically. Reading rejects, with a {@link ModelFormatException}
 * naming the problem, a header length beyond the file, a header that is not a JSON object, duplicate names,
 * dtypes other than F32 and F64, offsets that overlap, leave gaps, or run past the data, and a shape whose byte
 * count differs from its offsets; nothing is allocated from a header's claims before they are checked against the
 * file's size.
 *
 * <p>vecnet tensors are 2-D: a {@code [rows, cols]} entry loads as {@code rows x cols}, a 1-D {@code [n]} as a
 * {@code 1 x n} row, a 0-D {@code []} as {@code 1 x 1}. {@link #saveModel(Module, Path)} writes a module under its
 * PyTorch {@code state_dict} names ({@code "0.weight"}, {@code "0.bias"}, ...) with {@code Linear} weights
 * transposed to PyTorch's {@code [out, in]} and biases 1-D, so that an equivalent {@code torch.nn.Sequential} loads
 * the file with {@code load_state_dict}.
 */
public final class SafeTensors {
    /** The header name reserved for string metadata. */
    public static final String METADATA_KEY = "__metadata__";

    /** The largest header accepted (the reference implementation's limit). */
    static final long MAX_HEADER_BYTES = 100_000_000L;

    private SafeTensors() {}

    /**
     * A safetensors file's contents.
     *
     * @param tensors the tensors by name, in the file's data order
     * @param metadata the {@code __metadata__} entries (empty if there were none)
     */
    public record Contents(Map<String, Tensor> tensors, Map<String, String> metadata) {
        /**
         * Makes unmodifiable copies of the maps.
         *
         * @param tensors the tensors by name
         * @param metadata the metadata entries
         */
        public Contents {
            tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
            metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        }
    }

    /** One entry as the header describes it, checked against the data section. */
    private record Entry(String name, DType dtype, long[] shape, int begin, int end) {}

    // ------------------------------------------------------------------ tensors
    /**
     * Writes tensors, each as {@code [rows, cols]}, replacing {@code file} atomically.
     *
     * @param tensors the tensors by name (names must not be {@value #METADATA_KEY})
     * @param file the file to write
     * @throws IOException if writing fails
     */
    public static void save(Map<String, Tensor> tensors, Path file) throws IOException {
        save(tensors, Map.of(), file);
    }

    /**
     * Writes tensors and string metadata, replacing {@code file} atomically.
     *
     * @param tensors the tensors by name (names must not be {@value #METADATA_KEY})
     * @param metadata string entries for the {@code __metadata__} object (may be empty)
     * @param file the file to write
     * @throws IOException if writing fails
     */
    public static void save(Map<String, Tensor> tensors, Map<String, String> metadata, Path file) throws IOException {
        requireFile(file);
        AtomicFile.write(file, toBytes(tensors, metadata));
    }

    /**
     * The safetensors bytes of the given tensors, each as {@code [rows, cols]}.
     *
     * @param tensors the tensors by name (names must not be {@value #METADATA_KEY})
     * @param metadata string entries for the {@code __metadata__} object (may be empty)
     * @return the whole file's bytes
     */
    public static byte[] toBytes(Map<String, Tensor> tensors, Map<String, String> metadata) {
        if (tensors == null || metadata == null) {
            throw new IllegalArgumentException("tensors and metadata must not be null (use Map.of() for none)");
        }
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException("tensor '" + e.getKey() + "' is null");
            }
            shapes.put(e.getKey(), new long[] {e.getValue().rows(), e.getValue().cols()});
        }
        return encode(tensors, shapes, metadata);
    }

    /**
     * Reads every tensor of a safetensors file.
     *
     * @param file the file to read
     * @return the tensors by name, in the file's data order
     * @throws ModelFormatException if the file is not valid safetensors or holds a dtype or rank vecnet cannot hold
     * @throws IOException if reading fails
     */
    public static Map<String, Tensor> load(Path file) throws IOException {
        return read(file).tensors();
    }

    /**
     * Reads the tensors and the metadata of a safetensors file.
     *
     * @param file the file to read
     * @return the tensors and metadata
     * @throws ModelFormatException if the file is not valid safetensors or holds a dtype or rank vecnet cannot hold
     * @throws IOException if reading fails
     */
    public static Contents read(Path file) throws IOException {
        return fromBytes(readFile(file), String.valueOf(file));
    }

    /**
     * Decodes safetensors bytes.
     *
     * @param data the whole file's bytes
     * @param source a name for error messages (e.g. the path)
     * @return the tensors and metadata
     * @throws ModelFormatException if the data is not valid safetensors or holds a dtype or rank vecnet cannot hold
     */
    public static Contents fromBytes(byte[] data, String source) throws ModelFormatException {
        Map<String, String> metadata = new LinkedHashMap<>();
        List<Entry> entries = parse(data, source, metadata);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        for (Entry e : entries) {
            int[] rowsCols = vecnetShape(e, source);
            tensors.put(e.name(), decode(data, dataStart(data), e, rowsCols[0], rowsCols[1]));
        }
        return new Contents(tensors, metadata);
    }

    // ------------------------------------------------------------------ models
    /**
     * Writes a module's parameters under PyTorch {@code state_dict} names and layouts, replacing {@code file}
     * atomically.
     *
     * @param model the module (e.g. an {@code Mlp} or {@code Sequential})
     * @param file the file to write
     * @throws IOException if writing fails
     */
    public static void saveModel(Module model, Path file) throws IOException {
        requireFile(file);
        AtomicFile.write(file, modelToBytes(model));
    }

    /**
     * A module's parameters as safetensors bytes, under PyTorch {@code state_dict} names and layouts.
     *
     * @param model the module
     * @return the whole file's bytes
     */
    public static byte[] modelToBytes(Module model) {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        Map<String, Tensor> values = new LinkedHashMap<>();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        for (Param p : TorchLayout.of(model)) {
            values.put(p.name(), p.fileOrder());
            shapes.put(p.name(), p.fileShape());
        }
        return encode(values, shapes, Map.of("format", "pt"));
    }

    /**
     * Reads a file written by {@link #saveModel(Module, Path)} or by PyTorch (an equivalent module's
     * {@code state_dict}) into the module's parameters.
     *
     * @param model the module whose parameters receive the values
     * @param file the file to read
     * @throws ModelFormatException if the file is not valid safetensors
     * @throws IllegalArgumentException if names, shapes or dtypes differ from the model's (nothing is written then)
     * @throws IOException if reading fails
     */
    public static void loadModel(Module model, Path file) throws IOException {
        modelFromBytes(model, readFile(file), String.valueOf(file));
    }

    /**
     * Reads safetensors bytes into the module's parameters after checking every name, shape and dtype; strict like
     * PyTorch's {@code load_state_dict}: missing and unexpected names are errors.
     *
     * @param model the module whose parameters receive the values
     * @param data the whole file's bytes
     * @param source a name for error messages
     * @throws ModelFormatException if the data is not valid safetensors
     * @throws IllegalArgumentException if names, shapes or dtypes differ from the model's (nothing is written then)
     */
    public static void modelFromBytes(Module model, byte[] data, String source) throws ModelFormatException {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        List<Entry> entries = parse(data, source, new LinkedHashMap<>());
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (Entry e : entries) {
            byName.put(e.name(), e);
        }
        List<Param> params = TorchLayout.of(model);
        List<String> missing = new ArrayList<>();
        for (Param p : params) {
            if (!byName.containsKey(p.name())) {
                missing.add(p.name());
            }
        }
        List<String> unexpected = new ArrayList<>(byName.keySet());
        for (Param p : params) {
            unexpected.remove(p.name());
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new IllegalArgumentException(
                    source + " does not match the model: missing " + missing + ", unexpected " + unexpected);
        }
        for (Param p : params) {
            Entry e = byName.get(p.name());
            if (e.dtype() != p.tensor().dtype() || !Arrays.equals(e.shape(), p.fileShape())) {
                throw new IllegalArgumentException(source + ": parameter " + p.name() + " is "
                        + describe(e.dtype(), e.shape()) + " in the file, the model needs "
                        + describe(p.tensor().dtype(), p.fileShape()));
            }
        }
        // Everything checked: now copy.
        int start = dataStart(data);
        for (Param p : params) {
            Entry e = byName.get(p.name());
            long[] shape = p.fileShape();
            int rows = shape.length == 2 ? (int) shape[0] : 1;
            int cols = (int) shape[shape.length - 1];
            Tensor values = decode(data, start, e, rows, cols);
            if (p.layout() == TorchLayout.Layout.TRANSPOSED) {
                Tensor target = p.tensor();
                for (int r = 0; r < target.rows(); r++) {
                    for (int c = 0; c < target.cols(); c++) {
                        target.set(r, c, values.get(c, r));
                    }
                }
            } else {
                p.tensor().copyFrom(values);
            }
        }
    }

    // ------------------------------------------------------------------ encoding
    private static byte[] encode(Map<String, Tensor> values, Map<String, long[]> shapes, Map<String, String> metadata) {
        List<String> names = new ArrayList<>(values.keySet());
        for (String name : names) {
            if (name == null || name.isEmpty() || name.equals(METADATA_KEY)) {
                throw new IllegalArgumentException(
                        "tensor name must be non-empty and not " + METADATA_KEY + ", got '" + name + "'");
            }
        }
        // Wider elements first keeps every tensor aligned to its element size; then by name.
        names.sort(Comparator.comparingInt((String n) -> -width(values.get(n).dtype()))
                .thenComparing(n -> n));
        StringBuilder header = new StringBuilder("{");
        if (!metadata.isEmpty()) {
            header.append(Json.quote(METADATA_KEY)).append(":{");
            String sep = "";
            for (Map.Entry<String, String> m : new TreeMap<>(metadata).entrySet()) {
                if (m.getValue() == null) {
                    throw new IllegalArgumentException("metadata value of '" + m.getKey() + "' is null");
                }
                header.append(sep).append(Json.quote(m.getKey())).append(':').append(Json.quote(m.getValue()));
                sep = ",";
            }
            header.append('}');
        }
        long offset = 0;
        for (String name : names) {
            Tensor t = values.get(name);
            long bytes = (long) t.size() * width(t.dtype());
            header.append(header.length() > 1 ? "," : "")
                    .append(Json.quote(name))
                    .append(":{\"dtype\":\"")
                    .append(t.dtype() == DType.FLOAT32 ? "F32" : "F64")
                    .append("\",\"shape\":[");
            long[] shape = shapes.get(name);
            for (int i = 0; i < shape.length; i++) {
                header.append(i == 0 ? "" : ",").append(shape[i]);
            }
            header.append("],\"data_offsets\":[")
                    .append(offset)
                    .append(',')
                    .append(offset + bytes)
                    .append("]}");
            offset += bytes;
        }
        header.append('}');
        byte[] json = header.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (json.length + 7) / 8 * 8;
        long total = 8L + padded + offset;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("safetensors data of " + total + " bytes is too large for one array");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(padded);
        out.put(json);
        for (int i = json.length; i < padded; i++) {
            out.put((byte) ' ');
        }
        for (String name : names) {
            Tensor t = values.get(name);
            if (t.dtype() == DType.FLOAT32) {
                out.asFloatBuffer().put(t.floatData());
            } else {
                out.asDoubleBuffer().put(t.doubleData());
            }
            out.position(out.position() + t.size() * width(t.dtype()));
        }
        return out.array();
    }

    // ------------------------------------------------------------------ decoding
    private static List<Entry> parse(byte[] data, String source, Map<String, String> metadata)
            throws ModelFormatException {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (data.length < 8) {
            throw new ModelFormatException(
                    source + " is not safetensors: " + data.length + " bytes, shorter than the 8-byte header length");
        }
        long headerLength =
                ByteBuffer.wrap(data, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (headerLength < 0 || headerLength > data.length - 8L) {
            throw new ModelFormatException(source + ": header length " + Long.toUnsignedString(headerLength)
                    + " is larger than the " + (data.length - 8) + " bytes after it");
        }
        if (headerLength > MAX_HEADER_BYTES) {
            throw new ModelFormatException(source + ": header length " + headerLength + " exceeds the limit of "
                    + MAX_HEADER_BYTES + " bytes");
        }
        if (headerLength < 2 || data[8] != '{') {
            throw new ModelFormatException(source + ": the header does not start with '{' (not a safetensors file?)");
        }
        String text = new String(data, 8, (int) headerLength, StandardCharsets.UTF_8);
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.JsonException e) {
            throw new ModelFormatException(source + ": the header is not valid JSON: " + e.getMessage());
        }
        if (!(root instanceof Map)) {
            throw new ModelFormatException(source + ": the header is not a JSON object");
        }
        long dataLength = data.length - 8L - headerLength;
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Object> e : asMap(root).entrySet()) {
            if (e.getKey().equals(METADATA_KEY)) {
                readMetadata(e.getValue(), source, metadata);
            } else {
                entries.add(entry(e.getKey(), e.getValue(), dataLength, source));
            }
        }
        entries.sort(Comparator.comparingInt(Entry::begin).thenComparingInt(Entry::end));
        long expected = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.begin() < expected) {
                throw new ModelFormatException(
                        source + ": tensor '" + e.name() + "' (bytes " + e.begin() + ".." + e.end()
                                + ") overlaps '" + entries.get(i - 1).name() + "' (bytes "
                                + entries.get(i - 1).begin() + ".."
                                + entries.get(i - 1).end() + ")");
            }
            if (e.begin() > expected) {
                throw new ModelFormatException(source + ": the data is not contiguous: bytes " + expected + ".."
                        + e.begin() + " before '" + e.name() + "' belong to no tensor");
            }
            expected = e.end();
        }
        if (expected != dataLength) {
            throw new ModelFormatException(
                    source + ": the tensors cover " + expected + " bytes of data, the file has " + dataLength);
        }
        return entries;
    }

    private static Entry entry(String name, Object value, long dataLength, String source) throws ModelFormatException {
        String where = source + ": tensor '" + name + "'";
        if (!(value instanceof Map)) {
            throw new ModelFormatException(where + " is not a JSON object");
        }
        Map<String, Object> fields = asMap(value);
        for (String key : fields.keySet()) {
            if (!key.equals("dtype") && !key.equals("shape") && !key.equals("data_offsets")) {
                throw new ModelFormatException(where + " has an unknown field '" + key + "'");
            }
        }
        Object dtypeName = fields.get("dtype");
        if (!(dtypeName instanceof String)) {
            throw new ModelFormatException(where + " has no dtype string");
        }
        DType dtype;
        if (dtypeName.equals("F32")) {
            dtype = DType.FLOAT32;
        } else if (dtypeName.equals("F64")) {
            dtype = DType.FLOAT64;
        } else {
            throw new ModelFormatException(where + " has dtype " + dtypeName + "; vecnet reads F32 and F64 only");
        }
        long[] shape = longs(fields.get("shape"), where + " shape", -1);
        long[] offsets = longs(fields.get("data_offsets"), where + " data_offsets", 2);
        if (offsets[0] > offsets[1] || offsets[1] > dataLength) {
            throw new ModelFormatException(where + " has data_offsets [" + offsets[0] + ", " + offsets[1]
                    + "] outside the " + dataLength + "-byte data section");
        }
        long elements = 1;
        for (long dim : shape) {
            if (elements != 0 && dim > Long.MAX_VALUE / Math.max(1, elements * 8)) {
                throw new ModelFormatException(where + " has an impossibly large shape " + Arrays.toString(shape));
            }
            elements *= dim;
        }
        if (elements * width(dtype) != offsets[1] - offsets[0]) {
            throw new ModelFormatException(where + " is " + describe(dtype, shape) + " = " + elements * width(dtype)
                    + " bytes, but its data_offsets span " + (offsets[1] - offsets[0]));
        }
        return new Entry(name, dtype, shape, (int) offsets[0], (int) offsets[1]);
    }

    private static void readMetadata(Object value, String source, Map<String, String> metadata)
            throws ModelFormatException {
        if (!(value instanceof Map)) {
            throw new ModelFormatException(source + ": " + METADATA_KEY + " is not a JSON object");
        }
        for (Map.Entry<String, Object> m : asMap(value).entrySet()) {
            if (!(m.getValue() instanceof String)) {
                throw new ModelFormatException(
                        source + ": " + METADATA_KEY + " value of '" + m.getKey() + "' is not a string");
            }
            metadata.put(m.getKey(), (String) m.getValue());
        }
    }

    private static long[] longs(Object value, String what, int requiredLength) throws ModelFormatException {
        if (!(value instanceof List)) {
            throw new ModelFormatException(what + " is missing or not a JSON array");
        }
        List<?> list = (List<?>) value;
        if (requiredLength >= 0 && list.size() != requiredLength) {
            throw new ModelFormatException(what + " has " + list.size() + " numbers, expected " + requiredLength);
        }
        long[] out = new long[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Long) || (Long) list.get(i) < 0) {
                throw new ModelFormatException(
                        what + " element " + i + " is " + list.get(i) + ", not a non-negative integer");
            }
            out[i] = (Long) list.get(i);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static int[] vecnetShape(Entry e, String source) throws ModelFormatException {
        long[] s = e.shape();
        long rows = s.length == 2 ? s[0] : 1;
        long cols = s.length == 0 ? 1 : s[s.length - 1];
        if (s.length > 2) {
            throw new ModelFormatException(source + ": tensor '" + e.name() + "' has shape " + Arrays.toString(s)
                    + "; vecnet tensors have at most 2 dimensions");
        }
        if (rows < 1 || cols < 1 || rows * cols > Integer.MAX_VALUE - 8) {
            throw new ModelFormatException(source + ": tensor '" + e.name() + "' has shape " + Arrays.toString(s)
                    + "; vecnet tensors need 1 to 2^31-9 elements");
        }
        return new int[] {(int) rows, (int) cols};
    }

    private static int dataStart(byte[] data) {
        return 8
                + (int) ByteBuffer.wrap(data, 0, 8)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .getLong();
    }

    private static Tensor decode(byte[] data, int start, Entry e, int rows, int cols) {
        ByteBuffer buf = ByteBuffer.wrap(data, start + e.begin(), e.end() - e.begin())
                .slice()
                .order(ByteOrder.LITTLE_ENDIAN);
        if (e.dtype() == DType.FLOAT32) {
            float[] values = new float[rows * cols];
            buf.asFloatBuffer().get(values);
            return Tensor.wrap(values, rows, cols);
        }
        double[] values = new double[rows * cols];
        buf.asDoubleBuffer().get(values);
        return Tensor.wrap(values, rows, cols);
    }

    private static int width(DType dtype) {
        return dtype == DType.FLOAT32 ? 4 : 8;
    }

    private static String describe(DType dtype, long[] shape) {
        return (dtype == DType.FLOAT32 ? "F32 " : "F64 ") + Arrays.toString(shape);
    }

    private static void requireFile(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
    }

    static byte[] readFile(Path file) throws IOException {
        requireFile(file);
        long size = Files.size(file);
        if (size > Integer.MAX_VALUE - 8) {
            throw new ModelFormatException(file + " is " + size + " bytes; vecnet reads files below 2 GiB");
        }
        return Files.readAllBytes(file);
    }
}
