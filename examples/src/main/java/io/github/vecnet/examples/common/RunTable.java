package io.github.vecnet.examples.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A results CSV made of runs: the first {@code keyColumns} columns identify a run (e.g. d, teacher, width, batch,
 * seed, m) and a run's rows are written together when it finishes. Opened with {@code resume = true}, an existing
 * file with the same header is kept and {@link #done} tells which runs to skip, so an interrupted {@code --full}
 * run continues where it stopped; with {@code resume = false} the file starts afresh.
 */
public final class RunTable implements AutoCloseable {
  private final CsvWriter writer;
  private final String[] header;
  private final int keyColumns;
  private final Set<List<String>> finished = new HashSet<>();
  private final List<String[]> rows = new ArrayList<>();
  private final int resumedRuns;

  private RunTable(CsvWriter writer, String[] header, int keyColumns, List<String[]> existing) {
    this.writer = writer;
    this.header = header;
    this.keyColumns = keyColumns;
    for (String[] row : existing) {
      if (row.length == header.length) {
        rows.add(row);
        finished.add(Arrays.asList(Arrays.copyOf(row, keyColumns)));
      }
    }
    this.resumedRuns = finished.size();
  }

  public static RunTable open(Path file, String[] header, int keyColumns, boolean resume) throws IOException {
    if (header == null || keyColumns < 1 || keyColumns > header.length) {
      throw new IllegalArgumentException("keyColumns: expected 1.." + (header == null ? 0 : header.length)
          + ", got " + keyColumns);
    }
    List<String[]> existing = new ArrayList<>();
    CsvWriter writer;
    if (resume && Files.exists(file)) {
      writer = CsvWriter.openForAppend(file, header);
      List<String[]> all = CsvReader.read(file);
      existing.addAll(all.subList(Math.min(1, all.size()), all.size()));
    } else {
      writer = CsvWriter.create(file, header);
    }
    return new RunTable(writer, header.clone(), keyColumns, existing);
  }

  /** Whether a run with this key is already in the file. */
  public boolean done(Object... key) {
    return finished.contains(keyOf(key));
  }

  /** Number of runs found in the file when it was opened. */
  public int resumedRuns() {
    return resumedRuns;
  }

  /** Appends all rows of one run (each must start with the same key). */
  public synchronized void writeRun(List<Object[]> runRows) {
    if (runRows.isEmpty()) {
      return;
    }
    List<String> key = keyOf(Arrays.copyOf(runRows.get(0), keyColumns));
    StringBuilder block = new StringBuilder();
    List<String[]> texts = new ArrayList<>();
    for (Object[] row : runRows) {
      if (row.length != header.length) {
        throw new IllegalArgumentException("row: expected " + header.length + " columns, got " + row.length);
      }
      if (!keyOf(Arrays.copyOf(row, keyColumns)).equals(key)) {
        throw new IllegalArgumentException("runRows: every row of a run must have the key " + key);
      }
      String[] text = new String[row.length];
      for (int i = 0; i < row.length; i++) {
        text[i] = CsvWriter.text(row[i]);
      }
      texts.add(text);
    }
    for (String[] text : texts) {
      block.append(CsvWriter.format((Object[]) text)).append('\n');
    }
    try {
      writer.raw(block.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows.addAll(texts);
    finished.add(key);
  }

  /** Every row (resumed and new), as text, header excluded. */
  public List<String[]> rows() {
    return Collections.unmodifiableList(rows);
  }

  /** Index of a header column. */
  public int column(String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("column: no column '" + name + "' in " + Arrays.toString(header));
  }

  private static List<String> keyOf(Object[] key) {
    List<String> k = new ArrayList<>(key.length);
    for (Object o : key) {
      k.add(CsvWriter.text(o));
    }
    return k;
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
