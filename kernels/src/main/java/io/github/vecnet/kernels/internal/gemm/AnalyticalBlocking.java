package io.github.vecnet.kernels.internal.gemm;

import java.util.Optional;

/**
 * The cache blocks of a given {@code mr x nr} micro-kernel from the cache geometry, by the analytical model of Low,
 * Igual, Smith and Quintana-Orti, "Analytical modeling is enough for high-performance BLIS" (ACM TOMS 43(2), 2016),
 * section 4. The model counts cache ways (an LRU set-associative cache keeps whatever occupies whole ways):
 * <ul>
 *   <li>kc (L1): the reused B micro-panel ({@code kc x nr}) and the streamed A micro-panel ({@code mr x kc}) share
 *       the L1 with one way left for C; A gets {@code C_Ar = floor((W1 - 1) / (1 + nr / mr))} ways, so
 *       {@code kc = floor(C_Ar x N1 x L1line / (mr x S))}.</li>
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
        long aWays = (long) Math.floor((l1.ways() - 1) / (1.0 + (double) nr / mr));
        long kc = Math.min(MAX_KC, aWays * l1.wayBytes() / ((long) mr * elementBytes));
        if (aWays < 1 || kc < 1) {
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

    private static long ceilDiv(long x, long y) {
        return (x + y - 1) / y;
    }
}
