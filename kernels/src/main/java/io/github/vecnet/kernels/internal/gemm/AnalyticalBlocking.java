package io.github.vecnet.kernels.internal.gemm;

import java.util.Optional;

/**
 * The cache blocks of a given {@code mr x nr} micro-kernel from the cache geometry, by the analytical model of Low,
 * Igual, Smith and Quintana-Orti, "Analytical modeling is enough for high-performance BLIS" (ACM TOMS 43(2), 2016),
 * section 4. The model counts cache ways (an LRU set-associative cache keeps whatever occupies whole ways):
 * <ul>
 *   <li>kc (L1): the reused B micro-panel ({@code kc x nr}) and the streamed A micro-panel ({@code mr x kc}) share
 *       the L1 with one way left for C: {@code C_Ar + C_Br <= W1 - 1}, each panel taking whole ways
 *       ({@code C_Xr = ceil(kc x r x S / (N1 x L1line))}). kc is the largest value that satisfies it. The paper's
 *       closed form {@code C_Ar = floor((W1 - 1) / (1 + nr / mr))}, {@code kc = C_Ar x N1 x L1line / (mr x S)}
 *       also ties kc to a whole number of A ways, which costs little when mr &gt;= nr (BLIS's tiles) but here, with
 *       the wide B panel of a row-major tile (nr = 32, mr = 6), leaves L1 under-filled: kc = 170 on a 48 KB 12-way
 *       L1 where the exact solution is 288, and 288 and 256 ran 7-8 % faster than 128 (docs/bench/gemm.md).</li>
 *   <li>mc (L2): the packed A block ({@code mc x kc}) gets the L2 ways left after one for C and those the B
 *       micro-panel needs, {@code C_Ac = W2 - 1 - ceil(kc x nr x S / (N2 x L2line))}, so
 *       {@code mc = floor(C_Ac x N2 x L2line / (kc x S))}, rounded down to a multiple of mr.</li>
 *   <li>nc (L3): likewise {@code C_Bc = W3 - 1 - ceil(mc x kc x S / (N3 x L3line))} ways hold the packed B block,
 *       {@code nc = floor(C_Bc x N3 x L3line / (kc x S))}, rounded down to a multiple of nr.</li>
 * </ul>
 * {@code N} is the number of sets, {@code W} the ways and {@code S} the element size in bytes.
 */
public final class AnalyticalBlocking {
    /** The largest kc, and the largest packed block (mc x kc or kc x nc elements) the model may ask for. */
    static final int MAX_KC = 1 << 12;

    static final long MAX_BLOCK_ELEMENTS = 1 << 26;

    private AnalyticalBlocking() {}

    /**
     * The blocking, or empty when the model has no room (too few ways for the micro-panels): the caller keeps the
     * table. Without an L3 the given {@code fallbackNc} (rounded to nr) is used.
     */
    public static Optional<BlockSizes> derive(int mr, int nr, int elementBytes, CacheHierarchy caches, int fallbackNc) {
        CacheLevel l1 = caches.l1();
        long kc = Math.min(MAX_KC, largestKc(mr, nr, elementBytes, l1));
        if (kc < 1) {
            return Optional.empty();
        }
        CacheLevel l2 = caches.l2();
        long aBlockWays = l2.ways() - 1 - ceilDiv(kc * nr * elementBytes, l2.wayBytes());
        long mc = aBlockWays * l2.wayBytes() / (kc * elementBytes) / mr * mr;
        if (mc < mr) {
            return Optional.empty();
        }
        long nc;
        CacheLevel l3 = caches.l3();
        if (l3 == null) {
            nc = Math.max(nr, fallbackNc / nr * nr);
        } else {
            long bBlockWays = l3.ways() - 1 - ceilDiv(mc * kc * elementBytes, l3.wayBytes());
            nc = bBlockWays * l3.wayBytes() / (kc * elementBytes) / nr * nr;
        }
        if (nc < nr) {
            return Optional.empty();
        }
        // Bounds that keep the buffers (mc x kc and kc x nc elements) far from int overflow whatever sysfs says.
        long maxRows = MAX_BLOCK_ELEMENTS / kc;
        return Optional.of(new BlockSizes(
                mr, nr, (int) Math.min(mc, maxRows / mr * mr), (int) kc, (int) Math.min(nc, maxRows / nr * nr)));
    }

    /**
     * The largest kc whose A and B micro-panels, each rounded up to whole ways, fit {@code W1 - 1} ways: for each
     * split of the ways, {@code aWays} for A and the rest for B, the kc both sides allow; the best split wins.
     * Zero when no split leaves each panel a way.
     */
    private static long largestKc(int mr, int nr, int elementBytes, CacheLevel l1) {
        long best = 0;
        for (long aWays = 1; aWays <= l1.ways() - 2; aWays++) {
            long bWays = l1.ways() - 1 - aWays;
            long byA = aWays * l1.wayBytes() / ((long) mr * elementBytes);
            long byB = bWays * l1.wayBytes() / ((long) nr * elementBytes);
            best = Math.max(best, Math.min(byA, byB));
        }
        return best;
    }

    private static long ceilDiv(long x, long y) {
        return (x + y - 1) / y;
    }
}
