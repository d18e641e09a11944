package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotTest {

  @Test
  void writesALogLogPngWithAFit(@TempDir Path dir) throws Exception {
    double[] m = {100, 1000, 10000};
    double[] e = {0.1, 0.03, 0.01};
    Path png = Plot.titled("error vs m").xLabel("m").yLabel("error").logLog()
        .scatter("Linf", m, e).fit("Linf fit", m, e).dashed("reference", m, new double[] {0.2, 0.02, 0.0})
        .savePng(dir.resolve("plots/errors.png"));
    assertTrue(Files.size(png) > 1000);
    byte[] magic = Arrays.copyOf(Files.readAllBytes(png), 4);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, magic);
  }

  @Test
  void badSeriesAreRejected() {
    Plot plot = Plot.titled("t").line("a", new double[] {1}, new double[] {1});
    assertThrows(IllegalArgumentException.class, () -> plot.line("a", new double[] {1}, new double[] {2}));
    assertThrows(IllegalArgumentException.class, () -> plot.line("b", new double[] {1, 2}, new double[] {2}));
    assertThrows(IllegalStateException.class, () -> Plot.titled("empty").savePng(Path.of("never.png")));
  }
}
