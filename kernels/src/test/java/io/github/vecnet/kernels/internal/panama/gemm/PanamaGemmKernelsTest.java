package io.github.vecnet.kernels.internal.panama.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.kernels.internal.gemm.BlockSizeTable;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kernel set follows the preferred vector width (JDK 17 is only fast with the preferred species). */
class PanamaGemmKernelsTest {

    @BeforeAll
    static void needsTheVectorModule() {
        Assumptions.assumeFalse(Boolean.getBoolean("vecnet.test.expectFallback"), "fallback run has no vector module");
    }

    @Test
    void eachWidthGetsItsKernelSet() {
        assertEquals(32, BlockSizeTable.sgemm(512).nr());
        assertEquals(16, BlockSizeTable.dgemm(512).nr());
        assertEquals(16, BlockSizeTable.sgemm(256).nr());
        assertEquals(8, BlockSizeTable.dgemm(256).nr());
        assertTrue(BlockSizeTable.hasVectorWidth(512));
        assertTrue(BlockSizeTable.hasVectorWidth(256));
        assertFalse(BlockSizeTable.hasVectorWidth(128));
        assertFalse(BlockSizeTable.hasVectorWidth(64));
    }

    @Test
    void theProviderUsesThePreferredWidth() {
        int bits = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        Assumptions.assumeTrue(bits >= 256, "no Panama GEMM below 256 bits");
        // Two vectors of the preferred species per row of the register tile.
        assertEquals(2 * bits / 32, PanamaGemmKernels.create().sgemmBlockSizes().nr());
        assertEquals(2 * bits / 64, PanamaGemmKernels.create().dgemmBlockSizes().nr());
    }

    @Test
    void theForcedWidthRunReallyRunsAtThatWidth() {
        int expected = Integer.getInteger("vecnet.test.expectVectorBits", 0);
        Assumptions.assumeTrue(expected > 0, "not the forced-width surefire execution");
        assertEquals(expected, FloatVector.SPECIES_PREFERRED.vectorBitSize());
        assertEquals("panama", PanamaGemmKernels.create().name());
    }
}
