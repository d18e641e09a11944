package io.github.vecnet.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.layers.Mlp;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Factories, copy vs wrap, and the clear exceptions the issue asks for. */
class TensorTest {
    @Test
    void copyOfCopiesAndWrapShares() {
        double[] data = {1, 2, 3, 4, 5, 6};
        Tensor copied = Tensor.copyOf(data, 2, 3);
        Tensor wrapped = Tensor.wrap(data, 2, 3);
        data[0] = 42;
        assertEquals(1, copied.get(0, 0));
        assertEquals(42, wrapped.get(0, 0));
        assertSame(data, wrapped.doubleData());
        float[] fdata = {1, 2};
        assertSame(fdata, Tensor.wrap(fdata, 1, 2).floatData());
        assertEquals(
                6,
                Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}}, DType.FLOAT32).get(1, 2));
        assertEquals(
                DType.FLOAT32, Tensor.of(new double[][] {{1}}, DType.FLOAT32).dtype());
    }

    @Test
    void factoriesValidate() {
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(0, 3, DType.FLOAT64));
        assertThrows(IllegalArgumentException.class, () -> Tensor.zeros(2, 3, null));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Tensor.copyOf(new double[5], 2, 3));
        assertTrue(e.getMessage().contains("5") && e.getMessage().contains("2 x 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(new double[][] {{1, 2}, {3}}, DType.FLOAT64));
        assertThrows(
                IndexOutOfBoundsException.class,
                () -> Tensor.zeros(2, 2, DType.FLOAT64).get(2, 0));
        assertThrows(
                IllegalStateException.class,
                () -> Tensor.zeros(2, 2, DType.FLOAT64).floatData());
        assertThrows(IllegalArgumentException.class, () -> DType.parse("float16"));
        assertEquals(DType.FLOAT32, DType.parse("Float32"));
    }

    @Test
    void shapeMismatchNamesBothShapes() {
        Tensor a = Tensor.zeros(2, 3, DType.FLOAT64);
        Tensor b = Tensor.zeros(4, 5, DType.FLOAT64);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.matmul(b));
        assertTrue(e.getMessage().contains("2 x 3") && e.getMessage().contains("4 x 5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.add(b));
        assertTrue(e.getMessage().contains("2 x 3") && e.getMessage().contains("4 x 5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.mul(Tensor.zeros(2, 2, DType.FLOAT64)));
        assertThrows(IndexOutOfBoundsException.class, () -> a.sliceCols(2, 4));
        assertThrows(IllegalArgumentException.class, () -> Tensor.concatCols(a, b));
        Mlp net = Mlp.builder().widths(3, 2).rng(new SplittableRandom(1)).build();
        e = assertThrows(IllegalArgumentException.class, () -> net.forward(Tensor.zeros(4, 5, DType.FLOAT64)));
        assertTrue(e.getMessage().contains("4 x 5") && e.getMessage().contains("3 x 2"), e.getMessage());
    }

    @Test
    void dtypeMixIsRejected() {
        Tensor a = Tensor.zeros(2, 2, DType.FLOAT64);
        Tensor b = Tensor.zeros(2, 2, DType.FLOAT32);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.add(b));
        assertTrue(e.getMessage().contains("float32") && e.getMessage().contains("float64"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.matmul(b));
        Mlp net = Mlp.builder()
                .widths(2, 2)
                .dtype(DType.FLOAT64)
                .rng(new SplittableRandom(1))
                .build();
        assertThrows(IllegalArgumentException.class, () -> net.forward(b));
        assertThrows(IllegalArgumentException.class, () -> io.github.vecnet.nn.loss.Losses.mse(a, b));
    }

    @Test
    void backwardOnNonScalarIsRejected() {
        Tensor a = Tensor.ones(2, 2, DType.FLOAT64).requiresGrad(true);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> a.mul(2.0).backward());
        assertTrue(e.getMessage().contains("2 x 2"), e.getMessage());
    }

    @Test
    void freedGraphIsRejected() {
        Tensor a = Tensor.ones(2, 2, DType.FLOAT64).requiresGrad(true);
        Tensor h = a.tanh();
        Tensor loss = h.sum();
        loss.backward();
        IllegalStateException e = assertThrows(IllegalStateException.class, loss::backward);
        assertTrue(e.getMessage().contains("freed"), e.getMessage());
        // a new graph built on an intermediate of the freed graph
        Tensor again = h.mul(3.0).sum();
        e = assertThrows(IllegalStateException.class, again::backward);
        assertTrue(e.getMessage().contains("freed"), e.getMessage());
        // a fresh forward pass works, and gradients accumulate
        double first = a.grad().get(0);
        a.tanh().sum().backward();
        assertEquals(2 * first, a.grad().get(0), 1e-15);
        assertNull(h.gradFn());
    }

    @Test
    void requiresGradOnlyOnLeaves() {
        Tensor a = Tensor.ones(1, 1, DType.FLOAT64).requiresGrad(true);
        Tensor b = a.mul(2.0);
        assertThrows(IllegalStateException.class, () -> b.requiresGrad(false));
        assertTrue(b.detach().isLeaf() && !b.detach().requiresGrad());
    }

    @Test
    void deepGraphDoesNotOverflowTheStack() {
        Tensor a = Tensor.scalar(0.5, DType.FLOAT64).requiresGrad(true);
        Tensor h = a;
        for (int i = 0; i < 100_000; i++) {
            h = h.add(0.0);
        }
        h.backward();
        assertEquals(1.0, a.grad().item());
    }

    @Test
    void argmaxRandomFactoriesAndChunkedPredict() {
        Tensor t = Tensor.of(new double[][] {{1, 5, 5}, {-1, -3, -2}}, DType.FLOAT32);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, 0}, t.argmaxRows());
        Tensor r = Tensor.rand(50, 4, -0.5, 0.5, DType.FLOAT64, new SplittableRandom(3));
        for (int i = 0; i < r.size(); i++) {
            assertTrue(r.get(i) >= -0.5 && r.get(i) < 0.5);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(
                r.toDoubleArray(),
                Tensor.rand(50, 4, -0.5, 0.5, DType.FLOAT64, new SplittableRandom(3))
                        .toDoubleArray());
        Tensor g = Tensor.randn(50, 4, 0, 1, DType.FLOAT32, new SplittableRandom(4));
        assertTrue(g.isFinite());
        Mlp net = Mlp.builder().widths(4, 8, 2).rng(new SplittableRandom(1)).build();
        Tensor whole;
        try (NoGrad ignored = NoGrad.enter()) {
            whole = net.forward(r);
        }
        Tensor chunked = net.predict(r, 7);
        org.junit.jupiter.api.Assertions.assertArrayEquals(whole.toDoubleArray(), chunked.toDoubleArray());
        assertTrue(!chunked.requiresGrad());
    }

    @Test
    void conversionsAndCopies() {
        Tensor a = Tensor.copyOf(new double[] {1.1, -2.5}, 1, 2);
        Tensor f = a.to(DType.FLOAT32);
        assertArrayEquals(new float[] {1.1f, -2.5f}, f.floatData());
        assertArrayEquals(new double[] {(double) 1.1f, -2.5}, f.toDoubleArray());
        assertEquals(1, f.rows());
        Tensor c = a.copy();
        c.set(0, 9);
        assertEquals(1.1, a.get(0));
    }

    @Test
    void ofFloatMatrixIsFloat32RowMajor() {
        Tensor t = Tensor.of(new float[][] {{1.5f, 2}, {3, 4.25f}, {-5, 6}});
        assertEquals(DType.FLOAT32, t.dtype());
        assertEquals("3 x 2", t.shape());
        assertArrayEquals(new float[] {1.5f, 2, 3, 4.25f, -5, 6}, t.floatData());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Tensor.of(new float[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().contains("row 1 has 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(new float[0][]));
        assertEquals(DType.FLOAT64, Tensor.of(new double[][] {{1}}).dtype());
    }

    @Test
    void toFloatArrayAndMatrixRoundFloat64LikeACast() {
        double[] values = {0.1, 1.0 / 3, -1e-50, 3.4e39, Math.PI, 7};
        Tensor d = Tensor.copyOf(values, 2, 3);
        float[] flat = d.toFloatArray();
        float[][] matrix = d.toFloatMatrix();
        for (int i = 0; i < values.length; i++) {
            assertEquals((float) values[i], flat[i]);
            assertEquals((float) values[i], matrix[i / 3][i % 3]);
        }
        Tensor f = Tensor.copyOf(new float[] {1, 2, 3, 4}, 2, 2);
        float[] copy = f.toFloatArray();
        copy[0] = 99;
        assertEquals(1f, f.floatData()[0], "a copy, not the storage");
        assertArrayEquals(new float[] {3, 4}, f.toFloatMatrix()[1]);
    }

    @Test
    void float32ValuesPrintAsFloats() {
        Tensor f = Tensor.copyOf(new float[] {0.1f, 1f / 3}, 1, 2);
        assertEquals("Tensor(1 x 2, float32)[0.1, 0.33333334]", f.toString());
        Tensor d = Tensor.copyOf(new double[] {0.1, 1.0 / 3}, 1, 2);
        assertEquals("Tensor(1 x 2, float64)[0.1, 0.3333333333333333]", d.toString());
    }
}
