package io.github.vecnet.examples.common;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * A small RFC 4180 CSV writer: one header, then rows. Fields containing a comma, a quote, CR/LF or surrounding
 * blanks are quoted (inner quotes doubled). Doubles and floats are written with {@link Double#toString} /
 * {@link Float#toString}, the shortest text that reads back to the same value, so no digit is lost.
 *
 * <p>{@link #openForAppend} continues an existing file with the same header, which is how {@code --full} runs
 * resume after an interruption. Every row is flushed, so an interrupted run leaves only complete rows.
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

  /**
   * Appends to {@code file} if it exists with exactly this header, else creates it. A file with a different header
   * is an error (a resumed run must not mix two layouts).
   */
  public static CsvWriter openForAppend(Path file, String... header) throws IOException {
    checkHeader(header);
    if (!Files.exists(file) || Files.size(file) == 0) {
      return create(file, header);
    }
    List<String[]> existing = CsvReader.read(file);
    if (existing.isEmpty() || !Arrays.equals(existing.get(0), header)) {
      throw new IllegalArgumentException("cannot resume " + file + ": its header differs from "
          + String.join(",", header) + " (delete the file or use another --out)");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (!text.endsWith("\n")) {
      // An interrupted run left half a line: drop it so appended rows start on a fresh line.
      Files.writeString(file, text.substring(0, text.lastIndexOf('\n') + 1), StandardCharsets.UTF_8);
    }
    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return new CsvWriter(out, header.length);
  }

  /** Writes one row; the number of values must equal the number of header columns. */
  public CsvWriter row(Object... values) {
    if (values == null || values.length != columns) {
      throw new IllegalArgumentException("values: expected " + columns + " columns, got "
          + (values == null ? "null" : values.length));
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

  /** Writes pre-formatted complete lines in one call (a run's block, so an interruption splits no run). */
  void raw(String lines) throws IOException {
    out.write(lines);
    out.flush();
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

  static String text(Object value) {
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
    boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
        || field.indexOf('\r') >= 0 || (!field.isEmpty() && (field.charAt(0) == ' '
        || field.charAt(field.length() - 1) == ' '));
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
