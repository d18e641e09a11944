package io.github.vecnet.kernels;

import io.github.vecnet.kernels.internal.Checks;

/**
 * Optimiser updates over {@code float[]} and {@code double[]} ranges, {@code n} first like {@link VectorOps}. The
 * vector and scalar paths compute the same formula in the same order, so they give the same bits. Arguments are
 * validated before anything is written; messages name the argument.
 */
public final class Updates {
    private Updates() {}

    /**
     * One Adam(W) step over n parameters, updating {@code p}, {@code m} and {@code v} in place (formula:
     * {@link AdamStep}). The four ranges must be pairwise disjoint or in different arrays.
     *
     * @param n the number of parameters
     * @param p the parameters, updated
     * @param pOffset the index of p's first element
     * @param g the gradients
     * @param gOffset the index of g's first element
     * @param m the first moments, updated
     * @param mOffset the index of m's first element
     * @param v the second moments, updated
     * @param vOffset the index of v's first element
     * @param step the coefficients of this step
     */
    public static void adam(
            int n,
            float[] p,
            int pOffset,
            float[] g,
            int gOffset,
            float[] m,
            int mOffset,
            float[] v,
            int vOffset,
            AdamStep step) {
        checkAdam(n, p, pOffset, g, gOffset, m, mOffset, v, vOffset, step);
        Kernels.floatElementwise().adam(n, p, pOffset, g, gOffset, m, mOffset, v, vOffset, step);
    }

    /**
     * One Adam(W) step over n parameters, updating {@code p}, {@code m} and {@code v} in place (formula:
     * {@link AdamStep}). The four ranges must be pairwise disjoint or in different arrays.
     *
     * @param n the number of parameters
     * @param p the parameters, updated
     * @param pOffset the index of p's first element
     * @param g the gradients
     * @param gOffset the index of g's first element
     * @param m the first moments, updated
     * @param mOffset the index of m's first element
     * @param v the second moments, updated
     * @param vOffset the index of v's first element
     * @param step the coefficients of this step
     */
    public static void adam(
            int n,
            double[] p,
            int pOffset,
            double[] g,
            int gOffset,
            double[] m,
            int mOffset,
            double[] v,
            int vOffset,
            AdamStep step) {
        checkAdam(n, p, pOffset, g, gOffset, m, mOffset, v, vOffset, step);
        Kernels.doubleElementwise().adam(n, p, pOffset, g, gOffset, m, mOffset, v, vOffset, step);
    }

    /** n, the four ranges and the step; the arrays are float[] or double[] (one check for both precisions). */
    private static void checkAdam(
            int n,
            Object p,
            int pOffset,
            Object g,
            int gOffset,
            Object m,
            int mOffset,
            Object v,
            int vOffset,
            AdamStep step) {
        Checks.nonNegative("n", n);
        Checks.range("p", p, pOffset, n);
        Checks.range("g", g, gOffset, n);
        Checks.range("m", m, mOffset, n);
        Checks.range("v", v, vOffset, n);
        if (step == null) {
            throw new IllegalArgumentException("step must not be null");
        }
        disjoint(n, new Object[] {p, g, m, v}, new int[] {pOffset, gOffset, mOffset, vOffset});
    }

    /** The update reads g while writing p, m and v: no two of the four ranges may share elements. */
    private static void disjoint(int n, Object[] arrays, int[] offsets) {
        String[] names = {"p", "g", "m", "v"};
        for (int i = 0; i < arrays.length; i++) {
            for (int j = i + 1; j < arrays.length; j++) {
                if (n > 0 && arrays[i] == arrays[j] && offsets[i] < offsets[j] + n && offsets[j] < offsets[i] + n) {
                    throw new IllegalArgumentException(
                            names[i] + "[" + offsets[i] + " .. " + (offsets[i] + n) + ") overlaps " + names[j] + "["
                                    + offsets[j] + " .. " + (offsets[j] + n) + "); the Adam ranges must be disjoint");
                }
            }
        }
    }
}
