package io.github.vecnet.kernels.internal.panama;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    assertEquals(32, PanamaGemmKernels.forWidth(512).sgemmBlockSizes().nr());
    assertEquals(16, PanamaGemmKernels.forWidth(512).dgemmBlockSizes().nr());
    assertEquals(16, PanamaGemmKernels.forWidth(256).sgemmBlockSizes().nr());
    assertEquals(8, PanamaGemmKernels.forWidth(256).dgemmBlockSizes().nr());
    assertEquals("scalar", PanamaGemmKernels.forWidth(128).name());
    assertEquals("scalar", PanamaGemmKernels.forWidth(64).name());
  }

  @Test
  void theProviderUsesThePreferredWidth() {
    int bits = FloatVector.SPECIES_PREFERRED.vectorBitSize();
    Assumptions.assumeTrue(bits >= 256, "no Panama GEMM below 256 bits");
    // Two vectors of the preferred species per row of the register tile.
    assertEquals(2 * bits / 32, PanamaGemmKernels.create().sgemmBlockSizes().nr());
    assertEquals(2 * bits / 64, PanamaGemmKernels.create().dgemmBlockSizes().nr());
  }
}
