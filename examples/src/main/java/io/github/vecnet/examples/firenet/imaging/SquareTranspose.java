package io.github.vecnet.examples.firenet.imaging;

/** In-place transpose of a square row-major block, tiled so both the read and the write side stay in cache. */
final class SquareTranspose {
    private static final int TILE = 32;

    private SquareTranspose() {}

    /** Transposes the leading {@code size x size} block of a row-major array with row stride {@code stride}. */
    static void inPlace(double[] a, int size, int stride) {
        for (int rowTile = 0; rowTile < size; rowTile += TILE) {
            for (int colTile = rowTile; colTile < size; colTile += TILE) {
                int rowEnd = Math.min(rowTile + TILE, size);
                int colEnd = Math.min(colTile + TILE, size);
                for (int r = rowTile; r < rowEnd; r++) {
                    for (int c = Math.max(colTile, r + 1); c < colEnd; c++) {
                        int upper = r * stride + c;
                        int lower = c * stride + r;
                        double t = a[upper];
                        a[upper] = a[lower];
                        a[lower] = t;
                    }
                }
            }
        }
    }

    static void inPlace(double[] a, int n) {
        inPlace(a, n, n);
    }
}
