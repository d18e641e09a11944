package io.github.vecnet.kernels.internal.gemm;

/** How a team splits the tile grid of C: a {@code rowGroups x columnGroups} grid of members. */
final class TilePartition {
    private TilePartition() {}

    /**
     * {@code {rowGroups, columnGroups}} with product {@code threads} that minimises the tiles of the busiest member
     * (ties prefer more row groups). Row groups each pack the same B panels and column groups the same A blocks, a
     * cost of O(k (n + m)) against O(m n k / threads) of arithmetic.
     */
    static int[] split(int threads, int rowTiles, int columnTiles) {
        int bestRows = threads;
        long bestLoad = Long.MAX_VALUE;
        for (int rows = threads; rows >= 1; rows--) {
            if (threads % rows != 0) {
                continue;
            }
            int columns = threads / rows;
            long load = (long) GemmDriver.ceilDiv(rowTiles, rows) * GemmDriver.ceilDiv(columnTiles, columns);
            if (load < bestLoad) {
                bestLoad = load;
                bestRows = rows;
            }
        }
        return new int[] {bestRows, threads / bestRows};
    }
}
