package io.github.vecnet.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * An output range that partly overlaps an input range of the same array must be rejected before anything is
 * written; exact in-place use must give the same values as separate arrays. Every public element-wise kernel with
 * an output is covered, in float and double, for output shifted forward and backward inside the input's array.
 */
class OverlapTest {
    private static final int N = 37; // not a multiple of any vector length, so tails are exercised
    private static final int ROWS = 3;
    private static final int COLS = 11;
    private static final int[] SHIFTS = {1, 3, 8, 16, N - 1, -1, -5, -(N - 1)};

    /** A float kernel with one input and one output range of length n, both in {@code a}. */
    interface FloatCall {
        void run(float[] a, int inOffset, int outOffset, int n);
    }

    /** A double kernel with one input and one output range of length n, both in {@code a}. */
    interface DoubleCall {
        void run(double[] a, int inOffset, int outOffset, int n);
    }

    private static Map<String, FloatCall> floatCalls() {
        float[] other = positive(new float[3 * N], 7);
        Map<String, FloatCall> calls = new LinkedHashMap<>();
        calls.put("relu", (a, i, o, n) -> Activations.relu(n, a, i, a, o));
        calls.put("sigmoid", (a, i, o, n) -> Activations.sigmoid(n, a, i, a, o));
        calls.put("tanh", (a, i, o, n) -> Activations.tanh(n, a, i, a, o));
        calls.put("exp", (a, i, o, n) -> Activations.exp(n, a, i, a, o));
        calls.put("log", (a, i, o, n) -> Activations.log(n, a, i, a, o));
        calls.put("reluBackward x", (a, i, o, n) -> Activations.reluBackward(n, a, i, other, 0, a, o));
        calls.put("reluBackward dy", (a, i, o, n) -> Activations.reluBackward(n, other, 0, a, i, a, o));
        calls.put("sigmoidBackward y", (a, i, o, n) -> Activations.sigmoidBackward(n, a, i, other, 0, a, o));
        calls.put("sigmoidBackward dy", (a, i, o, n) -> Activations.sigmoidBackward(n, other, 0, a, i, a, o));
        calls.put("tanhBackward y", (a, i, o, n) -> Activations.tanhBackward(n, a, i, other, 0, a, o));
        calls.put("tanhBackward dy", (a, i, o, n) -> Activations.tanhBackward(n, other, 0, a, i, a, o));
        calls.put("softmaxRows", (a, i, o, n) -> Activations.softmaxRows(ROWS, COLS, a, i, a, o));
        calls.put("axpy", (a, i, o, n) -> VectorOps.axpy(n, 0.5f, a, i, a, o));
        calls.put("scale", (a, i, o, n) -> VectorOps.scale(n, 3f, a, i, a, o));
        calls.put("add x", (a, i, o, n) -> VectorOps.add(n, a, i, other, 0, a, o));
        calls.put("add y", (a, i, o, n) -> VectorOps.add(n, other, 0, a, i, a, o));
        calls.put("sub y", (a, i, o, n) -> VectorOps.sub(n, other, 0, a, i, a, o));
        calls.put("mul x", (a, i, o, n) -> VectorOps.mul(n, a, i, other, 0, a, o));
        return calls;
    }

    private static Map<String, DoubleCall> doubleCalls() {
        double[] other = positive(new double[3 * N], 7);
        Map<String, DoubleCall> calls = new LinkedHashMap<>();
        calls.put("relu", (a, i, o, n) -> Activations.relu(n, a, i, a, o));
        calls.put("sigmoid", (a, i, o, n) -> Activations.sigmoid(n, a, i, a, o));
        calls.put("tanh", (a, i, o, n) -> Activations.tanh(n, a, i, a, o));
        calls.put("exp", (a, i, o, n) -> Activations.exp(n, a, i, a, o));
        calls.put("log", (a, i, o, n) -> Activations.log(n, a, i, a, o));
        calls.put("reluBackward dy", (a, i, o, n) -> Activations.reluBackward(n, other, 0, a, i, a, o));
        calls.put("sigmoidBackward y", (a, i, o, n) -> Activations.sigmoidBackward(n, a, i, other, 0, a, o));
        calls.put("tanhBackward dy", (a, i, o, n) -> Activations.tanhBackward(n, other, 0, a, i, a, o));
        calls.put("softmaxRows", (a, i, o, n) -> Activations.softmaxRows(ROWS, COLS, a, i, a, o));
        calls.put("axpy", (a, i, o, n) -> VectorOps.axpy(n, 0.5, a, i, a, o));
        calls.put("scale", (a, i, o, n) -> VectorOps.scale(n, 3, a, i, a, o));
        calls.put("add x", (a, i, o, n) -> VectorOps.add(n, a, i, other, 0, a, o));
        calls.put("mul y", (a, i, o, n) -> VectorOps.mul(n, other, 0, a, i, a, o));
        return calls;
    }

    @Test
    void shiftedFloatOverlapIsRejectedBeforeWriting() {
        for (Map.Entry<String, FloatCall> call : floatCalls().entrySet()) {
            int n = call.getKey().equals("softmaxRows") ? ROWS * COLS : N;
            for (int shift : SHIFTS) {
                if (Math.abs(shift) >= n) {
                    continue;
                }
                float[] a = positive(new float[3 * N], 1);
                float[] before = a.clone();
                int in = N;
                IllegalArgumentException e = assertThrows(
                        IllegalArgumentException.class,
                        () -> call.getValue().run(a, in, in + shift, n),
                        call.getKey() + " shift " + shift);
                assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
                assertArrayEquals(before, a, call.getKey() + ": written before the overlap check");
            }
        }
    }

    @Test
    void shiftedDoubleOverlapIsRejectedBeforeWriting() {
        for (Map.Entry<String, DoubleCall> call : doubleCalls().entrySet()) {
            int n = call.getKey().equals("softmaxRows") ? ROWS * COLS : N;
            for (int shift : SHIFTS) {
                if (Math.abs(shift) >= n) {
                    continue;
                }
                double[] a = positive(new double[3 * N], 1);
                double[] before = a.clone();
                int in = N;
                IllegalArgumentException e = assertThrows(
                        IllegalArgumentException.class,
                        () -> call.getValue().run(a, in, in + shift, n),
                        call.getKey() + " shift " + shift);
                assertTrue(e.getMessage().contains("overlaps"), e.getMessage());
                assertArrayEquals(before, a, call.getKey() + ": written before the overlap check");
            }
        }
    }

    /** Exact in-place and adjacent (touching, not overlapping) ranges stay allowed and compute the right values. */
    @Test
    void inPlaceAndAdjacentRangesMatchSeparateArrays() {
        for (Map.Entry<String, FloatCall> call : floatCalls().entrySet()) {
            int n = call.getKey().equals("softmaxRows") ? ROWS * COLS : N;
            float[] separate = positive(new float[3 * N], 1);
            float[] inPlace = separate.clone();
            call.getValue().run(inPlace, N, N, n);
            float[] want = separate.clone();
            System.arraycopy(expectedOutputAt(call.getValue(), separate, N, N, n), 0, want, N, n);
            assertArrayEquals(want, inPlace, call.getKey() + " in place");
            float[] adjacent = separate.clone();
            call.getValue().run(adjacent, 0, n, n); // output starts where the input ends
            float[] wantAdjacent = separate.clone();
            System.arraycopy(expectedOutputAt(call.getValue(), separate, 0, n, n), 0, wantAdjacent, n, n);
            assertArrayEquals(wantAdjacent, adjacent, call.getKey() + " adjacent");
        }
    }

    /**
     * Runs the kernel on a two-part array [input copy | output copy] so that input and output are disjoint, and
     * returns the output range; the output region starts with the values that {@code a} holds there (axpy reads y).
     */
    private static float[] expectedOutputAt(FloatCall call, float[] a, int inOffset, int outOffset, int n) {
        float[] both = concatenate(a, a);
        call.run(both, inOffset, a.length + outOffset, n);
        return Arrays.copyOfRange(both, a.length + outOffset, a.length + outOffset + n);
    }

    private static float[] concatenate(float[] first, float[] second) {
        float[] both = new float[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static float[] positive(float[] a, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) (0.1 + random.nextDouble());
        }
        return a;
    }

    private static double[] positive(double[] a, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < a.length; i++) {
            a[i] = 0.1 + random.nextDouble();
        }
        return a;
    }
}
