package io.github.vecnet.kernels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.kernels.Kernels;
import org.junit.jupiter.api.Test;

/** The thread count is bounded: a typo must not start hundreds of threads per GEMM call. */
class KernelThreadsTest {
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    @Test
    void maxIsFourThreadsPerProcessor() {
        assertEquals(4 * PROCESSORS, Kernels.maxThreads());
    }

    @Test
    void propertyValuesAreParsedAndBounded() {
        assertEquals(PROCESSORS, KernelThreads.fromProperty(null));
        assertEquals(PROCESSORS, KernelThreads.fromProperty(" "));
        assertEquals(3, KernelThreads.fromProperty(" 3 "));
        assertEquals(PROCESSORS, KernelThreads.fromProperty("0"));
        assertEquals(PROCESSORS, KernelThreads.fromProperty("-2"));
        assertEquals(PROCESSORS, KernelThreads.fromProperty("many"));
        assertEquals(Kernels.maxThreads(), KernelThreads.fromProperty("63000"));
        assertEquals(Kernels.maxThreads(), KernelThreads.fromProperty(Integer.toString(Integer.MAX_VALUE)));
    }

    @Test
    void setThreadsRejectsCountsOutsideTheBound() {
        int before = Kernels.threads();
        try {
            for (int bad : new int[] {0, -1, Kernels.maxThreads() + 1, 1000, Integer.MAX_VALUE}) {
                IllegalArgumentException e =
                        assertThrows(IllegalArgumentException.class, () -> Kernels.setThreads(bad));
                assertTrue(e.getMessage().contains("[1, " + Kernels.maxThreads() + "]"), e.getMessage());
                assertEquals(before, Kernels.threads(), "a rejected count must not change the setting");
            }
            Kernels.setThreads(Kernels.maxThreads());
            assertEquals(Kernels.maxThreads(), Kernels.threads());
        } finally {
            Kernels.setThreads(before);
        }
    }
}
