package io.github.vecnet.kernels;

/** The element-wise binary operation of {@link VectorOps#broadcast}. */
public enum BinaryOp {
    /** {@code a + b}. */
    ADD,
    /** {@code a - b}. */
    SUB,
    /** {@code a * b}. */
    MUL,
    /** {@code a / b}. */
    DIV
}
