package io.github.vecnet.bench;

import io.github.vecnet.kernels.internal.gemm.BlockSizeTable;
import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import io.github.vecnet.kernels.internal.gemm.GemmRoute;
import io.github.vecnet.kernels.internal.panama.gemm.PanamaGemmKernels;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Cache-block configurations of the blocked driver timed against each other in one JVM, round robin, so that the
 * machine's drift (up to 2x within minutes on the shared VMs) hits every configuration alike. Each round times every
 * configuration (best of 3 batches of about 0.3 GFLOP); the line gives each one's median GFLOP/s and its ratio to the
 * first. The register tile is the table's for the preferred vector width (4 x 2 vectors at 256 bits).
 *
 * <pre>
 * java --add-modules jdk.incubator.vector [-Dthreads=T] -cp bench/target/benchmarks.jar io.github.vecnet.bench.BlockSweep \
 *     ROUNDS float|double MxKxN MC,KC,NC [MC,KC,NC ...]
 * </pre>
 */
public final class BlockSweep {
    private BlockSweep() {}

    public static void main(String[] args) {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: BlockSweep ROUNDS float|double MxKxN MC,KC,NC [MC,KC,NC ...]");
        }
        int rounds = Integer.parseInt(args[0]);
        int threads = Integer.getInteger("threads", 1);
        boolean single = args[1].equals("float");
        String[] shape = args[2].split("x");
        int m = Integer.parseInt(shape[0]), k = Integer.parseInt(shape[1]), n = Integer.parseInt(shape[2]);
        int configs = args.length - 3;
        GemmKernels[] kernels = new GemmKernels[configs];
        int bits = jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.vectorBitSize();
        BlockSizes tableFloats = BlockSizeTable.sgemm(bits);
        BlockSizes tableDoubles = BlockSizeTable.dgemm(bits);
        for (int i = 0; i < configs; i++) {
            String[] b = args[3 + i].split(",");
            int mc = Integer.parseInt(b[0]), kc = Integer.parseInt(b[1]), nc = Integer.parseInt(b[2]);
            // The table's tile with the given blocks; the other precision keeps the table's blocks (it is not timed).
            BlockSizes table = single ? tableFloats : tableDoubles;
            BlockSizes swept = new BlockSizes(table.mr(), table.nr(), mc, kc, nc);
            kernels[i] = PanamaGemmKernels.withBlocks(single ? swept : tableFloats, single ? tableDoubles : swept);
        }
        Random random = new Random(1);
        float[] af = new float[m * k], bf = new float[k * n], cf = new float[m * n];
        double[] ad = new double[m * k], bd = new double[k * n], cd = new double[m * n];
        for (int i = 0; i < af.length; i++) {
            ad[i] = af[i] = random.nextFloat();
        }
        for (int i = 0; i < bf.length; i++) {
            bd[i] = bf[i] = random.nextFloat();
        }
        double flops = 2.0 * m * n * k;
        int calls = (int) Math.max(1, 3e8 / flops);
        double[][] gflops = new double[configs][rounds];
        for (int round = -2; round < rounds; round++) { // two warm-up rounds: C2 compiles the driver and kernels
            for (int i = 0; i < configs; i++) {
                long best = Long.MAX_VALUE;
                for (int batch = 0; batch < 3; batch++) {
                    long start = System.nanoTime();
                    for (int c = 0; c < calls; c++) {
                        if (single) {
                            kernels[i].sgemm(
                                    GemmRoute.BLOCKED,
                                    false,
                                    false,
                                    m,
                                    n,
                                    k,
                                    1f,
                                    af,
                                    0,
                                    k,
                                    bf,
                                    0,
                                    n,
                                    0f,
                                    cf,
                                    0,
                                    n,
                                    threads);
                        } else {
                            kernels[i].dgemm(
                                    GemmRoute.BLOCKED,
                                    false,
                                    false,
                                    m,
                                    n,
                                    k,
                                    1,
                                    ad,
                                    0,
                                    k,
                                    bd,
                                    0,
                                    n,
                                    0,
                                    cd,
                                    0,
                                    n,
                                    threads);
                        }
                    }
                    best = Math.min(best, System.nanoTime() - start);
                }
                if (round >= 0) {
                    gflops[i][round] = flops * calls / best;
                }
            }
        }
        StringBuilder line = new StringBuilder(args[1] + " " + args[2] + ":");
        double first = 0;
        for (int i = 0; i < configs; i++) {
            double[] sorted = gflops[i].clone();
            Arrays.sort(sorted);
            double median = sorted[rounds / 2];
            if (i == 0) {
                first = median;
            }
            line.append(String.format(Locale.ROOT, "  %s %.1f (%.2f)", args[3 + i], median, median / first));
        }
        System.out.println(line);
    }
}
