package io.github.vecnet.kernels.internal.panama.elementwise;

import static jdk.incubator.vector.VectorOperators.ABS;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.MAX;

import io.github.vecnet.kernels.AdamStep;
import io.github.vecnet.kernels.BinaryOp;
import io.github.vecnet.kernels.internal.FloatAdamCoefficients;
import io.github.vecnet.kernels.internal.FloatElementwise;
import io.github.vecnet.kernels.internal.VectorizationProvider;
import io.github.vecnet.kernels.internal.panama.Species;
import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API element-wise kernels. Maps process whole vectors; the last {@code n % lanes} elements go through the
 * scalar reference (for relu, add, backward passes and the like that is the same arithmetic, bit for bit).
 * Reductions use four accumulators inside blocks of {@link #BLOCK} elements; block partials are added lane by
 * lane, in a fixed order, into a double, so results are deterministic and the error bound in
 * docs/KERNELS-ELEMENTWISE.md holds. The double version is generated from this file.
 */
public final class PanamaFloatElementwise implements FloatElementwise {
    private static final VectorSpecies<Float> S = Species.FLOAT;
    private static final int L = S.length();

    /**
     * Computes the last {@code n % lanes} elements of the maps. Masked or padded vector tails would need a second
     * inlined copy of the vector code, which exceeds C2's inlining budget and boxes vectors (measured: 290-750 bytes
     * allocated per call); the scalar formulas are at least as accurate.
     */
    private static final FloatElementwise SCALAR =
            VectorizationProvider.scalar().floatElementwise();

    /** Elements per reduction block: each accumulator lane adds at most BLOCK / (4 lanes) terms in working precision. */
    static final int BLOCK = 1024;

    // ================================================================ float maps

    @Override
    public void relu(int n, float[] x, int xOffset, float[] y, int yOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            relu(FloatVector.fromArray(S, x, xOffset + i)).intoArray(y, yOffset + i);
        }
        if (i < n) {
            SCALAR.relu(n - i, x, xOffset + i, y, yOffset + i);
        }
    }

    /** max(x, 0) with NaN kept: blend zero where x is not > 0 and not NaN (x == x). */
    private static FloatVector relu(FloatVector v) {
        return v.blend(0f, v.compare(GT, 0f).not().and(v.eq(v)));
    }

    @Override
    public void reluBackward(int n, float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xOffset + i);
            FloatVector g = FloatVector.fromArray(S, dy, dyOffset + i);
            FloatVector.zero(S).blend(g, v.compare(GT, 0f)).intoArray(dx, dxOffset + i);
        }
        if (i < n) {
            SCALAR.reluBackward(n - i, x, xOffset + i, dy, dyOffset + i, dx, dxOffset + i);
        }
    }

    @Override
    public void sigmoid(int n, float[] x, int xOffset, float[] y, int yOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVectorMath.sigmoid(FloatVector.fromArray(S, x, xOffset + i)).intoArray(y, yOffset + i);
        }
        if (i < n) {
            SCALAR.sigmoid(n - i, x, xOffset + i, y, yOffset + i);
        }
    }

    @Override
    public void sigmoidBackward(int n, float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector s = FloatVector.fromArray(S, y, yOffset + i);
            FloatVector g = FloatVector.fromArray(S, dy, dyOffset + i);
            g.mul(s).mul(s.neg().add(1f)).intoArray(dx, dxOffset + i);
        }
        if (i < n) {
            SCALAR.sigmoidBackward(n - i, y, yOffset + i, dy, dyOffset + i, dx, dxOffset + i);
        }
    }

    @Override
    public void tanh(int n, float[] x, int xOffset, float[] y, int yOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVectorMath.tanh(FloatVector.fromArray(S, x, xOffset + i)).intoArray(y, yOffset + i);
        }
        if (i < n) {
            SCALAR.tanh(n - i, x, xOffset + i, y, yOffset + i);
        }
    }

    @Override
    public void tanhBackward(int n, float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector t = FloatVector.fromArray(S, y, yOffset + i);
            FloatVector g = FloatVector.fromArray(S, dy, dyOffset + i);
            g.mul(t.mul(t).neg().add(1f)).intoArray(dx, dxOffset + i);
        }
        if (i < n) {
            SCALAR.tanhBackward(n - i, y, yOffset + i, dy, dyOffset + i, dx, dxOffset + i);
        }
    }

    @Override
    public void exp(int n, float[] x, int xOffset, float[] y, int yOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVectorMath.exp(FloatVector.fromArray(S, x, xOffset + i)).intoArray(y, yOffset + i);
        }
        if (i < n) {
            SCALAR.exp(n - i, x, xOffset + i, y, yOffset + i);
        }
    }

    @Override
    public void log(int n, float[] x, int xOffset, float[] y, int yOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVectorMath.log(FloatVector.fromArray(S, x, xOffset + i)).intoArray(y, yOffset + i);
        }
        if (i < n) {
            SCALAR.log(n - i, x, xOffset + i, y, yOffset + i);
        }
    }

    @Override
    public void softmaxRows(int rows, int cols, float[] x, int xOffset, float[] y, int yOffset) {
        for (int r = 0; r < rows; r++) {
            int xo = xOffset + r * cols;
            int yo = yOffset + r * cols;
            float max = max(cols, x, xo);
            double total = expShiftedInto(cols, x, xo, max, y, yo);
            scale(cols, (float) (1.0 / total), y, yo, y, yo);
        }
    }

    @Override
    public void logSumExpRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        for (int r = 0; r < rows; r++) {
            int xo = xOffset + r * cols;
            float max = max(cols, x, xo);
            if (Float.isInfinite(max)) {
                out[outOffset + r] = max;
                continue;
            }
            double total = expShiftedInto(cols, x, xo, max, null, 0);
            out[outOffset + r] = (float) (max + StrictMath.log(total));
        }
    }

    /** Writes exp(x_j - max) to y (unless y is null) and returns their sum (float lanes, added per block in double). */
    private static double expShiftedInto(int n, float[] x, int xOffset, float max, float[] y, int yOffset) {
        double total = 0;
        FloatVector acc = FloatVector.zero(S);
        int i = 0;
        int inBlock = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector e = FloatVectorMath.expOfShifted(
                    FloatVector.fromArray(S, x, xOffset + i).sub(max));
            if (y != null) {
                e.intoArray(y, yOffset + i);
            }
            acc = acc.add(e);
            if (++inBlock == BLOCK / L) {
                total += lanesInOrder(acc);
                acc = FloatVector.zero(S);
                inBlock = 0;
            }
        }
        total += lanesInOrder(acc);
        for (; i < n; i++) {
            float e = (float) StrictMath.exp(x[xOffset + i] - max); // the tail as in the scalar reference
            if (y != null) {
                y[yOffset + i] = e;
            }
            total += e;
        }
        return total;
    }

    // ================================================================ float BLAS-1

    @Override
    public void axpy(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset) {
        // mul then add (not fma): the same two roundings as the scalar reference, so results are bit-identical.
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector.fromArray(S, x, xOffset + i)
                    .mul(alpha)
                    .add(FloatVector.fromArray(S, y, yOffset + i))
                    .intoArray(y, yOffset + i);
        }
        for (; i < n; i++) {
            y[yOffset + i] += alpha * x[xOffset + i];
        }
    }

    @Override
    public void scale(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector.fromArray(S, x, xOffset + i).mul(alpha).intoArray(y, yOffset + i);
        }
        for (; i < n; i++) {
            y[yOffset + i] = alpha * x[xOffset + i];
        }
    }

    @Override
    public void add(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector.fromArray(S, x, xOffset + i)
                    .add(FloatVector.fromArray(S, y, yOffset + i))
                    .intoArray(z, zOffset + i);
        }
        for (; i < n; i++) {
            z[zOffset + i] = x[xOffset + i] + y[yOffset + i];
        }
    }

    @Override
    public void sub(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector.fromArray(S, x, xOffset + i)
                    .sub(FloatVector.fromArray(S, y, yOffset + i))
                    .intoArray(z, zOffset + i);
        }
        for (; i < n; i++) {
            z[zOffset + i] = x[xOffset + i] - y[yOffset + i];
        }
    }

    @Override
    public void mul(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector.fromArray(S, x, xOffset + i)
                    .mul(FloatVector.fromArray(S, y, yOffset + i))
                    .intoArray(z, zOffset + i);
        }
        for (; i < n; i++) {
            z[zOffset + i] = x[xOffset + i] * y[yOffset + i];
        }
    }

    @Override
    public float sum(int n, float[] x, int xOffset) {
        double total = 0;
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            FloatVector a0 = FloatVector.zero(S);
            FloatVector a1 = FloatVector.zero(S);
            FloatVector a2 = FloatVector.zero(S);
            FloatVector a3 = FloatVector.zero(S);
            int i = start;
            for (; i + 4 * L <= end; i += 4 * L) {
                a0 = a0.add(FloatVector.fromArray(S, x, xOffset + i));
                a1 = a1.add(FloatVector.fromArray(S, x, xOffset + i + L));
                a2 = a2.add(FloatVector.fromArray(S, x, xOffset + i + 2 * L));
                a3 = a3.add(FloatVector.fromArray(S, x, xOffset + i + 3 * L));
            }
            for (; i + L <= end; i += L) {
                a0 = a0.add(FloatVector.fromArray(S, x, xOffset + i));
            }
            total += lanesInOrder(a0.add(a1).add(a2.add(a3)));
            for (; i < end; i++) {
                total += x[xOffset + i];
            }
        }
        return (float) total;
    }

    @Override
    public float dot(int n, float[] x, int xOffset, float[] y, int yOffset) {
        double total = 0;
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            FloatVector a0 = FloatVector.zero(S);
            FloatVector a1 = FloatVector.zero(S);
            FloatVector a2 = FloatVector.zero(S);
            FloatVector a3 = FloatVector.zero(S);
            int i = start;
            for (; i + 4 * L <= end; i += 4 * L) {
                int xi = xOffset + i;
                int yi = yOffset + i;
                a0 = FloatVector.fromArray(S, x, xi).fma(FloatVector.fromArray(S, y, yi), a0);
                a1 = FloatVector.fromArray(S, x, xi + L).fma(FloatVector.fromArray(S, y, yi + L), a1);
                a2 = FloatVector.fromArray(S, x, xi + 2 * L).fma(FloatVector.fromArray(S, y, yi + 2 * L), a2);
                a3 = FloatVector.fromArray(S, x, xi + 3 * L).fma(FloatVector.fromArray(S, y, yi + 3 * L), a3);
            }
            for (; i + L <= end; i += L) {
                a0 = FloatVector.fromArray(S, x, xOffset + i).fma(FloatVector.fromArray(S, y, yOffset + i), a0);
            }
            total += lanesInOrder(a0.add(a1).add(a2.add(a3)));
            for (; i < end; i++) {
                // double: total = Math.fma(x[xOffset + i], y[yOffset + i], total);
                total += (double) x[xOffset + i] * y[yOffset + i];
            }
        }
        return (float) total;
    }

    @Override
    public float max(int n, float[] x, int xOffset) {
        // lanewise MAX has Math.max semantics: NaN wins, +0 > -0.
        FloatVector best = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            best = best.lanewise(MAX, FloatVector.fromArray(S, x, xOffset + i));
        }
        float result = Float.NEGATIVE_INFINITY;
        for (int lane = 0; lane < L; lane++) {
            result = Math.max(result, best.lane(lane));
        }
        for (; i < n; i++) {
            result = Math.max(result, x[xOffset + i]);
        }
        return result;
    }

    @Override
    public float norm2(int n, float[] x, int xOffset) {
        // Two passes: the largest magnitude m, then sum (x / 2^e)^2 with 2^e ~ m (exact scaling: no overflow, and
        // underflow only for terms below m * 2^-64 that cannot change the result).
        float largest = maxAbs(n, x, xOffset);
        if (largest == 0 || !Float.isFinite(largest)) {
            return largest; // 0, +infinity or NaN
        }
        int e = Math.getExponent(largest);
        float down = Math.scalb(1f, -e);
        double total = 0;
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            FloatVector a0 = FloatVector.zero(S);
            FloatVector a1 = FloatVector.zero(S);
            int i = start;
            for (; i + 2 * L <= end; i += 2 * L) {
                FloatVector v0 = FloatVector.fromArray(S, x, xOffset + i).mul(down);
                FloatVector v1 = FloatVector.fromArray(S, x, xOffset + i + L).mul(down);
                a0 = v0.fma(v0, a0);
                a1 = v1.fma(v1, a1);
            }
            total += lanesInOrder(a0.add(a1));
            for (; i < end; i++) {
                double v = x[xOffset + i] * down;
                total += v * v;
            }
        }
        return (float) (Math.sqrt(total) * Math.scalb(1.0, e));
    }

    /** max |x_i|; NaN if any element is NaN. */
    private static float maxAbs(int n, float[] x, int xOffset) {
        FloatVector best = FloatVector.zero(S);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            best = best.lanewise(MAX, FloatVector.fromArray(S, x, xOffset + i).lanewise(ABS));
        }
        float result = 0;
        for (int lane = 0; lane < L; lane++) {
            result = Math.max(result, best.lane(lane));
        }
        for (; i < n; i++) {
            result = Math.max(result, Math.abs(x[xOffset + i]));
        }
        return result;
    }

    @Override
    public void addBias(int rows, int cols, float[] bias, int biasOffset, float[] c, int cOffset) {
        for (int r = 0; r < rows; r++) {
            add(cols, c, cOffset + r * cols, bias, biasOffset, c, cOffset + r * cols);
        }
    }

    @Override
    public void columnSums(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        // Row by row into out: the same order (and so the same bits) as the scalar reference.
        Arrays.fill(out, outOffset, outOffset + cols, 0f);
        for (int r = 0; r < rows; r++) {
            add(cols, out, outOffset, x, xOffset + r * cols, out, outOffset);
        }
    }

    /** Sum of the lanes in lane order, in double (fixed order: results do not depend on JIT state). */
    private static double lanesInOrder(FloatVector v) {
        double s = 0;
        for (int lane = 0; lane < L; lane++) {
            s += v.lane(lane);
        }
        return s;
    }

    // ================================================================ element-wise arithmetic, Adam

    @Override
    public void div(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector.fromArray(S, x, xOffset + i)
                    .div(FloatVector.fromArray(S, y, yOffset + i))
                    .intoArray(z, zOffset + i);
        }
        for (; i < n; i++) {
            z[zOffset + i] = x[xOffset + i] / y[yOffset + i];
        }
    }

    @Override
    public void addScalar(int n, float c, float[] x, int xOffset, float[] y, int yOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector.fromArray(S, x, xOffset + i).add(c).intoArray(y, yOffset + i);
        }
        for (; i < n; i++) {
            y[yOffset + i] = x[xOffset + i] + c;
        }
    }

    @Override
    public void abs(int n, float[] x, int xOffset, float[] y, int yOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector.fromArray(S, x, xOffset + i).lanewise(ABS).intoArray(y, yOffset + i);
        }
        for (; i < n; i++) {
            y[yOffset + i] = Math.abs(x[xOffset + i]);
        }
    }

    /** signum(x) * dy; signum keeps zeros and NaN as they are, like {@link Math#signum}. */
    @Override
    public void absBackward(int n, float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xOffset + i);
            FloatVector sign = v.blend(1f, v.compare(GT, 0f)).blend(-1f, v.compare(LT, 0f));
            sign.mul(FloatVector.fromArray(S, dy, dyOffset + i)).intoArray(dx, dxOffset + i);
        }
        if (i < n) {
            SCALAR.absBackward(n - i, x, xOffset + i, dy, dyOffset + i, dx, dxOffset + i);
        }
    }

    /**
     * Rows whose operands both span all columns run on the vector maps (a {@code 1 x cols} bias is such a row);
     * column broadcasts ({@code rows x 1} operands) are strided and take the scalar loop.
     */
    @Override
    public void broadcast(
            BinaryOp op,
            int rows,
            int cols,
            float[] a,
            int aOffset,
            int aRows,
            int aCols,
            float[] b,
            int bOffset,
            int bRows,
            int bCols,
            float[] z,
            int zOffset) {
        if (aCols != cols || bCols != cols) {
            SCALAR.broadcast(op, rows, cols, a, aOffset, aRows, aCols, b, bOffset, bRows, bCols, z, zOffset);
            return;
        }
        for (int r = 0; r < rows; r++) {
            int ai = aOffset + (aRows == 1 ? 0 : r * cols);
            int bi = bOffset + (bRows == 1 ? 0 : r * cols);
            int zi = zOffset + r * cols;
            switch (op) {
                case ADD:
                    add(cols, a, ai, b, bi, z, zi);
                    break;
                case SUB:
                    sub(cols, a, ai, b, bi, z, zi);
                    break;
                case MUL:
                    mul(cols, a, ai, b, bi, z, zi);
                    break;
                default:
                    div(cols, a, ai, b, bi, z, zi);
                    break;
            }
        }
    }

    /** The scalar formula lane by lane (Java does not contract to FMA, so the bits match the scalar path). */
    @Override
    public void adam(
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
        FloatAdamCoefficients a = FloatAdamCoefficients.of(step);
        int i = 0;
        for (int bound = S.loopBound(n); i < bound; i += L) {
            FloatVector gi = FloatVector.fromArray(S, g, gOffset + i);
            FloatVector mi =
                    FloatVector.fromArray(S, m, mOffset + i).mul(a.beta1()).add(gi.mul(a.oneMinusBeta1()));
            FloatVector vi = FloatVector.fromArray(S, v, vOffset + i)
                    .mul(a.beta2())
                    .add(gi.mul(a.oneMinusBeta2()).mul(gi));
            mi.intoArray(m, mOffset + i);
            vi.intoArray(v, vOffset + i);
            FloatVector denominator = vi.sqrt().mul(a.invSqrtBias2()).add(a.eps());
            FloatVector.fromArray(S, p, pOffset + i)
                    .mul(a.keep())
                    .sub(mi.mul(a.stepSize()).div(denominator))
                    .intoArray(p, pOffset + i);
        }
        if (i < n) {
            SCALAR.adam(n - i, p, pOffset + i, g, gOffset + i, m, mOffset + i, v, vOffset + i, step);
        }
    }
}
