package io.github.vecnet.kernels;

/** Whether a GEMM operand is used as stored ({@link #NO}) or transposed ({@link #YES}). */
public enum Transpose {
  NO,
  YES
}
