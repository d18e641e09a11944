package io.github.vecnet.bench;

import static jdk.incubator.vector.VectorOperators.*;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.*;
import org.openjdk.jmh.annotations.*;

/**
 * Is the division what bounds vecnet's float sigmoid on an AVX-512 CPU? The issue suggests replacing it with a
 * reciprocal estimate refined by Newton steps on FMAs. This benchmark holds four loops over the same inputs: the
 * sigmoid as {@code FloatVectorMath.sigmoid} computes it ({@code div}, a copy of its steps, since that class is
 * internal); the same with the division replaced by a multiply ({@code mulCeiling}: wrong results, but an upper
 * bound on what any reciprocal scheme can gain); a Newton reciprocal ({@code newton}: the denominator scaled into
 * (1, 2], a linear first guess 24/17 - 8/17 d, three Newton steps, 4.1e-7 worst relative error against a double
 * reference over 1M points, exact at 0 and the saturations); and the {@code lanewise(EXP)} loop of
 * {@link ElementwiseBenchmark}. Findings in docs/bench/elementwise.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class SigmoidDivisionExperiment {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    static FloatVector c(float v) {
        return FloatVector.broadcast(S, v);
    }

    static final float LOG2E = (float) (1 / StrictMath.log(2));
    static final float LN2_HI = (float) StrictMath.log(2);
    static final float SHIFTER = 0x1.8p23f;
    static final float P1 = 0.9999997019767761f,
            P2 = 0.4999914765357971f,
            P3 = 0.1666763871908188f,
            P4 = 0.04189816117286682f,
            P5 = 0.008290272206068039f;
    static final FloatVector V_ONE = c(1f),
            V_ZERO = c(0f),
            V_LOG2E = c(LOG2E),
            V_NEG_LN2_HI = c(-LN2_HI),
            V_P1 = c(P1),
            V_P2 = c(P2),
            V_P3 = c(P3),
            V_P4 = c(P4),
            V_P5 = c(P5),
            V_EXP_UNDERFLOW = c(-104f),
            V_TWO_POW_64 = c(0x1p64f),
            V_SB64 = c(SHIFTER + 127 + 64),
            V_M64 = c(0x1p-64f),
            V_R0A = c(24f / 17),
            V_R0B = c(-8f / 17);
    static final IntVector V_SIGN_BIT = IntVector.broadcast(S.withLanes(int.class), 0x80000000);

    static FloatVector sig0(FloatVector x) {
        FloatVector a = x.reinterpretAsInts().or(V_SIGN_BIT).reinterpretAsFloats();
        a = a.blend(V_EXP_UNDERFLOW, a.compare(LT, V_EXP_UNDERFLOW));
        FloatVector t = a.fma(V_LOG2E, V_SB64);
        FloatVector k = t.sub(V_SB64);
        FloatVector r = k.fma(V_NEG_LN2_HI, a);
        FloatVector r2 = r.mul(r);
        FloatVector high = r2.fma(r.fma(V_P5, V_P4), r.fma(V_P3, V_P2));
        FloatVector p = r2.fma(high, r.fma(V_P1, V_ONE));
        FloatVector s = t.reinterpretAsInts().lanewise(LSHL, 23).reinterpretAsFloats();
        FloatVector E = p.mul(s);
        FloatVector numerator = V_TWO_POW_64.blend(E, x.compare(LT, V_ZERO));
        return numerator.div(p.fma(s, V_TWO_POW_64));
    }

    static FloatVector sig1(FloatVector x) {
        FloatVector a = x.reinterpretAsInts().or(V_SIGN_BIT).reinterpretAsFloats();
        a = a.blend(V_EXP_UNDERFLOW, a.compare(LT, V_EXP_UNDERFLOW));
        FloatVector t = a.fma(V_LOG2E, V_SB64);
        FloatVector k = t.sub(V_SB64);
        FloatVector r = k.fma(V_NEG_LN2_HI, a);
        FloatVector r2 = r.mul(r);
        FloatVector high = r2.fma(r.fma(V_P5, V_P4), r.fma(V_P3, V_P2));
        FloatVector p = r2.fma(high, r.fma(V_P1, V_ONE));
        FloatVector s = t.reinterpretAsInts().lanewise(LSHL, 23).reinterpretAsFloats();
        FloatVector E = p.mul(s);
        FloatVector numerator = V_TWO_POW_64.blend(E, x.compare(LT, V_ZERO));
        return numerator.mul(p.fma(s, V_TWO_POW_64));
    }

    static FloatVector sig2(FloatVector x) {
        FloatVector a = x.reinterpretAsInts().or(V_SIGN_BIT).reinterpretAsFloats();
        a = a.blend(V_EXP_UNDERFLOW, a.compare(LT, V_EXP_UNDERFLOW));
        FloatVector t = a.fma(V_LOG2E, V_SB64);
        FloatVector k = t.sub(V_SB64);
        FloatVector r = k.fma(V_NEG_LN2_HI, a);
        FloatVector r2 = r.mul(r);
        FloatVector high = r2.fma(r.fma(V_P5, V_P4), r.fma(V_P3, V_P2));
        FloatVector p = r2.fma(high, r.fma(V_P1, V_ONE));
        FloatVector s = t.reinterpretAsInts().lanewise(LSHL, 23).reinterpretAsFloats();
        FloatVector E = p.mul(s);
        FloatVector numerator = V_TWO_POW_64.blend(E, x.compare(LT, V_ZERO));
        FloatVector d = p.fma(s, V_TWO_POW_64).mul(V_M64);
        FloatVector q = d.fma(V_R0B, V_R0A);
        FloatVector e = d.neg().fma(q, V_ONE);
        q = q.fma(e, q);
        e = d.neg().fma(q, V_ONE);
        q = q.fma(e, q);
        e = d.neg().fma(q, V_ONE);
        q = q.fma(e, q);
        return numerator.mul(q.mul(V_M64));
    }

    @Benchmark
    public float[] div() {
        for (int i = 0; i < x.length; i += S.length())
            sig0(FloatVector.fromArray(S, x, i)).intoArray(y, i);
        return y;
    }

    @Benchmark
    public float[] mulCeiling() {
        for (int i = 0; i < x.length; i += S.length())
            sig1(FloatVector.fromArray(S, x, i)).intoArray(y, i);
        return y;
    }

    @Benchmark
    public float[] newton() {
        for (int i = 0; i < x.length; i += S.length())
            sig2(FloatVector.fromArray(S, x, i)).intoArray(y, i);
        return y;
    }

    @Benchmark
    public float[] lanewiseExp() {
        for (int i = 0; i < x.length; i += S.length()) {
            FloatVector v = FloatVector.fromArray(S, x, i);
            FloatVector.broadcast(S, 1f).div(v.neg().lanewise(EXP).add(1f)).intoArray(y, i);
        }
        return y;
    }

    @Param({"1024", "65536"})
    public int size;

    float[] x, y;

    @Setup
    public void setUp() {
        x = new float[size];
        y = new float[size];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < size; i++) x[i] = (float) r.nextDouble(-10, 10);
    }
}
