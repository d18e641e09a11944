package io.github.vecnet.kernels.internal.gemm;

import io.github.vecnet.kernels.Transpose;
import io.github.vecnet.kernels.internal.Checks;

/**
 * Argument checks of the public GEMM (netlib style: everything is validated before anything is written). Row-major:
 * the stored A is {@code m x k} ({@code transA == false}) or {@code k x m}, so {@code lda >= max(1, k)} or
 * {@code max(1, m)}; likewise B and C.
 */
public final class GemmChecks {
    private GemmChecks() {}

    /** Checks the dimensions and leading dimensions (the parts that do not depend on the arrays' type). */
    public static void shape(Transpose transA, Transpose transB, int m, int n, int k, int lda, int ldb, int ldc) {
        if (transA == null) {
            throw new IllegalArgumentException("transA must not be null");
        }
        if (transB == null) {
            throw new IllegalArgumentException("transB must not be null");
        }
        Checks.nonNegative("m", m);
        Checks.nonNegative("n", n);
        Checks.nonNegative("k", k);
        boolean ta = transA == Transpose.YES;
        boolean tb = transB == Transpose.YES;
        leading("lda", lda, "transA", ta, "A", ta ? "k" : "m", ta ? "m" : "k", ta ? k : m, ta ? m : k);
        leading("ldb", ldb, "transB", tb, "B", tb ? "n" : "k", tb ? "k" : "n", tb ? n : k, tb ? k : n);
        leading("ldc", ldc, null, false, "C", "m", "n", m, n);
    }

    private static void leading(
            String name,
            int ld,
            String transName,
            boolean transposed,
            String matrix,
            String rowSymbol,
            String colSymbol,
            int storedRows,
            int storedCols) {
        if (ld < Math.max(1, storedCols)) {
            String trans = transName == null ? "" : transName + "=" + (transposed ? "YES" : "NO") + ", ";
            throw new IllegalArgumentException(name + " must be >= max(1, " + colSymbol + ") = "
                    + Math.max(1, storedCols)
                    + " (" + trans + matrix + " stored " + rowSymbol + " x " + colSymbol + " = " + storedRows + " x "
                    + storedCols + " row-major), got " + ld);
        }
    }

    /** Number of array elements spanned by a stored {@code rows x cols} matrix with leading dimension ld. */
    public static long extent(int rows, int cols, int ld) {
        return rows == 0 || cols == 0 ? 0 : (long) (rows - 1) * ld + cols;
    }

    public static void arrays(
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            float[] a,
            int aOffset,
            int lda,
            float[] b,
            int bOffset,
            int ldb,
            float[] c,
            int cOffset,
            int ldc,
            boolean readsAB) {
        Checks.range("a", a, aOffset, transA ? extent(k, m, lda) : extent(m, k, lda));
        Checks.range("b", b, bOffset, transB ? extent(n, k, ldb) : extent(k, n, ldb));
        Checks.range("c", c, cOffset, extent(m, n, ldc));
        if (readsAB) {
            noOverlap(c == a, "a", "A", transA, m, k, aOffset, lda, m, n, cOffset, ldc);
            noOverlap(c == b, "b", "B", transB, k, n, bOffset, ldb, m, n, cOffset, ldc);
        }
    }

    public static void arrays(
            boolean transA,
            boolean transB,
            int m,
            int n,
            int k,
            double[] a,
            int aOffset,
            int lda,
            double[] b,
            int bOffset,
            int ldb,
            double[] c,
            int cOffset,
            int ldc,
            boolean readsAB) {
        Checks.range("a", a, aOffset, transA ? extent(k, m, lda) : extent(m, k, lda));
        Checks.range("b", b, bOffset, transB ? extent(n, k, ldb) : extent(k, n, ldb));
        Checks.range("c", c, cOffset, extent(m, n, ldc));
        if (readsAB) {
            noOverlap(c == a, "a", "A", transA, m, k, aOffset, lda, m, n, cOffset, ldc);
            noOverlap(c == b, "b", "B", transB, k, n, bOffset, ldb, m, n, cOffset, ldc);
        }
    }

    private static void noOverlap(
            boolean sameArray,
            String name,
            String matrix,
            boolean transposed,
            int rows,
            int cols,
            int offset,
            int ld,
            int m,
            int n,
            int cOffset,
            int ldc) {
        if (!sameArray) {
            return;
        }
        int storedRows = transposed ? cols : rows;
        int storedCols = transposed ? rows : cols;
        if (overlaps(cOffset, m, n, ldc, offset, storedRows, storedCols, ld)) {
            throw new IllegalArgumentException("c overlaps " + name + ": C (offset " + cOffset + ", " + m + " x " + n
                    + ", ldc " + ldc + ") shares elements with " + matrix + " (offset " + offset + ", " + storedRows
                    + " x "
                    + storedCols + ", ld " + ld + "), so writing C would corrupt " + matrix + " while it is read");
        }
    }

    /** Whether two strided regions {@code off + i * ld + j} ({@code i < rows, j < cols}) share an element. */
    static boolean overlaps(int off1, int rows1, int cols1, int ld1, int off2, int rows2, int cols2, int ld2) {
        if (rows1 == 0 || cols1 == 0 || rows2 == 0 || cols2 == 0) {
            return false;
        }
        long end1 = off1 + extent(rows1, cols1, ld1);
        long end2 = off2 + extent(rows2, cols2, ld2);
        if (end1 <= off2 || end2 <= off1) {
            return false;
        }
        for (int i = 0; i < rows1; i++) {
            long s = off1 + (long) i * ld1;
            long e = s + cols1 - 1;
            // rows r of region 2 with off2 + r*ld2 <= e and off2 + r*ld2 + cols2 - 1 >= s
            long lo = -Math.floorDiv(-(s - off2 - cols2 + 1), (long) ld2);
            long hi = Math.floorDiv(e - off2, (long) ld2);
            lo = Math.max(lo, 0);
            hi = Math.min(hi, rows2 - 1);
            if (lo <= hi) {
                return true;
            }
        }
        return false;
    }
}
