package io.github.vecnet.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad arguments to the public element-wise API: the right exception type, a message naming the argument, and the
 * output left untouched (checks happen before anything is written).
 */
class ArgumentChecksTest {
    private static final float SENTINEL = 99f;

    private final float[] x = {1, 2, 3, 4};
    private final float[] out = filled(4);
    private final double[] xd = {1, 2, 3, 4};
    private final double[] outD = {SENTINEL, SENTINEL, SENTINEL, SENTINEL};

    private static float[] filled(int n) {
        float[] a = new float[n];
        Arrays.fill(a, SENTINEL);
        return a;
    }

    private void rejects(Class<? extends RuntimeException> type, String argument, Executable call) {
        RuntimeException e = assertThrows(type, call);
        assertTrue(e.getMessage().contains(argument), "message should name " + argument + ": " + e.getMessage());
        for (int i = 0; i < 4; i++) {
            assertEquals(SENTINEL, out[i], "output written before the check failed");
            assertEquals(SENTINEL, outD[i], "output written before the check failed");
        }
    }

    @Test
    void nullArrays() {
        rejects(IllegalArgumentException.class, "x", () -> Activations.sigmoid(1, (float[]) null, 0, out, 0));
        rejects(IllegalArgumentException.class, "y", () -> Activations.tanh(1, x, 0, (float[]) null, 0));
        rejects(IllegalArgumentException.class, "dy", () -> Activations.reluBackward(1, x, 0, null, 0, out, 0));
        rejects(IllegalArgumentException.class, "x", () -> VectorOps.sum(1, (double[]) null, 0));
        rejects(IllegalArgumentException.class, "y", () -> VectorOps.axpy(1, 1f, x, 0, null, 0));
        rejects(IllegalArgumentException.class, "bias", () -> VectorOps.addBias(1, 2, (float[]) null, 0, out, 0));
        rejects(IllegalArgumentException.class, "out", () -> Activations.logSumExpRows(1, 2, xd, 0, null, 0));
    }

    @Test
    void negativeLengths() {
        rejects(IllegalArgumentException.class, "n", () -> Activations.relu(-1, x, 0, out, 0));
        rejects(IllegalArgumentException.class, "n", () -> VectorOps.dot(-2, xd, 0, outD, 0));
        rejects(IllegalArgumentException.class, "n", () -> VectorOps.add(-1, x, 0, x, 0, out, 0));
        rejects(IllegalArgumentException.class, "rows", () -> Activations.softmaxRows(-1, 2, x, 0, out, 0));
        rejects(IllegalArgumentException.class, "cols", () -> VectorOps.columnSums(2, -2, xd, 0, outD, 0));
    }

    @Test
    void rangesPastTheEnd() {
        rejects(IndexOutOfBoundsException.class, "y", () -> Activations.sigmoid(4, x, 0, out, 1));
        rejects(IndexOutOfBoundsException.class, "x", () -> Activations.sigmoid(2, x, 3, out, 0));
        rejects(IndexOutOfBoundsException.class, "x", () -> Activations.exp(2, xd, -1, outD, 0));
        rejects(IndexOutOfBoundsException.class, "z", () -> VectorOps.mul(2, x, 0, x, 0, out, 3));
        rejects(IndexOutOfBoundsException.class, "dx", () -> Activations.tanhBackward(3, x, 0, x, 0, out, 2));
        rejects(IndexOutOfBoundsException.class, "x", () -> VectorOps.norm2(5, x, 0));
        rejects(IndexOutOfBoundsException.class, "y", () -> Activations.softmaxRows(2, 2, xd, 0, outD, 1));
        rejects(IndexOutOfBoundsException.class, "out", () -> VectorOps.columnSums(1, 4, x, 0, out, 1));
        rejects(IndexOutOfBoundsException.class, "c", () -> VectorOps.addBias(3, 2, x, 0, out, 0));
        rejects(IndexOutOfBoundsException.class, "out", () -> Activations.logSumExpRows(2, 1, xd, 0, outD, 3));
    }

    @Test
    void emptyRangesAtTheEndAreFine() {
        Activations.sigmoid(0, x, 4, out, 4);
        assertEquals(0f, VectorOps.sum(0, x, 4));
        assertEquals(Float.NEGATIVE_INFINITY, VectorOps.max(0, x, 4));
        Activations.softmaxRows(0, 3, x, 0, out, 0);
        Activations.logSumExpRows(2, 0, x, 0, out, 2);
        assertEquals(Float.NEGATIVE_INFINITY, out[2], "log-sum-exp of an empty row");
    }
}
