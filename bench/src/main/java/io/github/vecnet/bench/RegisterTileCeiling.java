package io.github.vecnet.bench;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.*;

/**
 * The first layer of issue 12's layer-by-layer measurement: the float k loop of candidate register tiles alone, on
 * one packed A micro-panel and one packed B micro-panel that stay in L1, repeated {@code CALLS} times per operation
 * (no packing, no C traffic beyond storing the accumulators). GFLOP/s = 2 MR NR KC CALLS / time. The loops have the
 * shape of vecnet's {@code SgemmKernel6x2L.accumulate} (written out here because the kernels are internal):
 * {@code MRxV} broadcasts MR values of A and loads V vectors of B per k step, MR x V accumulators. Findings in
 * docs/bench/gemm.md ("Register tiles alone on a Sapphire Rapids"). {@code peak} is the same run's FMA ceiling.
 *
 * <p>On a shared virtual machine whose speed drifts between minutes, the JMH forks (one tile after another) cannot
 * rank tiles; {@link #main} interleaves them instead: {@code java --add-modules=jdk.incubator.vector -cp
 * benchmarks.jar io.github.vecnet.bench.RegisterTileCeiling [ROUNDS] [KC]} gives each tile a 100 ms slice per round,
 * round-robin after a warm-up, and prints the median and best GFLOP/s per tile and the median over {@code peak}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class RegisterTileCeiling {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    static final int L = S.length();
    static final int CALLS = 64;

    @Param({"peak", "4x2", "5x2", "3x3", "4x3", "6x2", "6x2r", "8x2", "4x4", "6x3", "7x3", "6x4", "8x3"})
    public String tile;

    @Param({"128", "256"})
    public int kc;

    private float[] a;
    private float[] b;
    private float[] t;
    private int mr;
    private int vectors;

    @Setup
    public void setUp() {
        String[] d = (tile.equals("peak") ? "6x2" : tile.replace("r", "")).split("x");
        mr = Integer.parseInt(d[0]);
        vectors = Integer.parseInt(d[1]);
        a = new float[mr * kc];
        b = new float[vectors * L * kc];
        t = new float[mr * vectors * L];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < a.length; i++) a[i] = r.nextFloat() * 1e-3f;
        for (int i = 0; i < b.length; i++) b[i] = r.nextFloat() * 1e-3f;
    }

    /**
     * The second layer, loops 1 and 2 of the driver on data already packed, for the 6 x 2 and 6 x 4 tiles: every
     * micro-panel of a packed MC x KC block of A (in L2) against every micro-panel of a packed KC x N block of B,
     * each tile added into a row-major MC x N matrix C, as vecnet's write-back does with beta = 1. Same GFLOP/s
     * formula (2 MC N KC); against the same tile alone it shows what the L2-resident A stream and the C traffic cost.
     */
    static double macro(String tile, int kc, int mc, int n, int rounds) {
        int mr = tile.startsWith("4") ? 4 : 6;
        int v = tile.equals("6x4") ? 4 : 2;
        int nr = v * L;
        // "6x2i": A read in place, unpacked, from a row-major mc x n matrix (lda = n); "6x2r": A packed row by row.
        boolean inPlace = tile.equals("6x2i");
        float[] a = new float[inPlace ? mc * n : mc * kc];
        float[] b = new float[n * kc];
        float[] c = new float[mc * n];
        float[] t = new float[mr * nr];
        java.util.Arrays.fill(a, 1e-3f);
        java.util.Arrays.fill(b, 1e-3f);
        double best = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (int q = 0; q < n / nr; q++) {
                for (int ir = 0; ir < mc; ir += mr) {
                    if (inPlace) {
                        k6x2rows(kc, a, ir * n, n, b, q * nr * kc, t);
                    } else if (tile.equals("6x2r")) {
                        k6x2rows(kc, a, ir * kc, kc, b, q * nr * kc, t);
                    } else if (mr == 4) {
                        k4x2(kc, a, ir * kc, b, q * nr * kc, t);
                    } else if (v == 2) {
                        k6x2(kc, a, ir * kc, b, q * nr * kc, t);
                    } else {
                        k6x4(kc, a, ir * kc, b, q * nr * kc, t);
                    }
                    for (int r = 0; r < mr; r++) {
                        for (int j = 0; j < nr; j += L) {
                            int at = (ir + r) * n + q * nr + j;
                            FloatVector.fromArray(S, c, at)
                                    .add(FloatVector.fromArray(S, t, r * nr + j))
                                    .intoArray(c, at);
                        }
                    }
                }
            }
            long elapsed = System.nanoTime() - start;
            best = Math.max(best, 2.0 * mc * n * kc / elapsed);
        }
        return best;
    }

    /**
     * The packing layer: vecnet's own {@code FloatPrecision.packA} (an MC x KC block of a row-major n x n A, 6-row
     * micro-panels) and {@code packB} (a KC x n block of a row-major B, 2L-column micro-panels), best of 20, in
     * ns per packed element, and what packing A and B once costs against a 2 n^3 sgemm at 100 GFLOP/s.
     */
    static String packTimes(int n, int kc, int mc) {
        var precision = io.github.vecnet.kernels.internal.gemm.FloatPrecision.INSTANCE;
        float[] a = new float[n * n];
        float[] b = new float[n * n];
        float[] packedA = new float[mc * kc];
        float[] packedB = new float[n * kc];
        java.util.Arrays.fill(a, 1f);
        java.util.Arrays.fill(b, 1f);
        long bestA = Long.MAX_VALUE;
        long bestB = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            precision.packA(false, a, 0, n, 0, mc, 0, kc, 6, packedA);
            long mid = System.nanoTime();
            precision.packB(false, b, 0, n, 0, kc, 0, n, 2 * L, packedB, 0);
            long end = System.nanoTime();
            bestA = Math.min(bestA, mid - start);
            bestB = Math.min(bestB, end - mid);
        }
        double nsA = (double) bestA / (mc * kc);
        double nsB = (double) bestB / (n * kc);
        double packMs = ((double) n * n * nsA + (double) n * n * nsB) * 1e-6;
        double gemmMs = 2.0 * n * n * n / 100e9 * 1e3;
        return String.format(
                java.util.Locale.ROOT,
                "packA %.2f ns/element, packB %.2f ns/element; A and B once: %.3f"
                        + " ms against %.3f ms of sgemm at 100 GFLOP/s",
                nsA,
                nsB,
                packMs,
                gemmMs);
    }

    /** GFLOP per operation, for the table: 2 MR NR KC CALLS / 1e9. */
    public double gflop() {
        return 2.0 * mr * vectors * L * kc * CALLS / 1e9;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int kc = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        String[] tiles = {"peak", "4x2", "5x2", "3x3", "4x3", "6x2", "6x2r", "8x2", "4x4", "6x3", "7x3", "6x4", "8x3"};
        RegisterTileCeiling[] states = new RegisterTileCeiling[tiles.length];
        double[][] gflops = new double[tiles.length][rounds];
        for (int i = 0; i < tiles.length; i++) {
            states[i] = new RegisterTileCeiling();
            states[i].tile = tiles[i];
            states[i].kc = kc;
            states[i].setUp();
        }
        if (args.length > 2 && args[2].equals("pack")) {
            int n = args.length > 3 ? Integer.parseInt(args[3]) : 512;
            for (int round = 0; round < rounds; round++) {
                System.out.printf(java.util.Locale.ROOT, "pack n=%d kc=%d: %s%n", n, kc, packTimes(n, kc, 288));
            }
            return;
        }
        if (args.length > 2 && args[2].equals("macro4")) { // the 4 x 2 tile, the 256-bit table's
            int mc = args.length > 3 ? Integer.parseInt(args[3]) : 144;
            int n = args.length > 4 ? Integer.parseInt(args[4]) : 512;
            for (int round = 0; round < rounds; round++) {
                System.out.printf(
                        java.util.Locale.ROOT,
                        "macro kc=%d mc=%d n=%d: 4x2 %.1f  4x2 alone %.1f GFLOP/s%n",
                        kc,
                        mc,
                        n,
                        macro("4x2", kc, mc, n, 20),
                        states[indexOf(tiles, "4x2")].gflop() / timeOne(states[indexOf(tiles, "4x2")]));
            }
            return;
        }
        if (args.length > 2 && args[2].equals("macro")) {
            int mc = args.length > 3 ? Integer.parseInt(args[3]) : 288;
            int n = args.length > 4 ? Integer.parseInt(args[4]) : 512;
            for (int round = 0; round < rounds; round++) {
                System.out.printf(
                        java.util.Locale.ROOT,
                        "macro kc=%d mc=%d n=%d: 6x2 %.1f  6x2 A in place %.1f  6x2 A rows packed %.1f  6x4 %.1f  6x2 alone %.1f  6x4 alone %.1f GFLOP/s%n",
                        kc,
                        mc,
                        n,
                        macro("6x2", kc, mc, n, 20),
                        macro("6x2i", kc, mc, n, 20),
                        macro("6x2r", kc, mc, n, 20),
                        macro("6x4", kc, mc, n, 20),
                        states[indexOf(tiles, "6x2")].gflop() / timeOne(states[indexOf(tiles, "6x2")]),
                        states[indexOf(tiles, "6x4")].gflop() / timeOne(states[indexOf(tiles, "6x4")]));
            }
            return;
        }
        for (int round = -3; round < rounds; round++) { // three warm-up rounds: C2 compiles every loop first
            for (int i = 0; i < tiles.length; i++) {
                long calls = 0;
                long start = System.nanoTime();
                long elapsed;
                do {
                    states[i].loop();
                    calls++;
                } while ((elapsed = System.nanoTime() - start) < 100_000_000L);
                if (round >= 0) {
                    gflops[i][round] = states[i].gflop() * calls / (elapsed * 1e-9);
                }
            }
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "float register tiles alone, kc=%d, %d-bit, %d rounds%n",
                kc,
                S.vectorBitSize(),
                rounds);
        double peak = median(gflops[0]);
        for (int i = 0; i < tiles.length; i++) {
            double[] g = gflops[i].clone();
            java.util.Arrays.sort(g);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%-5s median %6.1f best %6.1f GFLOP/s  median/peak %.2f%n",
                    tiles[i],
                    median(g),
                    g[g.length - 1],
                    median(g) / peak);
        }
    }

    private static int indexOf(String[] tiles, String tile) {
        return java.util.Arrays.asList(tiles).indexOf(tile);
    }

    private static double timeOne(RegisterTileCeiling state) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            state.loop();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best * 1e-9;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    @Benchmark
    public float[] loop() {
        for (int c = 0; c < CALLS; c++) {
            switch (tile) {
                case "peak" -> peak(kc, a, t);
                case "4x2" -> k4x2(kc, a, 0, b, 0, t);
                case "5x2" -> k5x2(kc, a, 0, b, 0, t);
                case "3x3" -> k3x3(kc, a, 0, b, 0, t);
                case "4x3" -> k4x3(kc, a, 0, b, 0, t);
                case "6x2" -> k6x2(kc, a, 0, b, 0, t);
                case "6x2r" -> k6x2rows(kc, a, 0, kc, b, 0, t);
                case "8x2" -> k8x2(kc, a, 0, b, 0, t);
                case "4x4" -> k4x4(kc, a, 0, b, 0, t);
                case "6x3" -> k6x3(kc, a, 0, b, 0, t);
                case "7x3" -> k7x3(kc, a, 0, b, 0, t);
                case "6x4" -> k6x4(kc, a, 0, b, 0, t);
                case "8x3" -> k8x3(kc, a, 0, b, 0, t);
                default -> throw new IllegalArgumentException(tile);
            }
        }
        return t;
    }

    /**
     * The FMA ceiling of the run: 12 independent accumulators, as many FMAs as the 6 x 2 tile, no loads in the loop
     * (each accumulator adds a tiny constant, so nothing becomes subnormal). A tile's GFLOP/s over this one is its
     * fraction of what the core delivers in the same minute, which on a shared virtual machine is not the data sheet's.
     */
    static void peak(int kc, float[] a, float[] t) {
        FloatVector one = FloatVector.broadcast(S, 1f), d = FloatVector.broadcast(S, a[0]);
        FloatVector c00 = d,
                c01 = d,
                c10 = d,
                c11 = d,
                c20 = d,
                c21 = d,
                c30 = d,
                c31 = d,
                c40 = d,
                c41 = d,
                c50 = d,
                c51 = d;
        for (int p = 0; p < kc; p++) {
            c00 = c00.fma(one, d);
            c01 = c01.fma(one, d);
            c10 = c10.fma(one, d);
            c11 = c11.fma(one, d);
            c20 = c20.fma(one, d);
            c21 = c21.fma(one, d);
            c30 = c30.fma(one, d);
            c31 = c31.fma(one, d);
            c40 = c40.fma(one, d);
            c41 = c41.fma(one, d);
            c50 = c50.fma(one, d);
            c51 = c51.fma(one, d);
        }
        c00.add(c01).add(c10).add(c11).add(c20).add(c21).intoArray(t, 0);
        c30.add(c31).add(c40).add(c41).add(c50).add(c51).intoArray(t, L);
    }

    static void k4x2(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector c00 = FloatVector.zero(S),
                c01 = c00,
                c10 = c00,
                c11 = c00,
                c20 = c00,
                c21 = c00,
                c30 = c00,
                c31 = c00;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 4, bo += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo), b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c10.intoArray(t, 2 * L);
        c11.intoArray(t, 3 * L);
        c20.intoArray(t, 4 * L);
        c21.intoArray(t, 5 * L);
        c30.intoArray(t, 6 * L);
        c31.intoArray(t, 7 * L);
    }

    /**
     * The 6 x 2 tile on an A micro-panel stored row by row ({@code a[aStart + r * lda + p]}, six streams) instead of
     * column by column: with {@code lda = kc} a packed panel that is six plain row copies, with the caller's lda A
     * read in place without packing.
     */
    static void k6x2rows(int kc, float[] a, int aStart, int lda, float[] b, int bStart, float[] t) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
        FloatVector c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
        int a0 = aStart, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda, a4 = a3 + lda, a5 = a4 + lda;
        for (int p = 0, bo = bStart; p < kc; p++, bo += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo), b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + p]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[a1 + p]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[a2 + p]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[a3 + p]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[a4 + p]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[a5 + p]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
        }
        c00.intoArray(t, 0);
        c01.intoArray(t, L);
        c10.intoArray(t, 2 * L);
        c11.intoArray(t, 3 * L);
        c20.intoArray(t, 4 * L);
        c21.intoArray(t, 5 * L);
        c30.intoArray(t, 6 * L);
        c31.intoArray(t, 7 * L);
        c40.intoArray(t, 8 * L);
        c41.intoArray(t, 9 * L);
        c50.intoArray(t, 10 * L);
        c51.intoArray(t, 11 * L);
    }

    static void k5x2(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector c00 = FloatVector.zero(S);
        FloatVector c01 = c00;
        FloatVector c10 = c00;
        FloatVector c11 = c00;
        FloatVector c20 = c00;
        FloatVector c21 = c00;
        FloatVector c30 = c00;
        FloatVector c31 = c00;
        FloatVector c40 = c00;
        FloatVector c41 = c00;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 5, bo += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo + 0 * L);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + 1 * L);
            FloatVector x = FloatVector.broadcast(S, a[ao + 0]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ao + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c10.intoArray(t, 2 * L);
        c11.intoArray(t, 3 * L);
        c20.intoArray(t, 4 * L);
        c21.intoArray(t, 5 * L);
        c30.intoArray(t, 6 * L);
        c31.intoArray(t, 7 * L);
        c40.intoArray(t, 8 * L);
        c41.intoArray(t, 9 * L);
    }

    static void k3x3(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector c00 = FloatVector.zero(S);
        FloatVector c01 = c00;
        FloatVector c02 = c00;
        FloatVector c10 = c00;
        FloatVector c11 = c00;
        FloatVector c12 = c00;
        FloatVector c20 = c00;
        FloatVector c21 = c00;
        FloatVector c22 = c00;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 3, bo += 3 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo + 0 * L);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + 1 * L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[ao + 0]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c02.intoArray(t, 2 * L);
        c10.intoArray(t, 3 * L);
        c11.intoArray(t, 4 * L);
        c12.intoArray(t, 5 * L);
        c20.intoArray(t, 6 * L);
        c21.intoArray(t, 7 * L);
        c22.intoArray(t, 8 * L);
    }

    static void k4x3(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector c00 = FloatVector.zero(S);
        FloatVector c01 = c00;
        FloatVector c02 = c00;
        FloatVector c10 = c00;
        FloatVector c11 = c00;
        FloatVector c12 = c00;
        FloatVector c20 = c00;
        FloatVector c21 = c00;
        FloatVector c22 = c00;
        FloatVector c30 = c00;
        FloatVector c31 = c00;
        FloatVector c32 = c00;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 4, bo += 3 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo + 0 * L);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + 1 * L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[ao + 0]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c02.intoArray(t, 2 * L);
        c10.intoArray(t, 3 * L);
        c11.intoArray(t, 4 * L);
        c12.intoArray(t, 5 * L);
        c20.intoArray(t, 6 * L);
        c21.intoArray(t, 7 * L);
        c22.intoArray(t, 8 * L);
        c30.intoArray(t, 9 * L);
        c31.intoArray(t, 10 * L);
        c32.intoArray(t, 11 * L);
    }

    static void k6x2(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector c00 = FloatVector.zero(S),
                c01 = c00,
                c10 = c00,
                c11 = c00,
                c20 = c00,
                c21 = c00,
                c30 = c00,
                c31 = c00,
                c40 = c00,
                c41 = c00,
                c50 = c00,
                c51 = c00;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 6, bo += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo), b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ao + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[ao + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c10.intoArray(t, 2 * L);
        c11.intoArray(t, 3 * L);
        c20.intoArray(t, 4 * L);
        c21.intoArray(t, 5 * L);
        c30.intoArray(t, 6 * L);
        c31.intoArray(t, 7 * L);
        c40.intoArray(t, 8 * L);
        c41.intoArray(t, 9 * L);
        c50.intoArray(t, 10 * L);
        c51.intoArray(t, 11 * L);
    }

    static void k8x2(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector c00 = FloatVector.zero(S),
                c01 = c00,
                c10 = c00,
                c11 = c00,
                c20 = c00,
                c21 = c00,
                c30 = c00,
                c31 = c00,
                c40 = c00,
                c41 = c00,
                c50 = c00,
                c51 = c00,
                c60 = c00,
                c61 = c00,
                c70 = c00,
                c71 = c00;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 8, bo += 2 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo), b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ao + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[ao + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(S, a[ao + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(S, a[ao + 7]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c10.intoArray(t, 2 * L);
        c11.intoArray(t, 3 * L);
        c20.intoArray(t, 4 * L);
        c21.intoArray(t, 5 * L);
        c30.intoArray(t, 6 * L);
        c31.intoArray(t, 7 * L);
        c40.intoArray(t, 8 * L);
        c41.intoArray(t, 9 * L);
        c50.intoArray(t, 10 * L);
        c51.intoArray(t, 11 * L);
        c60.intoArray(t, 12 * L);
        c61.intoArray(t, 13 * L);
        c70.intoArray(t, 14 * L);
        c71.intoArray(t, 15 * L);
    }

    static void k4x4(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector z = FloatVector.zero(S);
        FloatVector c00 = z, c01 = z, c02 = z, c03 = z, c10 = z, c11 = z, c12 = z, c13 = z;
        FloatVector c20 = z, c21 = z, c22 = z, c23 = z, c30 = z, c31 = z, c32 = z, c33 = z;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 4, bo += 4 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo), b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L), b3 = FloatVector.fromArray(S, b, bo + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            c33 = x.fma(b3, c33);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c02.intoArray(t, 2 * L);
        c03.intoArray(t, 3 * L);
        c10.intoArray(t, 4 * L);
        c11.intoArray(t, 5 * L);
        c12.intoArray(t, 6 * L);
        c13.intoArray(t, 7 * L);
        c20.intoArray(t, 8 * L);
        c21.intoArray(t, 9 * L);
        c22.intoArray(t, 10 * L);
        c23.intoArray(t, 11 * L);
        c30.intoArray(t, 12 * L);
        c31.intoArray(t, 13 * L);
        c32.intoArray(t, 14 * L);
        c33.intoArray(t, 15 * L);
    }

    static void k6x3(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector z = FloatVector.zero(S);
        FloatVector c00 = z, c01 = z, c02 = z, c10 = z, c11 = z, c12 = z, c20 = z, c21 = z, c22 = z;
        FloatVector c30 = z, c31 = z, c32 = z, c40 = z, c41 = z, c42 = z, c50 = z, c51 = z, c52 = z;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 6, bo += 3 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo), b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            x = FloatVector.broadcast(S, a[ao + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            x = FloatVector.broadcast(S, a[ao + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c02.intoArray(t, 2 * L);
        c10.intoArray(t, 3 * L);
        c11.intoArray(t, 4 * L);
        c12.intoArray(t, 5 * L);
        c20.intoArray(t, 6 * L);
        c21.intoArray(t, 7 * L);
        c22.intoArray(t, 8 * L);
        c30.intoArray(t, 9 * L);
        c31.intoArray(t, 10 * L);
        c32.intoArray(t, 11 * L);
        c40.intoArray(t, 12 * L);
        c41.intoArray(t, 13 * L);
        c42.intoArray(t, 14 * L);
        c50.intoArray(t, 15 * L);
        c51.intoArray(t, 16 * L);
        c52.intoArray(t, 17 * L);
    }

    static void k7x3(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector z = FloatVector.zero(S);
        FloatVector c00 = z, c01 = z, c02 = z, c10 = z, c11 = z, c12 = z, c20 = z, c21 = z, c22 = z;
        FloatVector c30 = z, c31 = z, c32 = z, c40 = z, c41 = z, c42 = z, c50 = z, c51 = z, c52 = z;
        FloatVector c60 = z, c61 = z, c62 = z;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 7, bo += 3 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo), b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            x = FloatVector.broadcast(S, a[ao + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            x = FloatVector.broadcast(S, a[ao + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
            x = FloatVector.broadcast(S, a[ao + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            c62 = x.fma(b2, c62);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c02.intoArray(t, 2 * L);
        c10.intoArray(t, 3 * L);
        c11.intoArray(t, 4 * L);
        c12.intoArray(t, 5 * L);
        c20.intoArray(t, 6 * L);
        c21.intoArray(t, 7 * L);
        c22.intoArray(t, 8 * L);
        c30.intoArray(t, 9 * L);
        c31.intoArray(t, 10 * L);
        c32.intoArray(t, 11 * L);
        c40.intoArray(t, 12 * L);
        c41.intoArray(t, 13 * L);
        c42.intoArray(t, 14 * L);
        c50.intoArray(t, 15 * L);
        c51.intoArray(t, 16 * L);
        c52.intoArray(t, 17 * L);
        c60.intoArray(t, 18 * L);
        c61.intoArray(t, 19 * L);
        c62.intoArray(t, 20 * L);
    }

    static void k6x4(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector z = FloatVector.zero(S);
        FloatVector c00 = z, c01 = z, c02 = z, c03 = z, c10 = z, c11 = z, c12 = z, c13 = z;
        FloatVector c20 = z, c21 = z, c22 = z, c23 = z, c30 = z, c31 = z, c32 = z, c33 = z;
        FloatVector c40 = z, c41 = z, c42 = z, c43 = z, c50 = z, c51 = z, c52 = z, c53 = z;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 6, bo += 4 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo), b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L), b3 = FloatVector.fromArray(S, b, bo + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            c33 = x.fma(b3, c33);
            x = FloatVector.broadcast(S, a[ao + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            c43 = x.fma(b3, c43);
            x = FloatVector.broadcast(S, a[ao + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
            c53 = x.fma(b3, c53);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c02.intoArray(t, 2 * L);
        c03.intoArray(t, 3 * L);
        c10.intoArray(t, 4 * L);
        c11.intoArray(t, 5 * L);
        c12.intoArray(t, 6 * L);
        c13.intoArray(t, 7 * L);
        c20.intoArray(t, 8 * L);
        c21.intoArray(t, 9 * L);
        c22.intoArray(t, 10 * L);
        c23.intoArray(t, 11 * L);
        c30.intoArray(t, 12 * L);
        c31.intoArray(t, 13 * L);
        c32.intoArray(t, 14 * L);
        c33.intoArray(t, 15 * L);
        c40.intoArray(t, 16 * L);
        c41.intoArray(t, 17 * L);
        c42.intoArray(t, 18 * L);
        c43.intoArray(t, 19 * L);
        c50.intoArray(t, 20 * L);
        c51.intoArray(t, 21 * L);
        c52.intoArray(t, 22 * L);
        c53.intoArray(t, 23 * L);
    }

    static void k8x3(int kc, float[] a, int aStart, float[] b, int bStart, float[] t) {
        FloatVector z = FloatVector.zero(S);
        FloatVector c00 = z, c01 = z, c02 = z, c10 = z, c11 = z, c12 = z, c20 = z, c21 = z, c22 = z;
        FloatVector c30 = z, c31 = z, c32 = z, c40 = z, c41 = z, c42 = z, c50 = z, c51 = z, c52 = z;
        FloatVector c60 = z, c61 = z, c62 = z, c70 = z, c71 = z, c72 = z;
        for (int p = 0, ao = aStart, bo = bStart; p < kc; p++, ao += 8, bo += 3 * L) {
            FloatVector b0 = FloatVector.fromArray(S, b, bo), b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            x = FloatVector.broadcast(S, a[ao + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            x = FloatVector.broadcast(S, a[ao + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
            x = FloatVector.broadcast(S, a[ao + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            c62 = x.fma(b2, c62);
            x = FloatVector.broadcast(S, a[ao + 7]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
            c72 = x.fma(b2, c72);
        }
        c00.intoArray(t, 0 * L);
        c01.intoArray(t, 1 * L);
        c02.intoArray(t, 2 * L);
        c10.intoArray(t, 3 * L);
        c11.intoArray(t, 4 * L);
        c12.intoArray(t, 5 * L);
        c20.intoArray(t, 6 * L);
        c21.intoArray(t, 7 * L);
        c22.intoArray(t, 8 * L);
        c30.intoArray(t, 9 * L);
        c31.intoArray(t, 10 * L);
        c32.intoArray(t, 11 * L);
        c40.intoArray(t, 12 * L);
        c41.intoArray(t, 13 * L);
        c42.intoArray(t, 14 * L);
        c50.intoArray(t, 15 * L);
        c51.intoArray(t, 16 * L);
        c52.intoArray(t, 17 * L);
        c60.intoArray(t, 18 * L);
        c61.intoArray(t, 19 * L);
        c62.intoArray(t, 20 * L);
        c70.intoArray(t, 21 * L);
        c71.intoArray(t, 22 * L);
        c72.intoArray(t, 23 * L);
    }
}
