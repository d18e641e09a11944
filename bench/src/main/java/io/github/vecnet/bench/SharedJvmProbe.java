package io.github.vecnet.bench;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import io.github.vecnet.kernels.Gemm;
import io.github.vecnet.kernels.Kernels;
import io.github.vecnet.kernels.Transpose;
import java.util.Locale;
import java.util.Random;

/**
 * Does another library's Vector API code, run in the same JVM before vecnet's small path is compiled, slow that path
 * down? Runs vecnet's blocked 256 x 256 x 256 sgemm for 3 s, netlib VectorBLAS sgemm for 3 s (skipped with the
 * argument {@code alone}), then vecnet's 256 x 256 x 10 sgemm (the small path) in half-second rounds, printing
 * GFLOP/s per round. On JDK 17.0.15 it printed 0.03-1.9 GFLOP/s (19-32 alone), on JDK 25.0.3 33-43
 * (Zen 3, 2026-12-04; docs/KERNELS.md, "Small-matrix path"). Usage: {@code java --add-modules=jdk.incubator.vector
 * -cp benchmarks.jar io.github.vecnet.bench.SharedJvmProbe [alone] [rounds]}.
 */
public final class SharedJvmProbe {
    private static final int M = 256;
    private static final int K = 256;
    private static final int N = 10;

    private SharedJvmProbe() {}

    public static void main(String[] args) {
        boolean alone = args.length > 0 && args[0].equals("alone");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Kernels.setThreads(1);
        Random random = new Random(1);
        float[] a = new float[M * K];
        float[] b = new float[K * M];
        float[] c = new float[M * M];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextFloat();
            b[i] = random.nextFloat();
        }
        // vecnet's blocked path first (as GemmInterleaved's first shape does), then the other library.
        long warm = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warm) {
            Gemm.sgemm(Transpose.NO, Transpose.YES, M, M, K, 1f, a, 0, K, b, 0, K, 0f, c, 0, M);
        }
        if (!alone) {
            BLAS other = JavaBLAS.getInstance();
            System.out.println("first: " + other.getClass().getSimpleName() + " sgemm for 3 s");
            long end = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < end) {
                other.sgemm("N", "N", N, M, K, 1f, b, N, a, K, 0f, c, N);
                other.sgemm("T", "N", M, M, K, 1f, b, K, a, K, 0f, c, M);
            }
        }
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            long calls = 0;
            long t;
            do {
                Gemm.sgemm(Transpose.NO, Transpose.NO, M, N, K, 1f, a, 0, K, b, 0, N, 0f, c, 0, N);
                calls++;
                t = System.nanoTime() - t0;
            } while (t < 500_000_000L);
            System.out.printf(
                    Locale.ROOT,
                    "JDK %s, vecnet 256x256x10 round %d: %.2f GFLOP/s (%d calls)%n",
                    Runtime.version(),
                    round,
                    2.0 * M * N * K * calls / t,
                    calls);
        }
    }
}
