package io.github.vecnet.bench;

import io.github.vecnet.kernels.Activations;
import io.github.vecnet.kernels.VectorOps;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Element-wise kernels: vecnet against (i) a plain scalar loop over {@link Math#exp}/{@link Math#tanh} and (ii) a
 * direct Vector API loop using {@code lanewise(VectorOperators.EXP)} (the JDK's own vector exp), plus copy
 * baselines for the memory-bound relu/axpy. Average time per call; elements/ns = size / (ns per call).
 * Inputs uniform in [-8, 8].
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
@State(Scope.Thread)
public class ElementwiseBenchmark {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    @Param({"1024", "65536", "1048576", "16777216"})
    int size;

    float[] x;
    float[] y;
    double[] xd;
    double[] yd;

    @Setup(Level.Trial)
    public void setUp() {
        Random rnd = new Random(42);
        x = new float[size];
        y = new float[size];
        xd = new double[size];
        yd = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = (float) (rnd.nextDouble() * 16 - 8);
            xd[i] = rnd.nextDouble() * 16 - 8;
            y[i] = (float) rnd.nextDouble();
        }
    }

    // ---------------------------------------------------------------- float sigmoid

    @Benchmark
    public float[] sigmoidVecnet() {
        Activations.sigmoid(size, x, 0, y, 0);
        return y;
    }

    @Benchmark
    public float[] sigmoidScalarMathExp() {
        for (int i = 0; i < size; i++) {
            y[i] = (float) (1 / (1 + Math.exp(-x[i])));
        }
        return y;
    }

    @Benchmark
    public float[] sigmoidLanewiseExp() {
        int i = 0;
        for (int bound = F.loopBound(size); i < bound; i += F.length()) {
            FloatVector v = FloatVector.fromArray(F, x, i);
            FloatVector.broadcast(F, 1f)
                    .div(v.neg().lanewise(VectorOperators.EXP).add(1f))
                    .intoArray(y, i);
        }
        for (; i < size; i++) {
            y[i] = (float) (1 / (1 + Math.exp(-x[i])));
        }
        return y;
    }

    // ---------------------------------------------------------------- float tanh

    @Benchmark
    public float[] tanhVecnet() {
        Activations.tanh(size, x, 0, y, 0);
        return y;
    }

    @Benchmark
    public float[] tanhScalarMathTanh() {
        for (int i = 0; i < size; i++) {
            y[i] = (float) Math.tanh(x[i]);
        }
        return y;
    }

    /** tanh(x) = 1 - 2 / (e^(2x) + 1) with the JDK's vector exp (loses relative accuracy near 0; speed peer only). */
    @Benchmark
    public float[] tanhLanewiseExp() {
        int i = 0;
        for (int bound = F.loopBound(size); i < bound; i += F.length()) {
            FloatVector e = FloatVector.fromArray(F, x, i).mul(2f).lanewise(VectorOperators.EXP);
            FloatVector.broadcast(F, 1f)
                    .sub(FloatVector.broadcast(F, 2f).div(e.add(1f)))
                    .intoArray(y, i);
        }
        for (; i < size; i++) {
            y[i] = (float) Math.tanh(x[i]);
        }
        return y;
    }

    @Benchmark
    public float[] tanhLanewiseTanh() {
        int i = 0;
        for (int bound = F.loopBound(size); i < bound; i += F.length()) {
            FloatVector.fromArray(F, x, i).lanewise(VectorOperators.TANH).intoArray(y, i);
        }
        for (; i < size; i++) {
            y[i] = (float) Math.tanh(x[i]);
        }
        return y;
    }

    // ---------------------------------------------------------------- memory-bound: relu, axpy, copies

    @Benchmark
    public float[] reluVecnet() {
        Activations.relu(size, x, 0, y, 0);
        return y;
    }

    @Benchmark
    public float[] reluScalarLoop() {
        for (int i = 0; i < size; i++) {
            y[i] = Math.max(x[i], 0f);
        }
        return y;
    }

    @Benchmark
    public float[] axpyVecnet() {
        VectorOps.axpy(size, 1e-3f, x, 0, y, 0);
        return y;
    }

    @Benchmark
    public float[] axpyScalarLoop() {
        for (int i = 0; i < size; i++) {
            y[i] += 1e-3f * x[i];
        }
        return y;
    }

    /** Baseline for relu (read one array, write one): System.arraycopy. */
    @Benchmark
    public float[] copyArraycopy() {
        System.arraycopy(x, 0, y, 0, size);
        return y;
    }

    /** Baseline for relu: a plain copy loop. */
    @Benchmark
    public float[] copyLoop() {
        for (int i = 0; i < size; i++) {
            y[i] = x[i];
        }
        return y;
    }

    // ---------------------------------------------------------------- double sigmoid / tanh

    @Benchmark
    public double[] doubleSigmoidVecnet() {
        Activations.sigmoid(size, xd, 0, yd, 0);
        return yd;
    }

    @Benchmark
    public double[] doubleSigmoidScalarMathExp() {
        for (int i = 0; i < size; i++) {
            yd[i] = 1 / (1 + Math.exp(-xd[i]));
        }
        return yd;
    }

    @Benchmark
    public double[] doubleSigmoidLanewiseExp() {
        int i = 0;
        for (int bound = D.loopBound(size); i < bound; i += D.length()) {
            DoubleVector v = DoubleVector.fromArray(D, xd, i);
            DoubleVector.broadcast(D, 1)
                    .div(v.neg().lanewise(VectorOperators.EXP).add(1))
                    .intoArray(yd, i);
        }
        for (; i < size; i++) {
            yd[i] = 1 / (1 + Math.exp(-xd[i]));
        }
        return yd;
    }

    @Benchmark
    public double[] doubleTanhVecnet() {
        Activations.tanh(size, xd, 0, yd, 0);
        return yd;
    }

    @Benchmark
    public double[] doubleTanhScalarMathTanh() {
        for (int i = 0; i < size; i++) {
            yd[i] = Math.tanh(xd[i]);
        }
        return yd;
    }

    @Benchmark
    public double[] doubleTanhLanewiseExp() {
        int i = 0;
        for (int bound = D.loopBound(size); i < bound; i += D.length()) {
            DoubleVector e = DoubleVector.fromArray(D, xd, i).mul(2).lanewise(VectorOperators.EXP);
            DoubleVector.broadcast(D, 1)
                    .sub(DoubleVector.broadcast(D, 2).div(e.add(1)))
                    .intoArray(yd, i);
        }
        for (; i < size; i++) {
            yd[i] = Math.tanh(xd[i]);
        }
        return yd;
    }
}
