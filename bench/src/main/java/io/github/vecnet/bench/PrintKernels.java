package io.github.vecnet.bench;

import io.github.vecnet.kernels.Kernels;

/** Prints the kernels' start-up facts (implementation, width, threads, GEMM tiles and blocks) for bench headers. */
public final class PrintKernels {
    private PrintKernels() {}

    public static void main(String[] args) {
        System.out.println(Kernels.info().summary());
    }
}
