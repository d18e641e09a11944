package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import io.github.vecnet.kernels.internal.gemm.GemmRoute;
import io.github.vecnet.kernels.internal.panama.gemm.PanamaGemmKernels;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Tries cache blocks around the current choice on this CPU, one thread, the blocked driver at n = 1024, and keeps
 * the fastest (ATLAS/FFTW-wisdom style). Timing is best-of-repeats with {@link System#nanoTime()}: a tool, not a
 * benchmark; the JMH benchmarks in bench/ are the measurements the docs quote.
 */
public final class BlockTuner {
    /** The timed shape, N x N x N: large enough that KC up to 1024 makes a difference. */
    static final int N = 1024;

    private final PrintStream log;
    private final long deadlineNanos;

    public BlockTuner(PrintStream log, double seconds) {
        this.log = log;
        this.deadlineNanos = System.nanoTime() + (long) (seconds * 1e9);
    }

    /** Candidate blocks: kc and mc around {@code start} and the table, nc kept (it matters only for n > nc). */
    static List<BlockSizes> candidates(BlockSizes start, BlockSizes table) {
        Set<BlockSizes> out = new LinkedHashSet<>();
        out.add(start);
        out.add(table);
        int mr = start.mr();
        // KC up to 1024: on a Zen 3 the 256-bit tile ran fastest with KC 768-1024, far past L1 (docs/KERNELS.md).
        for (int kc : new int[] {start.kc(), 128, 192, 256, 384, 512, 1024}) {
            for (int mc : new int[] {start.mc(), 64, 96, 144, 288, 576}) {
                int mcRounded = Math.max(mr, mc / mr * mr);
                out.add(new BlockSizes(mr, start.nr(), mcRounded, kc, start.nc()));
            }
        }
        return new ArrayList<>(out);
    }

    /** The fastest float blocks among the candidates (the first when time runs out). */
    public BlockSizes tuneFloat(BlockSizes start, BlockSizes table, BlockSizes doubles) {
        float[] a = randomFloats(N * N, 1);
        float[] b = randomFloats(N * N, 2);
        float[] c = new float[N * N];
        return best("sgemm", candidates(start, table), blocks -> {
            GemmKernels g = PanamaGemmKernels.withBlocks(blocks, doubles);
            return () -> g.sgemm(GemmRoute.BLOCKED, false, false, N, N, N, 1f, a, 0, N, b, 0, N, 0f, c, 0, N, 1);
        });
    }

    /** The fastest double blocks among the candidates (the first when time runs out). */
    public BlockSizes tuneDouble(BlockSizes start, BlockSizes table, BlockSizes floats) {
        double[] a = randomDoubles(N * N, 3);
        double[] b = randomDoubles(N * N, 4);
        double[] c = new double[N * N];
        return best("dgemm", candidates(start, table), blocks -> {
            GemmKernels g = PanamaGemmKernels.withBlocks(floats, blocks);
            return () -> g.dgemm(GemmRoute.BLOCKED, false, false, N, N, N, 1, a, 0, N, b, 0, N, 0, c, 0, N, 1);
        });
    }

    private interface Setup {
        Runnable call(BlockSizes blocks);
    }

    private BlockSizes best(String name, List<BlockSizes> candidates, Setup setup) {
        BlockSizes best = candidates.get(0);
        double bestGflops = 0;
        double flops = 2.0 * N * N * N;
        Runnable warmUp = setup.call(best);
        for (long until = System.nanoTime() + 1_000_000_000L; System.nanoTime() < until; ) {
            warmUp.run(); // C2 compiles the kernels and the driver before the first candidate is timed
        }
        for (BlockSizes blocks : candidates) {
            if (System.nanoTime() > deadlineNanos) {
                log.printf(
                        "%s: time is up, %d candidates not tried%n",
                        name, candidates.size() - candidates.indexOf(blocks));
                break;
            }
            Runnable call = setup.call(blocks);
            long bestNanos = Long.MAX_VALUE;
            long until = System.nanoTime() + 250_000_000L; // the first calls also warm up C2
            for (int rep = 0; rep < 200 && (rep < 5 || System.nanoTime() < until); rep++) {
                long t0 = System.nanoTime();
                call.run();
                bestNanos = Math.min(bestNanos, System.nanoTime() - t0);
            }
            double gflops = flops / bestNanos;
            log.printf(
                    "%s %dx%d mc=%d kc=%d nc=%d: %.1f GFLOP/s%n",
                    name, blocks.mr(), blocks.nr(), blocks.mc(), blocks.kc(), blocks.nc(), gflops);
            if (gflops > bestGflops) {
                bestGflops = gflops;
                best = blocks;
            }
        }
        return best;
    }

    private static float[] randomFloats(int n, long seed) {
        Random r = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextFloat() - 0.5f;
        }
        return x;
    }

    private static double[] randomDoubles(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() - 0.5;
        }
        return x;
    }
}
