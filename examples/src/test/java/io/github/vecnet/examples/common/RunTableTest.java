package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
      assertThrows(IllegalArgumentException.class,
          () -> t.writeRun(List.of(new Object[] {1, 100, 0, 0.5}, new Object[] {1, 200, 0, 0.5})));
      assertEquals(0, t.rows().size());
      assertEquals(2, t.column("epoch"));
    }
  }
}
