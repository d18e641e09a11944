package io.github.vecnet.kernels;

/** Whether a GEMM operand is used as stored ({@link #NO}) or transposed ({@link #YES}). */
public enum Transpose {
    /** The operand as stored. */
    NO,
    /** The transpose of the stored operand. */
    YES
}
