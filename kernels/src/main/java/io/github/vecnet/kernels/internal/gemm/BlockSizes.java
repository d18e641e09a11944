package io.github.vecnet.kernels.internal.gemm;

/**
 * The BLIS blocking of one micro-kernel: an {@code mr x nr} register tile, an {@code mc x kc} packed block of A
 * (sized for L2) and a {@code kc x nc} packed block of B (sized for L3). {@code mc} is a multiple of {@code mr} and
 * {@code nc} a multiple of {@code nr}, so the tile grid of C never depends on where a block starts.
 */
public record BlockSizes(int mr, int nr, int mc, int kc, int nc) {

    public BlockSizes {
        if (mr < 1 || nr < 1 || mc < mr || kc < 1 || nc < nr || mc % mr != 0 || nc % nr != 0) {
            throw new IllegalArgumentException(
                    "inconsistent block sizes " + mr + "x" + nr + " mc=" + mc + " kc=" + kc + " nc=" + nc);
        }
    }

    /** The same cache blocks for a register tile of {@code rows} rows: {@code mc} rounded down to a multiple. */
    public BlockSizes withRows(int rows) {
        return rows == mr ? this : new BlockSizes(rows, nr, Math.max(rows, mc / rows * rows), kc, nc);
    }
}
