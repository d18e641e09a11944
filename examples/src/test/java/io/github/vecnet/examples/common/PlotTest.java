package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        Path png = Plot.titled("error vs m")
                .xLabel("m")
                .yLabel("error")
                .logLog()
                .scatter("Linf", m, e)
                .fit("Linf fit", m, e)
                .dashed("reference", m, new double[] {0.2, 0.02, 0.0})
                .savePng(dir.resolve("plots/errors.png"));
        assertTrue(Files.size(png) > 1000);
        byte[] magic = Arrays.copyOf(Files.readAllBytes(png), 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, magic);
    }

    @Test
    void tickLabelsArePlainDecimals() {
        assertEquals("0.04", Plot.tickLabel(0.04));
        assertEquals("1000", Plot.tickLabel(1000.0));
        assertEquals("0.3", Plot.tickLabel(0.30000000000000004));
        assertEquals("-2.5", Plot.tickLabel(-2.5));
        assertEquals("0", Plot.tickLabel(0.0));
        assertEquals("0.0001", Plot.tickLabel(1e-4));
        assertEquals("1e-05", Plot.tickLabel(1e-5));
        assertEquals("2.5e-07", Plot.tickLabel(2.5e-7));
        assertEquals("1000000", Plot.tickLabel(1e6));
        assertEquals("1e+07", Plot.tickLabel(1e7));
    }

    @Test
    void logAxesSpanWholeDecades() {
        assertEquals(0.01, Plot.decadeBelow(0.03), 1e-18);
        assertEquals(0.1, Plot.decadeAbove(0.03), 1e-17);
        assertEquals(100, Plot.decadeBelow(100), 0);
        assertEquals(100, Plot.decadeAbove(100), 0);
        assertEquals(1000, Plot.decadeAbove(101), 0);
    }

    @Test
    void aPlotNeedsATitleAndAConstantNeedsData() {
        assertThrows(IllegalArgumentException.class, () -> Plot.titled(" "));
        assertThrows(IllegalStateException.class, () -> Plot.titled("t").constant("c", 1));
    }

    @Test
    void badSeriesAreRejected() {
        Plot plot = Plot.titled("t").line("a", new double[] {1}, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> plot.line("a", new double[] {1}, new double[] {2}));
        assertThrows(IllegalArgumentException.class, () -> plot.line("b", new double[] {1, 2}, new double[] {2}));
        assertThrows(IllegalStateException.class, () -> Plot.titled("empty").savePng(Path.of("never.png")));
    }
}
