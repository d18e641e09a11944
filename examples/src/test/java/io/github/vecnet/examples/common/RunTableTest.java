package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTableTest {
    private static final String[] HEADER = {"d", "m", "epoch", "err"};

    @Test
    void resumeSkipsFinishedRunsAndKeepsTheirRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.csv");
        try (RunTable t = RunTable.open(file, HEADER, 2, true)) {
            assertFalse(t.done(1, 100));
            t.writeRun(List.of(new Object[] {1, 100, 0, 0.5}, new Object[] {1, 100, 10, 0.25}));
            assertTrue(t.done(1, 100));
        }
        // Simulate an interruption in the middle of writing a line.
        Files.writeString(file, Files.readString(file) + "1,1000,0,0.");
        try (RunTable t = RunTable.open(file, HEADER, 2, true)) {
            assertEquals(1, t.resumedRuns());
            assertTrue(t.done(1, 100));
            assertFalse(t.done(1, 1000));
            assertEquals(2, t.rows().size());
            assertArrayEquals(new String[] {"1", "100", "10", "0.25"}, t.rows().get(1));
            t.writeRun(List.<Object[]>of(new Object[] {1, 1000, 0, 0.125}));
        }
        assertEquals("d,m,epoch,err\n1,100,0,0.5\n1,100,10,0.25\n1,1000,0,0.125\n", Files.readString(file));
        try (RunTable t = RunTable.open(file, HEADER, 2, false)) {
            assertEquals(0, t.resumedRuns());
            assertFalse(t.done(1, 100));
        }
        assertEquals("d,m,epoch,err\n", Files.readString(file));
    }

    @Test
    void rowsOfARunMustShareTheKey(@TempDir Path dir) throws Exception {
        try (RunTable t = RunTable.open(dir.resolve("r.csv"), HEADER, 2, false)) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> t.writeRun(List.of(new Object[] {1, 100, 0, 0.5}, new Object[] {1, 200, 0, 0.5})));
            assertEquals(0, t.rows().size());
            assertEquals(2, t.column("epoch"));
        }
    }

    private static List<Object[]> fiveRows(int d, int m) {
        List<Object[]> rows = new ArrayList<>();
        for (int epoch = 0; epoch < 5; epoch++) {
            rows.add(new Object[] {d, m, epoch, 1.0 / (epoch + 1)});
        }
        return rows;
    }

    @Test
    void aRunWithDeletedRowsIsRedoneNotKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.csv");
        try (RunTable t = RunTable.open(file, HEADER, 2, true)) {
            t.writeRun(fiveRows(1, 100));
            t.writeRun(fiveRows(1, 1000));
        }
        // Delete 2 of the second run's 5 rows.
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(lines.size() - 1);
        lines.remove(lines.size() - 2);
        Files.write(file, lines);
        try (RunTable t = RunTable.open(file, HEADER, 2, true)) {
            assertEquals(1, t.resumedRuns());
            assertTrue(t.done(1, 100));
            assertFalse(t.done(1, 1000), "a run missing 2 of its 5 rows must be redone");
            assertEquals(5, t.rows().size(), "the partial run's remaining rows are dropped");
            t.writeRun(fiveRows(1, 1000));
            assertEquals(10, t.rows().size());
        }
        try (RunTable t = RunTable.open(file, HEADER, 2, true)) {
            assertEquals(2, t.resumedRuns());
            assertEquals(11, Files.readAllLines(file).size(), "header + 2 runs x 5 rows, no duplicate");
        }
    }

    @Test
    void rowsWithoutACompletionRecordAreRedone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.csv");
        try (RunTable t = RunTable.open(file, HEADER, 2, true)) {
            t.writeRun(fiveRows(2, 100));
        }
        // A kill after the rows were appended but before the completion record: rows there, no record.
        StringBuilder rows = new StringBuilder();
        for (Object[] row : fiveRows(2, 200)) {
            rows.append(CsvWriter.format(row)).append('\n');
        }
        Files.writeString(file, Files.readString(file) + rows);
        try (RunTable t = RunTable.open(file, HEADER, 2, true)) {
            assertTrue(t.done(2, 100));
            assertFalse(t.done(2, 200));
            assertEquals(5, t.rows().size());
        }
        // Without the completion file nothing counts as finished.
        Files.delete(RunTable.completionFile(file));
        try (RunTable t = RunTable.open(file, HEADER, 2, true)) {
            assertEquals(0, t.resumedRuns());
            assertFalse(t.done(2, 100));
        }
    }

    @Test
    void aRunCannotBeWrittenTwice(@TempDir Path dir) throws Exception {
        try (RunTable t = RunTable.open(dir.resolve("r.csv"), HEADER, 2, false)) {
            t.writeRun(fiveRows(3, 100));
            assertThrows(IllegalArgumentException.class, () -> t.writeRun(fiveRows(3, 100)));
            assertEquals(5, t.rows().size());
        }
    }
}
