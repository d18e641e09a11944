package io.github.vecnet.kernels.internal.panama;

import static jdk.incubator.vector.VectorOperators.ABS;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.MAX;

import io.github.vecnet.kernels.AdamStep;
import io.github.vecnet.kernels.BinaryOp;
import io.github.vecnet.kernels.internal.ElementwiseKernels;
import io.github.vecnet.kernels.internal.VectorizationProvider;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector API element-wise kernels. Maps process whole vectors; the last {@code n % lanes} elements go through the
 * scalar reference (for relu, add, backward passes and the like that is the same arithmetic, bit for bit).
 * Reductions use four accumulators inside blocks of {@link #BLOCK} elements; block partials are added lane by
 * lane, in a fixed order, into a double, so results are deterministic and the error bound in
 * docs/KERNELS-ELEMENTWISE.md holds.
 */
final class PanamaElementwise implements ElementwiseKernels {
  private static final VectorSpecies<Float> F = Species.FLOAT;
  private static final VectorSpecies<Double> D = Species.DOUBLE;
  private static final int FL = F.length();
  private static final int DL = D.length();

  /**
   * Computes the last {@code n % lanes} elements of the maps. Masked or padded vector tails would need a second
   * inlined copy of the vector code, which exceeds C2's inlining budget and boxes vectors (measured: 290-750 bytes
   * allocated per call); the scalar formulas are at least as accurate.
   */
  private static final ElementwiseKernels SCALAR = VectorizationProvider.scalar().elementwise();

  /** Elements per reduction block: each accumulator lane adds at most BLOCK / (4 lanes) terms in working precision. */
  static final int BLOCK = 1024;

  // ================================================================ float maps

  @Override
  public void relu(float[] x, int xOffset, float[] y, int yOffset, int n) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      relu(FloatVector.fromArray(F, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    if (i < n) {
      SCALAR.relu(x, xOffset + i, y, yOffset + i, n - i);
    }
  }

  /** max(x, 0) with NaN kept: blend zero where x is not > 0 and not NaN (x == x). */
  private static FloatVector relu(FloatVector v) {
    return v.blend(0f, v.compare(GT, 0f).not().and(v.eq(v)));
  }

  @Override
  public void reluBackward(float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset, int n) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector v = FloatVector.fromArray(F, x, xOffset + i);
      FloatVector g = FloatVector.fromArray(F, dy, dyOffset + i);
      FloatVector.zero(F).blend(g, v.compare(GT, 0f)).intoArray(dx, dxOffset + i);
    }
    if (i < n) {
      SCALAR.reluBackward(x, xOffset + i, dy, dyOffset + i, dx, dxOffset + i, n - i);
    }
  }

  @Override
  public void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int n) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVectorMath.sigmoid(FloatVector.fromArray(F, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    if (i < n) {
      SCALAR.sigmoid(x, xOffset + i, y, yOffset + i, n - i);
    }
  }

  @Override
  public void sigmoidBackward(float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset, int n) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector s = FloatVector.fromArray(F, y, yOffset + i);
      FloatVector g = FloatVector.fromArray(F, dy, dyOffset + i);
      g.mul(s).mul(s.neg().add(1f)).intoArray(dx, dxOffset + i);
    }
    if (i < n) {
      SCALAR.sigmoidBackward(y, yOffset + i, dy, dyOffset + i, dx, dxOffset + i, n - i);
    }
  }

  @Override
  public void tanh(float[] x, int xOffset, float[] y, int yOffset, int n) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVectorMath.tanh(FloatVector.fromArray(F, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    if (i < n) {
      SCALAR.tanh(x, xOffset + i, y, yOffset + i, n - i);
    }
  }

  @Override
  public void tanhBackward(float[] y, int yOffset, float[] dy, int dyOffset, float[] dx, int dxOffset, int n) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector t = FloatVector.fromArray(F, y, yOffset + i);
      FloatVector g = FloatVector.fromArray(F, dy, dyOffset + i);
      g.mul(t.mul(t).neg().add(1f)).intoArray(dx, dxOffset + i);
    }
    if (i < n) {
      SCALAR.tanhBackward(y, yOffset + i, dy, dyOffset + i, dx, dxOffset + i, n - i);
    }
  }

  @Override
  public void exp(float[] x, int xOffset, float[] y, int yOffset, int n) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVectorMath.exp(FloatVector.fromArray(F, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    if (i < n) {
      SCALAR.exp(x, xOffset + i, y, yOffset + i, n - i);
    }
  }

  @Override
  public void log(float[] x, int xOffset, float[] y, int yOffset, int n) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVectorMath.log(FloatVector.fromArray(F, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    if (i < n) {
      SCALAR.log(x, xOffset + i, y, yOffset + i, n - i);
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
    FloatVector acc = FloatVector.zero(F);
    int i = 0;
    int inBlock = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector e = FloatVectorMath.expOfShifted(FloatVector.fromArray(F, x, xOffset + i).sub(max));
      if (y != null) {
        e.intoArray(y, yOffset + i);
      }
      acc = acc.add(e);
      if (++inBlock == BLOCK / FL) {
        total += lanesInOrder(acc);
        acc = FloatVector.zero(F);
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
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector.fromArray(F, x, xOffset + i).mul(alpha).add(FloatVector.fromArray(F, y, yOffset + i))
          .intoArray(y, yOffset + i);
    }
    for (; i < n; i++) {
      y[yOffset + i] += alpha * x[xOffset + i];
    }
  }

  @Override
  public void scale(int n, float alpha, float[] x, int xOffset, float[] y, int yOffset) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector.fromArray(F, x, xOffset + i).mul(alpha).intoArray(y, yOffset + i);
    }
    for (; i < n; i++) {
      y[yOffset + i] = alpha * x[xOffset + i];
    }
  }

  @Override
  public void add(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector.fromArray(F, x, xOffset + i).add(FloatVector.fromArray(F, y, yOffset + i)).intoArray(z, zOffset + i);
    }
    for (; i < n; i++) {
      z[zOffset + i] = x[xOffset + i] + y[yOffset + i];
    }
  }

  @Override
  public void sub(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector.fromArray(F, x, xOffset + i).sub(FloatVector.fromArray(F, y, yOffset + i)).intoArray(z, zOffset + i);
    }
    for (; i < n; i++) {
      z[zOffset + i] = x[xOffset + i] - y[yOffset + i];
    }
  }

  @Override
  public void mul(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector.fromArray(F, x, xOffset + i).mul(FloatVector.fromArray(F, y, yOffset + i)).intoArray(z, zOffset + i);
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
      FloatVector a0 = FloatVector.zero(F);
      FloatVector a1 = FloatVector.zero(F);
      FloatVector a2 = FloatVector.zero(F);
      FloatVector a3 = FloatVector.zero(F);
      int i = start;
      for (; i + 4 * FL <= end; i += 4 * FL) {
        a0 = a0.add(FloatVector.fromArray(F, x, xOffset + i));
        a1 = a1.add(FloatVector.fromArray(F, x, xOffset + i + FL));
        a2 = a2.add(FloatVector.fromArray(F, x, xOffset + i + 2 * FL));
        a3 = a3.add(FloatVector.fromArray(F, x, xOffset + i + 3 * FL));
      }
      for (; i + FL <= end; i += FL) {
        a0 = a0.add(FloatVector.fromArray(F, x, xOffset + i));
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
      FloatVector a0 = FloatVector.zero(F);
      FloatVector a1 = FloatVector.zero(F);
      FloatVector a2 = FloatVector.zero(F);
      FloatVector a3 = FloatVector.zero(F);
      int i = start;
      for (; i + 4 * FL <= end; i += 4 * FL) {
        int xi = xOffset + i;
        int yi = yOffset + i;
        a0 = FloatVector.fromArray(F, x, xi).fma(FloatVector.fromArray(F, y, yi), a0);
        a1 = FloatVector.fromArray(F, x, xi + FL).fma(FloatVector.fromArray(F, y, yi + FL), a1);
        a2 = FloatVector.fromArray(F, x, xi + 2 * FL).fma(FloatVector.fromArray(F, y, yi + 2 * FL), a2);
        a3 = FloatVector.fromArray(F, x, xi + 3 * FL).fma(FloatVector.fromArray(F, y, yi + 3 * FL), a3);
      }
      for (; i + FL <= end; i += FL) {
        a0 = FloatVector.fromArray(F, x, xOffset + i).fma(FloatVector.fromArray(F, y, yOffset + i), a0);
      }
      total += lanesInOrder(a0.add(a1).add(a2.add(a3)));
      for (; i < end; i++) {
        total += (double) x[xOffset + i] * y[yOffset + i];
      }
    }
    return (float) total;
  }

  @Override
  public float max(int n, float[] x, int xOffset) {
    // lanewise MAX has Math.max semantics: NaN wins, +0 > -0.
    FloatVector best = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      best = best.lanewise(MAX, FloatVector.fromArray(F, x, xOffset + i));
    }
    float result = Float.NEGATIVE_INFINITY;
    for (int lane = 0; lane < FL; lane++) {
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
      FloatVector a0 = FloatVector.zero(F);
      FloatVector a1 = FloatVector.zero(F);
      int i = start;
      for (; i + 2 * FL <= end; i += 2 * FL) {
        FloatVector v0 = FloatVector.fromArray(F, x, xOffset + i).mul(down);
        FloatVector v1 = FloatVector.fromArray(F, x, xOffset + i + FL).mul(down);
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
    FloatVector best = FloatVector.zero(F);
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      best = best.lanewise(MAX, FloatVector.fromArray(F, x, xOffset + i).lanewise(ABS));
    }
    float result = 0;
    for (int lane = 0; lane < FL; lane++) {
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
    java.util.Arrays.fill(out, outOffset, outOffset + cols, 0f);
    for (int r = 0; r < rows; r++) {
      add(cols, out, outOffset, x, xOffset + r * cols, out, outOffset);
    }
  }

  /** Sum of the lanes in lane order, in double (fixed order: results do not depend on JIT state). */
  private static double lanesInOrder(FloatVector v) {
    double s = 0;
    for (int lane = 0; lane < FL; lane++) {
      s += v.lane(lane);
    }
    return s;
  }

  // ================================================================ double maps

  @Override
  public void relu(double[] x, int xOffset, double[] y, int yOffset, int n) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      relu(DoubleVector.fromArray(D, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    if (i < n) {
      SCALAR.relu(x, xOffset + i, y, yOffset + i, n - i);
    }
  }

  private static DoubleVector relu(DoubleVector v) {
    return v.blend(0, v.compare(GT, 0).not().and(v.eq(v)));
  }

  @Override
  public void reluBackward(double[] x, int xOffset, double[] dy, int dyOffset, double[] dx, int dxOffset, int n) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector v = DoubleVector.fromArray(D, x, xOffset + i);
      DoubleVector g = DoubleVector.fromArray(D, dy, dyOffset + i);
      DoubleVector.zero(D).blend(g, v.compare(GT, 0)).intoArray(dx, dxOffset + i);
    }
    if (i < n) {
      SCALAR.reluBackward(x, xOffset + i, dy, dyOffset + i, dx, dxOffset + i, n - i);
    }
  }

  @Override
  public void sigmoid(double[] x, int xOffset, double[] y, int yOffset, int n) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVectorMath.sigmoid(DoubleVector.fromArray(D, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    if (i < n) {
      SCALAR.sigmoid(x, xOffset + i, y, yOffset + i, n - i);
    }
  }

  @Override
  public void sigmoidBackward(double[] y, int yOffset, double[] dy, int dyOffset, double[] dx, int dxOffset, int n) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector s = DoubleVector.fromArray(D, y, yOffset + i);
      DoubleVector g = DoubleVector.fromArray(D, dy, dyOffset + i);
      g.mul(s).mul(s.neg().add(1)).intoArray(dx, dxOffset + i);
    }
    if (i < n) {
      SCALAR.sigmoidBackward(y, yOffset + i, dy, dyOffset + i, dx, dxOffset + i, n - i);
    }
  }

  @Override
  public void tanh(double[] x, int xOffset, double[] y, int yOffset, int n) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVectorMath.tanh(DoubleVector.fromArray(D, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    if (i < n) {
      SCALAR.tanh(x, xOffset + i, y, yOffset + i, n - i);
    }
  }

  @Override
  public void tanhBackward(double[] y, int yOffset, double[] dy, int dyOffset, double[] dx, int dxOffset, int n) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector t = DoubleVector.fromArray(D, y, yOffset + i);
      DoubleVector g = DoubleVector.fromArray(D, dy, dyOffset + i);
      g.mul(t.mul(t).neg().add(1)).intoArray(dx, dxOffset + i);
    }
    if (i < n) {
      SCALAR.tanhBackward(y, yOffset + i, dy, dyOffset + i, dx, dxOffset + i, n - i);
    }
  }

  @Override
  public void exp(double[] x, int xOffset, double[] y, int yOffset, int n) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVectorMath.exp(DoubleVector.fromArray(D, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    if (i < n) {
      SCALAR.exp(x, xOffset + i, y, yOffset + i, n - i);
    }
  }

  @Override
  public void log(double[] x, int xOffset, double[] y, int yOffset, int n) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVectorMath.log(DoubleVector.fromArray(D, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    if (i < n) {
      SCALAR.log(x, xOffset + i, y, yOffset + i, n - i);
    }
  }

  @Override
  public void softmaxRows(int rows, int cols, double[] x, int xOffset, double[] y, int yOffset) {
    for (int r = 0; r < rows; r++) {
      int xo = xOffset + r * cols;
      int yo = yOffset + r * cols;
      double max = max(cols, x, xo);
      double total = expShiftedInto(cols, x, xo, max, y, yo);
      scale(cols, 1.0 / total, y, yo, y, yo);
    }
  }

  @Override
  public void logSumExpRows(int rows, int cols, double[] x, int xOffset, double[] out, int outOffset) {
    for (int r = 0; r < rows; r++) {
      int xo = xOffset + r * cols;
      double max = max(cols, x, xo);
      if (Double.isInfinite(max)) {
        out[outOffset + r] = max;
        continue;
      }
      double total = expShiftedInto(cols, x, xo, max, null, 0);
      out[outOffset + r] = max + StrictMath.log(total);
    }
  }

  private static double expShiftedInto(int n, double[] x, int xOffset, double max, double[] y, int yOffset) {
    double total = 0;
    DoubleVector acc = DoubleVector.zero(D);
    int i = 0;
    int inBlock = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector e = DoubleVectorMath.expOfShifted(DoubleVector.fromArray(D, x, xOffset + i).sub(max));
      if (y != null) {
        e.intoArray(y, yOffset + i);
      }
      acc = acc.add(e);
      if (++inBlock == BLOCK / DL) {
        total += lanesInOrder(acc);
        acc = DoubleVector.zero(D);
        inBlock = 0;
      }
    }
    total += lanesInOrder(acc);
    for (; i < n; i++) {
      double e = StrictMath.exp(x[xOffset + i] - max); // the tail as in the scalar reference
      if (y != null) {
        y[yOffset + i] = e;
      }
      total += e;
    }
    return total;
  }

  // ================================================================ double BLAS-1

  @Override
  public void axpy(int n, double alpha, double[] x, int xOffset, double[] y, int yOffset) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector.fromArray(D, x, xOffset + i).mul(alpha).add(DoubleVector.fromArray(D, y, yOffset + i))
          .intoArray(y, yOffset + i);
    }
    for (; i < n; i++) {
      y[yOffset + i] += alpha * x[xOffset + i];
    }
  }

  @Override
  public void scale(int n, double alpha, double[] x, int xOffset, double[] y, int yOffset) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector.fromArray(D, x, xOffset + i).mul(alpha).intoArray(y, yOffset + i);
    }
    for (; i < n; i++) {
      y[yOffset + i] = alpha * x[xOffset + i];
    }
  }

  @Override
  public void add(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector.fromArray(D, x, xOffset + i).add(DoubleVector.fromArray(D, y, yOffset + i))
          .intoArray(z, zOffset + i);
    }
    for (; i < n; i++) {
      z[zOffset + i] = x[xOffset + i] + y[yOffset + i];
    }
  }

  @Override
  public void sub(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector.fromArray(D, x, xOffset + i).sub(DoubleVector.fromArray(D, y, yOffset + i))
          .intoArray(z, zOffset + i);
    }
    for (; i < n; i++) {
      z[zOffset + i] = x[xOffset + i] - y[yOffset + i];
    }
  }

  @Override
  public void mul(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector.fromArray(D, x, xOffset + i).mul(DoubleVector.fromArray(D, y, yOffset + i))
          .intoArray(z, zOffset + i);
    }
    for (; i < n; i++) {
      z[zOffset + i] = x[xOffset + i] * y[yOffset + i];
    }
  }

  @Override
  public double sum(int n, double[] x, int xOffset) {
    double total = 0;
    for (int start = 0; start < n; start += BLOCK) {
      int end = Math.min(n, start + BLOCK);
      DoubleVector a0 = DoubleVector.zero(D);
      DoubleVector a1 = DoubleVector.zero(D);
      DoubleVector a2 = DoubleVector.zero(D);
      DoubleVector a3 = DoubleVector.zero(D);
      int i = start;
      for (; i + 4 * DL <= end; i += 4 * DL) {
        a0 = a0.add(DoubleVector.fromArray(D, x, xOffset + i));
        a1 = a1.add(DoubleVector.fromArray(D, x, xOffset + i + DL));
        a2 = a2.add(DoubleVector.fromArray(D, x, xOffset + i + 2 * DL));
        a3 = a3.add(DoubleVector.fromArray(D, x, xOffset + i + 3 * DL));
      }
      for (; i + DL <= end; i += DL) {
        a0 = a0.add(DoubleVector.fromArray(D, x, xOffset + i));
      }
      total += lanesInOrder(a0.add(a1).add(a2.add(a3)));
      for (; i < end; i++) {
        total += x[xOffset + i];
      }
    }
    return total;
  }

  @Override
  public double dot(int n, double[] x, int xOffset, double[] y, int yOffset) {
    double total = 0;
    for (int start = 0; start < n; start += BLOCK) {
      int end = Math.min(n, start + BLOCK);
      DoubleVector a0 = DoubleVector.zero(D);
      DoubleVector a1 = DoubleVector.zero(D);
      DoubleVector a2 = DoubleVector.zero(D);
      DoubleVector a3 = DoubleVector.zero(D);
      int i = start;
      for (; i + 4 * DL <= end; i += 4 * DL) {
        int xi = xOffset + i;
        int yi = yOffset + i;
        a0 = DoubleVector.fromArray(D, x, xi).fma(DoubleVector.fromArray(D, y, yi), a0);
        a1 = DoubleVector.fromArray(D, x, xi + DL).fma(DoubleVector.fromArray(D, y, yi + DL), a1);
        a2 = DoubleVector.fromArray(D, x, xi + 2 * DL).fma(DoubleVector.fromArray(D, y, yi + 2 * DL), a2);
        a3 = DoubleVector.fromArray(D, x, xi + 3 * DL).fma(DoubleVector.fromArray(D, y, yi + 3 * DL), a3);
      }
      for (; i + DL <= end; i += DL) {
        a0 = DoubleVector.fromArray(D, x, xOffset + i).fma(DoubleVector.fromArray(D, y, yOffset + i), a0);
      }
      total += lanesInOrder(a0.add(a1).add(a2.add(a3)));
      for (; i < end; i++) {
        total = Math.fma(x[xOffset + i], y[yOffset + i], total);
      }
    }
    return total;
  }

  @Override
  public double max(int n, double[] x, int xOffset) {
    DoubleVector best = DoubleVector.broadcast(D, Double.NEGATIVE_INFINITY);
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      best = best.lanewise(MAX, DoubleVector.fromArray(D, x, xOffset + i));
    }
    double result = Double.NEGATIVE_INFINITY;
    for (int lane = 0; lane < DL; lane++) {
      result = Math.max(result, best.lane(lane));
    }
    for (; i < n; i++) {
      result = Math.max(result, x[xOffset + i]);
    }
    return result;
  }

  @Override
  public double norm2(int n, double[] x, int xOffset) {
    double largest = maxAbs(n, x, xOffset);
    if (largest == 0 || !Double.isFinite(largest)) {
      return largest;
    }
    int e = Math.getExponent(largest);
    double down = Math.scalb(1.0, -e);
    double total = 0;
    for (int start = 0; start < n; start += BLOCK) {
      int end = Math.min(n, start + BLOCK);
      DoubleVector a0 = DoubleVector.zero(D);
      DoubleVector a1 = DoubleVector.zero(D);
      int i = start;
      for (; i + 2 * DL <= end; i += 2 * DL) {
        DoubleVector v0 = DoubleVector.fromArray(D, x, xOffset + i).mul(down);
        DoubleVector v1 = DoubleVector.fromArray(D, x, xOffset + i + DL).mul(down);
        a0 = v0.fma(v0, a0);
        a1 = v1.fma(v1, a1);
      }
      total += lanesInOrder(a0.add(a1));
      for (; i < end; i++) {
        double v = x[xOffset + i] * down;
        total += v * v;
      }
    }
    return Math.sqrt(total) * Math.scalb(1.0, e);
  }

  private static double maxAbs(int n, double[] x, int xOffset) {
    DoubleVector best = DoubleVector.zero(D);
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      best = best.lanewise(MAX, DoubleVector.fromArray(D, x, xOffset + i).lanewise(ABS));
    }
    double result = 0;
    for (int lane = 0; lane < DL; lane++) {
      result = Math.max(result, best.lane(lane));
    }
    for (; i < n; i++) {
      result = Math.max(result, Math.abs(x[xOffset + i]));
    }
    return result;
  }

  @Override
  public void addBias(int rows, int cols, double[] bias, int biasOffset, double[] c, int cOffset) {
    for (int r = 0; r < rows; r++) {
      add(cols, c, cOffset + r * cols, bias, biasOffset, c, cOffset + r * cols);
    }
  }

  @Override
  public void columnSums(int rows, int cols, double[] x, int xOffset, double[] out, int outOffset) {
    java.util.Arrays.fill(out, outOffset, outOffset + cols, 0.0);
    for (int r = 0; r < rows; r++) {
      add(cols, out, outOffset, x, xOffset + r * cols, out, outOffset);
    }
  }

  private static double lanesInOrder(DoubleVector v) {
    double s = 0;
    for (int lane = 0; lane < DL; lane++) {
      s += v.lane(lane);
    }
    return s;
  }

  // ================================================================ element-wise arithmetic, Adam

  @Override
  public void div(int n, float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector.fromArray(F, x, xOffset + i).div(FloatVector.fromArray(F, y, yOffset + i)).intoArray(z, zOffset + i);
    }
    for (; i < n; i++) {
      z[zOffset + i] = x[xOffset + i] / y[yOffset + i];
    }
  }

  @Override
  public void addScalar(int n, float c, float[] x, int xOffset, float[] y, int yOffset) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector.fromArray(F, x, xOffset + i).add(c).intoArray(y, yOffset + i);
    }
    for (; i < n; i++) {
      y[yOffset + i] = x[xOffset + i] + c;
    }
  }

  @Override
  public void abs(int n, float[] x, int xOffset, float[] y, int yOffset) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector.fromArray(F, x, xOffset + i).lanewise(ABS).intoArray(y, yOffset + i);
    }
    for (; i < n; i++) {
      y[yOffset + i] = Math.abs(x[xOffset + i]);
    }
  }

  /** signum(x) * dy; signum keeps zeros and NaN as they are, like {@link Math#signum}. */
  @Override
  public void absBackward(int n, float[] x, int xOffset, float[] dy, int dyOffset, float[] dx, int dxOffset) {
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector v = FloatVector.fromArray(F, x, xOffset + i);
      FloatVector sign = v.blend(1f, v.compare(GT, 0f)).blend(-1f, v.compare(LT, 0f));
      sign.mul(FloatVector.fromArray(F, dy, dyOffset + i)).intoArray(dx, dxOffset + i);
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
  public void broadcast(BinaryOp op, int rows, int cols, float[] a, int aOffset, int aRows, int aCols, float[] b,
      int bOffset, int bRows, int bCols, float[] z, int zOffset) {
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
  public void adam(int n, float[] p, int pOffset, float[] g, int gOffset, float[] m, int mOffset, float[] v,
      int vOffset, AdamStep step) {
    float b1 = (float) step.beta1();
    float c1 = (float) (1 - step.beta1());
    float b2 = (float) step.beta2();
    float c2 = (float) (1 - step.beta2());
    float e = (float) step.eps();
    float size = (float) step.stepSize();
    float inv = (float) step.invSqrtBias2();
    float keep = (float) (1 - step.decay());
    int i = 0;
    for (int bound = F.loopBound(n); i < bound; i += FL) {
      FloatVector gi = FloatVector.fromArray(F, g, gOffset + i);
      FloatVector mi = FloatVector.fromArray(F, m, mOffset + i).mul(b1).add(gi.mul(c1));
      FloatVector vi = FloatVector.fromArray(F, v, vOffset + i).mul(b2).add(gi.mul(c2).mul(gi));
      mi.intoArray(m, mOffset + i);
      vi.intoArray(v, vOffset + i);
      FloatVector denominator = vi.sqrt().mul(inv).add(e);
      FloatVector.fromArray(F, p, pOffset + i).mul(keep).sub(mi.mul(size).div(denominator))
          .intoArray(p, pOffset + i);
    }
    if (i < n) {
      SCALAR.adam(n - i, p, pOffset + i, g, gOffset + i, m, mOffset + i, v, vOffset + i, step);
    }
  }

  @Override
  public void div(int n, double[] x, int xOffset, double[] y, int yOffset, double[] z, int zOffset) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector.fromArray(D, x, xOffset + i).div(DoubleVector.fromArray(D, y, yOffset + i))
          .intoArray(z, zOffset + i);
    }
    for (; i < n; i++) {
      z[zOffset + i] = x[xOffset + i] / y[yOffset + i];
    }
  }

  @Override
  public void addScalar(int n, double c, double[] x, int xOffset, double[] y, int yOffset) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector.fromArray(D, x, xOffset + i).add(c).intoArray(y, yOffset + i);
    }
    for (; i < n; i++) {
      y[yOffset + i] = x[xOffset + i] + c;
    }
  }

  @Override
  public void abs(int n, double[] x, int xOffset, double[] y, int yOffset) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector.fromArray(D, x, xOffset + i).lanewise(ABS).intoArray(y, yOffset + i);
    }
    for (; i < n; i++) {
      y[yOffset + i] = Math.abs(x[xOffset + i]);
    }
  }

  /** signum(x) * dy; signum keeps zeros and NaN as they are, like {@link Math#signum}. */
  @Override
  public void absBackward(int n, double[] x, int xOffset, double[] dy, int dyOffset, double[] dx, int dxOffset) {
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector v = DoubleVector.fromArray(D, x, xOffset + i);
      DoubleVector sign = v.blend(1, v.compare(GT, 0)).blend(-1, v.compare(LT, 0));
      sign.mul(DoubleVector.fromArray(D, dy, dyOffset + i)).intoArray(dx, dxOffset + i);
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
  public void broadcast(BinaryOp op, int rows, int cols, double[] a, int aOffset, int aRows, int aCols, double[] b,
      int bOffset, int bRows, int bCols, double[] z, int zOffset) {
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
  public void adam(int n, double[] p, int pOffset, double[] g, int gOffset, double[] m, int mOffset, double[] v,
      int vOffset, AdamStep step) {
    double b1 = step.beta1();
    double c1 = (1 - step.beta1());
    double b2 = step.beta2();
    double c2 = (1 - step.beta2());
    double e = step.eps();
    double size = step.stepSize();
    double inv = step.invSqrtBias2();
    double keep = (1 - step.decay());
    int i = 0;
    for (int bound = D.loopBound(n); i < bound; i += DL) {
      DoubleVector gi = DoubleVector.fromArray(D, g, gOffset + i);
      DoubleVector mi = DoubleVector.fromArray(D, m, mOffset + i).mul(b1).add(gi.mul(c1));
      DoubleVector vi = DoubleVector.fromArray(D, v, vOffset + i).mul(b2).add(gi.mul(c2).mul(gi));
      mi.intoArray(m, mOffset + i);
      vi.intoArray(v, vOffset + i);
      DoubleVector denominator = vi.sqrt().mul(inv).add(e);
      DoubleVector.fromArray(D, p, pOffset + i).mul(keep).sub(mi.mul(size).div(denominator))
          .intoArray(p, pOffset + i);
    }
    if (i < n) {
      SCALAR.adam(n - i, p, pOffset + i, g, gOffset + i, m, mOffset + i, v, vOffset + i, step);
    }
  }
}
