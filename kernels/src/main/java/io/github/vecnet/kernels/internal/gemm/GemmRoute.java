package io.github.vecnet.kernels.internal.gemm;

/**
 * Which path a GEMM call takes: chosen by the shape (what {@code Gemm} does), or forced, which the start-up
 * self-test and the tests use to cover both paths on every shape.
 */
public enum GemmRoute {
    /** The small-matrix path for small and skinny shapes, the blocked five-loop driver otherwise. */
    BY_SHAPE,
    /** Always the blocked driver (packing, five loops). */
    BLOCKED,
    /** Always the small-matrix path (no packing). */
    SMALL
}
