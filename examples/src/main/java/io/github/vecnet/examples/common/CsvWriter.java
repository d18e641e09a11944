package io.github.vecnet.examples.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small RFC 4180 CSV writer: one header, then rows. Fields containing a comma, a quote, CR/LF or surrounding
 * blanks are quoted (inner quotes doubled). Doubles and floats are written with {@link Double#toString} /
 * {@link Float#toString}, the shortest text that reads back to the same value, so no digit is lost.
 *
 * <p>Every row is flushed. Resumable run tables are written by {@link RunTable}, which also records which runs are
 * complete.
 */
public final class CsvWriter implements AutoCloseable {
    private final BufferedWriter out;
    private final int columns;

    private CsvWriter(BufferedWriter out, int columns) {
        this.out = out;
        this.columns = columns;
    }

    /** Creates (or truncates) {@code file}, creating parent directories, and writes the header. */
    public static CsvWriter create(Path file, String... header) throws IOException {
        checkHeader(header);
        createParent(file);
        CsvWriter writer = new CsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header.length);
        writer.row((Object[]) header);
        return writer;
    }

    /** Writes one row; the number of values must equal the number of header columns. */
    public CsvWriter row(Object... values) {
        if (values == null || values.length != columns) {
            throw new IllegalArgumentException(
                    "values: expected " + columns + " columns, got " + (values == null ? "null" : values.length));
        }
        try {
            out.write(format(values));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** One CSV line (without the line end) for the given values. */
    public static String format(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(text(values[i])));
        }
        return line.toString();
    }

    /** How a value is written: Double/Float with every digit, null as empty. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double) {
            return Double.toString((Double) value);
        }
        if (value instanceof Float) {
            return Float.toString((Float) value);
        }
        return value.toString();
    }

    /** Quotes a field when needed (RFC 4180). */
    public static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0
                || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
        if (!needs) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private static void checkHeader(String[] header) {
        if (header == null || header.length == 0) {
            throw new IllegalArgumentException("header: expected at least one column name");
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
