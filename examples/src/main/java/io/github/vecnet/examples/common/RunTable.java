package io.github.vecnet.examples.common;

import io.github.vecnet.nn.io.AtomicFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A results CSV made of runs: the first {@code keyColumns} columns identify a run (e.g. d, teacher, width, batch,
 * seed, m) and a run's rows are written together when it finishes. Opened with {@code resume = true}, an existing
 * file with the same header is kept and {@link #done} tells which runs to skip, so an interrupted {@code --full}
 * run continues where it stopped; with {@code resume = false} the file starts afresh.
 *
 * <p>Completion is recorded, not guessed: after a run's rows are appended to {@code NAME.csv}, a record with the
 * run's key and row count is appended to the completion file {@code NAME.csv.done}. On resume a run counts as
 * finished only if its record is there and exactly that many of its rows are in the CSV; rows of any other run (cut
 * short, edited, or a torn last line from a kill) are dropped with a warning and the run is redone. The cleaned
 * files replace the old ones atomically, so an interruption at any moment loses at most the runs in progress.
 */
public final class RunTable implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunTable.class);
    private static final String ROWS_COLUMN = "rows";

    private final String[] header;
    private final int keyColumns;
    private final Map<List<String>, Integer> finished = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private int resumedRuns;
    private BufferedWriter csv;
    private BufferedWriter done;

    private RunTable(String[] header, int keyColumns) {
        this.header = header;
        this.keyColumns = keyColumns;
    }

    public static RunTable open(Path file, String[] header, int keyColumns, boolean resume) throws IOException {
        if (file == null || header == null || header.length == 0) {
            throw new IllegalArgumentException("file and a non-empty header are required");
        }
        if (keyColumns < 1 || keyColumns > header.length) {
            throw new IllegalArgumentException("keyColumns: expected 1.." + header.length + ", got " + keyColumns);
        }
        RunTable table = new RunTable(header.clone(), keyColumns);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path doneFile = completionFile(file);
        if (resume && Files.exists(file)) {
            table.resume(file, doneFile);
        }
        // Start from a clean, complete state on disk; from here on only whole runs are appended.
        AtomicFile.write(file, table.csvText().getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(doneFile, table.completionText().getBytes(StandardCharsets.UTF_8));
        table.csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        table.done = Files.newBufferedWriter(doneFile, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return table;
    }

    /**
     * The finished runs of an existing table (key as text -> its rows as text, in file order), read as a resume reads
     * them: runs without a matching completion record are left out with a warning. A missing file has no runs. The
     * files are not changed.
     */
    public static Map<List<String>, List<String[]>> readFinished(Path file, String[] header, int keyColumns)
            throws IOException {
        RunTable table = new RunTable(header.clone(), keyColumns);
        if (Files.exists(file)) {
            table.resume(file, completionFile(file));
        }
        Map<List<String>, List<String[]>> runs = new LinkedHashMap<>();
        for (String[] row : table.rows) {
            runs.computeIfAbsent(keyOf(Arrays.copyOf(row, keyColumns)), k -> new ArrayList<>())
                    .add(row);
        }
        return runs;
    }

    /** The completion file of a run table: {@code NAME.csv.done} beside {@code NAME.csv}. */
    public static Path completionFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".done");
    }

    private void resume(Path file, Path doneFile) throws IOException {
        List<String[]> existing = readRecords(file);
        if (existing.isEmpty()) {
            return;
        }
        if (!Arrays.equals(existing.get(0), header)) {
            throw new IllegalArgumentException("cannot resume " + file + ": its header differs from "
                    + String.join(",", header) + " (delete the file or use another --out)");
        }
        Map<List<String>, Integer> recorded = readCompletion(doneFile);
        Map<List<String>, List<String[]>> byRun = new LinkedHashMap<>();
        for (String[] row : existing.subList(1, existing.size())) {
            if (row.length != header.length) {
                LOG.warn("{}: dropping a row with {} columns instead of {}", file, row.length, header.length);
                continue;
            }
            byRun.computeIfAbsent(keyOf(Arrays.copyOf(row, keyColumns)), k -> new ArrayList<>())
                    .add(row);
        }
        int dropped = 0;
        for (Map.Entry<List<String>, List<String[]>> run : byRun.entrySet()) {
            Integer count = recorded.get(run.getKey());
            if (count != null && count == run.getValue().size()) {
                rows.addAll(run.getValue());
                finished.put(run.getKey(), count);
            } else {
                dropped++;
                LOG.warn(
                        "{}: run {} is incomplete ({} rows, {} recorded as finished); it will be redone",
                        file,
                        run.getKey(),
                        run.getValue().size(),
                        count == null ? "none" : count);
            }
        }
        resumedRuns = finished.size();
        if (dropped > 0) {
            LOG.warn("{}: resuming {} finished runs, redoing {} incomplete ones", file, resumedRuns, dropped);
        }
    }

    /** The records of a CSV file; a torn last line (no line end: the process was killed) is dropped with a warning. */
    private static List<String[]> readRecords(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            LOG.warn(
                    "{}: dropping a torn last line ({} characters without a line end)",
                    file,
                    text.length() - text.lastIndexOf('\n') - 1);
        }
        return CsvReader.parse(text);
    }

    private Map<List<String>, Integer> readCompletion(Path doneFile) throws IOException {
        Map<List<String>, Integer> recorded = new LinkedHashMap<>();
        if (!Files.exists(doneFile)) {
            LOG.warn("{} is missing: no run counts as finished", doneFile);
            return recorded;
        }
        List<String[]> records = readRecords(doneFile);
        if (records.isEmpty() || !Arrays.equals(records.get(0), completionHeader())) {
            LOG.warn("{} has an unexpected header: no run counts as finished", doneFile);
            return recorded;
        }
        for (String[] record : records.subList(1, records.size())) {
            try {
                if (record.length == keyColumns + 1) {
                    recorded.put(List.of(Arrays.copyOf(record, keyColumns)), Integer.parseInt(record[keyColumns]));
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            LOG.warn("{}: ignoring a malformed completion record {}", doneFile, Arrays.toString(record));
        }
        return recorded;
    }

    /** Whether a run with this key is complete in the file. */
    public boolean done(Object... key) {
        return finished.containsKey(keyOf(key));
    }

    /** Number of complete runs found in the file when it was opened. */
    public int resumedRuns() {
        return resumedRuns;
    }

    /** Appends all rows of one run (each must start with the same key), then its completion record. */
    public synchronized void writeRun(List<Object[]> runRows) {
        if (runRows.isEmpty()) {
            return;
        }
        List<String> key = keyOf(Arrays.copyOf(runRows.get(0), keyColumns));
        if (finished.containsKey(key)) {
            throw new IllegalArgumentException("runRows: run " + key + " is already in the table");
        }
        List<String[]> texts = new ArrayList<>();
        StringBuilder block = new StringBuilder();
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
            block.append(CsvWriter.format((Object[]) text)).append('\n');
        }
        List<Object> record = new ArrayList<>(key);
        record.add(texts.size());
        try {
            csv.write(block.toString());
            csv.flush();
            // Written only after the rows: a kill in between leaves a run without a record, which resume redoes.
            done.write(CsvWriter.format(record.toArray()) + "\n");
            done.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.addAll(texts);
        finished.put(key, texts.size());
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

    private String csvText() {
        StringBuilder text = new StringBuilder(CsvWriter.format((Object[]) header)).append('\n');
        for (String[] row : rows) {
            text.append(CsvWriter.format((Object[]) row)).append('\n');
        }
        return text.toString();
    }

    private String completionText() {
        StringBuilder text = new StringBuilder(CsvWriter.format((Object[]) completionHeader())).append('\n');
        for (Map.Entry<List<String>, Integer> run : finished.entrySet()) {
            List<Object> record = new ArrayList<>(run.getKey());
            record.add(run.getValue());
            text.append(CsvWriter.format(record.toArray())).append('\n');
        }
        return text.toString();
    }

    private String[] completionHeader() {
        String[] names = Arrays.copyOf(header, keyColumns + 1);
        names[keyColumns] = ROWS_COLUMN;
        return names;
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
        try {
            csv.close();
        } finally {
            done.close();
        }
    }
}
