package io.github.vecnet.kernels.internal.gemm;

/**
 * The BLIS five-loop GEMM driver, generic over the precision ({@code float[]} or {@code double[]}), so that float
 * and double share every loop and differ only in the {@link Precision} twins and the micro-kernels.
 *
 * <p>Arguments are trusted (the public facade checked them) and {@code m, n, k >= 1}, {@code alpha != 0}.
 * Threads split the output tiles of C (rows in multiples of MR, columns in multiples of NR) and never the k
 * reduction: every element of C sees the same operations in the same order whatever the thread count.
 */
public final class GemmDriver<A> {
    private final Precision<A> precision;
    private final MicroKernel<A> kernel;
    private final BlockSizes blocks;
    private final ThreadLocal<Workspace<A>> workspaces = ThreadLocal.withInitial(Workspace::new);

    public GemmDriver(Precision<A> precision, MicroKernel<A> kernel) {
        this.precision = precision;
        this.kernel = kernel;
        this.blocks = kernel.blockSizes();
    }

    public BlockSizes blockSizes() {
        return blocks;
    }

    /** {@code C = alpha * op(A) * op(B) + beta * C} on up to {@code threads} threads. */
    public void blocked(
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            double alpha,
            A a,
            int aOffset,
            int lda,
            A b,
            int bOffset,
            int ldb,
            double beta,
            A c,
            int cOffset,
            int ldc,
            int threads) {
        int[] split =
                TilePartition.split(threads, ceilDiv(m, blocks.mr()), ceilDiv(Math.min(n, blocks.nc()), blocks.nr()));
        GemmTeam.Body body = (member, members) -> run(
                member, split[0], split[1], transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c,
                cOffset, ldc);
        if (threads <= 1 || !GemmTeam.tryRun(threads, body)) {
            run(0, 1, 1, transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
        }
    }

    /**
     * One team member's share: a {@code rowGroups x columnGroups} grid of members, this one owning whole MR tiles of
     * rows and whole NR panels of every NC block. Each member packs the B panels it needs into its own buffer, so
     * members never wait for each other (no barrier inside the loops: a barrier per KC slice costs a scheduler time
     * slice whenever the machine is oversubscribed); the price is that row groups pack the same B panels.
     */
    private void run(
            int member,
            int rowGroups,
            int columnGroups,
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            double alpha,
            A a,
            int aOffset,
            int lda,
            A b,
            int bOffset,
            int ldb,
            double beta,
            A c,
            int cOffset,
            int ldc) {
        int mr = blocks.mr();
        int nr = blocks.nr();
        int mc = blocks.mc();
        int kcMax = blocks.kc();
        // k in ceil(k / KC) slices of ceil(k / slices) each (the last one possibly shorter), not KC-long
        // slices and a short tail: every slice costs a pass over C (the write-back), so a tail of a few k is a whole
        // pass for little work. The split depends only on k and KC, never on the thread count.
        int kcStep = k <= kcMax ? kcMax : ceilDiv(k, ceilDiv(k, kcMax));
        Workspace<A> ws = workspaces.get();
        ws.packedA = ensure(ws.packedA, mc * Math.min(k, kcMax));
        ws.packedB = ensure(ws.packedB, roundUp(Math.min(n, blocks.nc()), nr) * Math.min(k, kcMax));
        ws.tile = ensure(ws.tile, mr * nr);
        A packedA = ws.packedA;
        A packedB = ws.packedB;
        A tile = ws.tile;
        // This member's rows of C, whole MR tiles; its columns are chosen per NC block below.
        int rowUnits = ceilDiv(m, mr);
        int myRow0 = Math.min(m, rowUnits * (member / columnGroups) / rowGroups * mr);
        int myRow1 = Math.min(m, rowUnits * (member / columnGroups + 1) / rowGroups * mr);
        int columnGroup = member % columnGroups;
        if (myRow0 >= myRow1) {
            return; // more row groups than MR tiles
        }

        for (int jc = 0; jc < n; jc += blocks.nc()) { // loop 5: NC columns of C and B (B block -> L3)
            int nc = Math.min(blocks.nc(), n - jc);
            int panels = ceilDiv(nc, nr);
            int myPanel0 = panels * columnGroup / columnGroups;
            int myPanel1 = panels * (columnGroup + 1) / columnGroups;
            for (int pc = 0; pc < k; pc += kcStep) { // loop 4: KC slice of the k reduction; pack B here
                int kc = Math.min(kcStep, k - pc);
                double betaPass = pc == 0 ? beta : 1.0; // beta on the first KC pass only
                if (myPanel0 < myPanel1) {
                    int col = myPanel0 * nr;
                    precision.packB(
                            transB,
                            b,
                            bOffset,
                            ldb,
                            pc,
                            kc,
                            jc + col,
                            Math.min(myPanel1 * nr, nc) - col,
                            nr,
                            packedB,
                            myPanel0 * nr * kc);
                }
                for (int ic = myRow0;
                        ic < myRow1;
                        ic += mc) { // loop 3: MC rows of C and A; pack A here (A block -> L2)
                    int mcEff = Math.min(mc, myRow1 - ic);
                    precision.packA(transA, a, aOffset, lda, ic, mcEff, pc, kc, mr, packedA);
                    for (int q = myPanel0; q < myPanel1; q++) { // loop 2: NR columns, one packed-B micro-panel (-> L1)
                        int jr = q * nr;
                        int nrEff = Math.min(nr, nc - jr);
                        for (int ir = 0;
                                ir < mcEff;
                                ir += mr) { // loop 1: MR rows, one packed-A micro-panel; micro-kernel
                            int mrEff = Math.min(mr, mcEff - ir);
                            int cAt = cOffset + (ic + ir) * ldc + jc + jr;
                            int aAt = ir * kc;
                            int bAt = q * nr * kc;
                            if (mrEff == mr && nrEff == nr) {
                                kernel.compute(kc, packedA, aAt, packedB, bAt, alpha, betaPass, c, cAt, ldc);
                            } else { // edge tile: full tile into a temporary, then merge the valid part
                                kernel.compute(kc, packedA, aAt, packedB, bAt, alpha, 0.0, tile, 0, nr);
                                precision.mergeTile(tile, nr, mrEff, nrEff, betaPass, c, cAt, ldc);
                            }
                        }
                    }
                }
            }
        }
    }

    private A ensure(A buffer, int length) {
        return buffer != null && precision.length(buffer) >= length ? buffer : precision.newArray(length);
    }

    /** {@code ceil(x / y)} for {@code x >= 0, y > 0}, without overflow near {@code Integer.MAX_VALUE}. */
    static int ceilDiv(int x, int y) {
        return x / y + (x % y == 0 ? 0 : 1);
    }

    static int roundUp(int x, int y) {
        return ceilDiv(x, y) * y;
    }

    /** Per-thread packing buffers, grown on demand and then reused: no buffer allocation per call in steady state. */
    private static final class Workspace<A> {
        A packedA;
        A packedB;
        A tile;
    }
}
