package io.github.vecnet.bench;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import io.github.vecnet.kernels.Gemm;
import io.github.vecnet.kernels.Kernels;
import io.github.vecnet.kernels.Transpose;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Interleaved ratio check for a shared, noisy machine: vecnet, OpenBLAS (netlib NativeBLAS) and netlib VectorBLAS
 * take turns on the same arrays (200 ms slices, round-robin, several rounds, after a 3 s warm-up each), so load from other processes hits
 * all of them alike; prints the median GFLOP/s of each and the ratios. Complements the JMH GemmBenchmark, whose
 * peers run minutes apart. Usage: {@code java --add-modules=jdk.incubator.vector -cp benchmarks.jar
 * io.github.vecnet.bench.GemmInterleaved <threads> <rounds> <float|double> <shape>...} with
 * {@code OPENBLAS_NUM_THREADS=<threads>}; a shape is {@code n} or {@code m x k x n}, optionally followed by
 * {@code :TN}, {@code :NT} or {@code :TT} (op(A), op(B) transposed, as in the backward pass of a layer: the weight
 * gradient x^T dy is {@code in x batch x out:TN}, the input gradient dy W^T {@code batch x out x in:NT}).
 */
public final class GemmInterleaved {
    private static final long SLICE_NANOS = 200_000_000L;
    /** Vector API code runs interpreted (very slowly) until C2 compiles it; on a loaded machine that takes seconds. */
    private static final long WARMUP_NANOS = 3_000_000_000L;

    private GemmInterleaved() {}

    public static void main(String[] args) {
        int threads = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        boolean single = args[2].equals("float");
        Kernels.setThreads(threads);
        BLAS openblas = null;
        try {
            openblas = NativeBLAS.getInstance();
        } catch (Throwable t) {
            System.out.println("OpenBLAS (netlib NativeBLAS) is not available, skipping it: " + t);
        }
        BLAS vector = vectorBlasAllowed() ? JavaBLAS.getInstance() : null;
        if (vector == null) {
            System.out.println(
                    "netlib VectorBLAS skipped on JDK " + Runtime.version().feature()
                            + ": on JDK 17 its Vector API code running in the same JVM slowed vecnet's small"
                            + " path 20-1000x (docs/KERNELS.md); -Dvecnet.bench.vectorblas=on runs it anyway");
        }
        System.out.printf(
                Locale.ROOT,
                "%-18s %-6s %3s %9s %9s %9s %8s %8s%n",
                "shape",
                "prec",
                "thr",
                "vecnet",
                "openblas",
                "vectorBLAS",
                "v/OB",
                "v/VB");
        for (int s = 3; s < args.length; s++) {
            String[] shapeAndOps = args[s].split(":");
            boolean ta = shapeAndOps.length > 1 && shapeAndOps[1].charAt(0) == 'T';
            boolean tb = shapeAndOps.length > 1 && shapeAndOps[1].charAt(1) == 'T';
            String[] d = shapeAndOps[0].split("x");
            int m = Integer.parseInt(d[0]);
            int k = d.length == 3 ? Integer.parseInt(d[1]) : m;
            int n = d.length == 3 ? Integer.parseInt(d[2]) : m;
            Random random = new Random(42);
            float[] af = new float[m * k];
            float[] bf = new float[k * n];
            float[] cf = new float[m * n];
            double[] ad = new double[m * k];
            double[] bd = new double[k * n];
            double[] cd = new double[m * n];
            for (int i = 0; i < af.length; i++) {
                af[i] = random.nextFloat() - 0.5f;
                ad[i] = af[i];
            }
            for (int i = 0; i < bf.length; i++) {
                bf[i] = random.nextFloat() - 0.5f;
                bd[i] = bf[i];
            }
            // Row-major A is k x m when transposed (lda = m), else m x k; B is n x k (ldb = k), else k x n. The
            // column-major peers compute C^T = op(B)^T op(A)^T on the same arrays.
            int lda = ta ? m : k;
            int ldb = tb ? k : n;
            Transpose opA = ta ? Transpose.YES : Transpose.NO;
            Transpose opB = tb ? Transpose.YES : Transpose.NO;
            String blasA = ta ? "T" : "N";
            String blasB = tb ? "T" : "N";
            List<Runnable> impls = new ArrayList<>();
            impls.add(
                    single
                            ? () -> Gemm.sgemm(opA, opB, m, n, k, 1f, af, 0, lda, bf, 0, ldb, 0f, cf, 0, n)
                            : () -> Gemm.dgemm(opA, opB, m, n, k, 1.0, ad, 0, lda, bd, 0, ldb, 0.0, cd, 0, n));
            for (BLAS blas : new BLAS[] {openblas, vector}) {
                impls.add(
                        blas == null
                                ? null
                                : single
                                        ? () -> blas.sgemm(blasB, blasA, n, m, k, 1f, bf, ldb, af, lda, 0f, cf, n)
                                        : () -> blas.dgemm(blasB, blasA, n, m, k, 1.0, bd, ldb, ad, lda, 0.0, cd, n));
            }
            double flops = 2.0 * m * n * k;
            double[][] gflops = new double[impls.size()][rounds];
            for (int round = -1; round < rounds; round++) { // round -1 warms up
                for (int i = 0; i < impls.size(); i++) {
                    Runnable r = impls.get(i);
                    if (r == null) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    long reps = 0;
                    long t;
                    do {
                        r.run();
                        reps++;
                        t = System.nanoTime() - t0;
                    } while (t < (round < 0 ? WARMUP_NANOS : SLICE_NANOS));
                    if (round >= 0) {
                        gflops[i][round] = flops * reps / t;
                    }
                }
            }
            double v = median(gflops[0]);
            double o = impls.get(1) == null ? Double.NaN : median(gflops[1]);
            double vb = impls.get(2) == null ? Double.NaN : median(gflops[2]);
            System.out.printf(
                    Locale.ROOT,
                    "%-18s %-6s %3d %9.1f %9.1f %9.1f %8.2f %8.2f%n",
                    args[s],
                    args[2],
                    threads,
                    v,
                    o,
                    vb,
                    v / o,
                    v / vb);
        }
    }

    /**
     * VectorBLAS shares the JVM with vecnet here, unlike in JMH's forks. On JDK 17.0.15 (Zen 3, 2026-12-04), after a
     * few seconds of VectorBLAS sgemm, vecnet's small path (256 x 256 x 10) ran at 0.02-1.8 GFLOP/s instead of ~30:
     * with the same order, JDK 25.0.3 kept it at 25-39 (the only other JDK tried). C2 left the accumulators' stores
     * unintrinsified (docs/KERNELS.md, "Small-matrix path"; {@link SharedJvmProbe} reproduces it).
     */
    private static boolean vectorBlasAllowed() {
        String forced = System.getProperty("vecnet.bench.vectorblas");
        return forced != null ? forced.equals("on") : Runtime.version().feature() > 17;
    }

    private static double median(double[] x) {
        double[] y = x.clone();
        Arrays.sort(y);
        return y.length % 2 == 1 ? y[y.length / 2] : (y[y.length / 2 - 1] + y[y.length / 2]) / 2;
    }
}
