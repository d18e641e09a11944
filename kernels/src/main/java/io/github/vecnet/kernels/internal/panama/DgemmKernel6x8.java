package io.github.vecnet.kernels.internal.panama;

import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.MicroKernel;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * AVX2 double micro-kernel: a 6 x 8 tile of C in 12 256-bit accumulators (6 rows x 2 vectors of 4). Per k step it
 * loads two vectors of packed B, broadcasts six values of packed A and issues 12 FMAs: 12 accumulators + 2 B
 * vectors + 1 broadcast fit the 16 ymm registers. Twin of {@link SgemmKernel6x16}.
 */
public final class DgemmKernel6x8 implements MicroKernel<double[]> {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;
  private static final int L = 4; // S.length(), a literal so that the twin's sed stays trivial
  /**
   * kc=256: the 6x256 A micro-panel (12 KB) and 8x256 B micro-panel (16 KB) stay in the 32 KB L1; mc=120: the
   * packed A block (240 KB) stays in L2 (1 MB); nc=2040: the packed B block (4 MB) in L3.
   */
  public static final BlockSizes BLOCKS = new BlockSizes(6, 2 * L, 120, 256, 2040);

  @Override
  public BlockSizes blockSizes() {
    return BLOCKS;
  }

  @Override
  public void compute(int kc, double[] a, int ao, double[] b, int bo, double alpha, double beta,
      double[] c, int co, int ldc) {
    DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
    DoubleVector c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
    for (int p = 0; p < kc; p++, ao += 6, bo += 2 * L) {
      DoubleVector b0 = DoubleVector.fromArray(S, b, bo);
      DoubleVector b1 = DoubleVector.fromArray(S, b, bo + L);
      DoubleVector ai = DoubleVector.broadcast(S, a[ao]);
      c00 = ai.fma(b0, c00);
      c01 = ai.fma(b1, c01);
      ai = DoubleVector.broadcast(S, a[ao + 1]);
      c10 = ai.fma(b0, c10);
      c11 = ai.fma(b1, c11);
      ai = DoubleVector.broadcast(S, a[ao + 2]);
      c20 = ai.fma(b0, c20);
      c21 = ai.fma(b1, c21);
      ai = DoubleVector.broadcast(S, a[ao + 3]);
      c30 = ai.fma(b0, c30);
      c31 = ai.fma(b1, c31);
      ai = DoubleVector.broadcast(S, a[ao + 4]);
      c40 = ai.fma(b0, c40);
      c41 = ai.fma(b1, c41);
      ai = DoubleVector.broadcast(S, a[ao + 5]);
      c50 = ai.fma(b0, c50);
      c51 = ai.fma(b1, c51);
    }
    double al = alpha;
    double be = beta;
    store(c, co, al, be, c00, c01);
    store(c, co + ldc, al, be, c10, c11);
    store(c, co + 2 * ldc, al, be, c20, c21);
    store(c, co + 3 * ldc, al, be, c30, c31);
    store(c, co + 4 * ldc, al, be, c40, c41);
    store(c, co + 5 * ldc, al, be, c50, c51);
  }

  /** The write-back contract: {@code r = alpha * acc}; {@code C = r} or {@code beta * C + r} (not fused). */
  static void store(double[] c, int at, double alpha, double beta, DoubleVector x0, DoubleVector x1) {
    DoubleVector r0 = x0.mul(alpha);
    DoubleVector r1 = x1.mul(alpha);
    if (beta != 0d) {
      r0 = DoubleVector.fromArray(S, c, at).mul(beta).add(r0);
      r1 = DoubleVector.fromArray(S, c, at + L).mul(beta).add(r1);
    }
    r0.intoArray(c, at);
    r1.intoArray(c, at + L);
  }

  static void store(double[] c, int at, double alpha, double beta, DoubleVector x0) {
    DoubleVector r0 = x0.mul(alpha);
    if (beta != 0d) {
      r0 = DoubleVector.fromArray(S, c, at).mul(beta).add(r0);
    }
    r0.intoArray(c, at);
  }
}
