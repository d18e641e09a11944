package io.github.vecnet.kernels.internal.panama.gemm;

import io.github.vecnet.kernels.internal.panama.Species;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The write-back of the blocked micro-kernels ({@link SgemmKernel4x2L}, {@link SgemmKernel6x2L}): their raw
 * accumulators, stored row-major as two vectors per row, go to C under the contract r = alpha * acc, then C = r or
 * beta * C + r (not fused). Kept out of the k loop so that alpha and beta take no register there. The double version
 * is generated from this file.
 */
final class SgemmTileWriteBack {
    private static final VectorSpecies<Float> S = Species.FLOAT;
    private static final int L = S.length();

    private SgemmTileWriteBack() {}

    static void apply(float[] acc, int rows, double alpha, double beta, float[] c, int co, int ldc) {
        float al = (float) alpha;
        float be = (float) beta;
        for (int r = 0; r < rows; r++) {
            for (int v = 0; v < 2; v++) {
                FloatVector scaled =
                        FloatVector.fromArray(S, acc, (2 * r + v) * L).mul(al);
                int at = co + r * ldc + v * L;
                if (be == 0f) {
                    scaled.intoArray(c, at);
                } else {
                    FloatVector.fromArray(S, c, at).mul(be).add(scaled).intoArray(c, at);
                }
            }
        }
    }

    /**
     * The first {@code vectors} (1 or 2) vectors of each of {@code rows} rows of a raw tile at {@code acc[at]}
     * (still two vector slots per row), for the small path. The blocked kernels keep their own copy above, with
     * the constant two vectors: with this one behind it, 256 x 784 x 256 measured 0.74-0.84x OpenBLAS against
     * 0.86-0.93x (Zen 3, JDK 25, alternating jars; within this machine's noise, so not proven either way).
     */
    static void apply(
            float[] acc, int at, int rows, int vectors, double alpha, double beta, float[] c, int co, int ldc) {
        float al = (float) alpha;
        float be = (float) beta;
        for (int r = 0; r < rows; r++) {
            for (int v = 0; v < vectors; v++) {
                FloatVector scaled =
                        FloatVector.fromArray(S, acc, at + (2 * r + v) * L).mul(al);
                int to = co + r * ldc + v * L;
                if (be == 0f) {
                    scaled.intoArray(c, to);
                } else {
                    FloatVector.fromArray(S, c, to).mul(be).add(scaled).intoArray(c, to);
                }
            }
        }
    }
}
