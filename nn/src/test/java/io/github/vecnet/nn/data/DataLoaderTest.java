package io.github.vecnet.nn.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLoaderTest {
    private static Tensor rowsNumbered(int n, int cols, DType dtype) {
        double[] v = new double[n * cols];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < cols; j++) {
                v[i * cols + j] = i * 10 + j;
            }
        }
        return Tensor.copyOf(v, n, cols, dtype);
    }

    @Test
    void everyRowOnceWithPartialLastBatchAndAlignedTargets() {
        for (DType dtype : DType.values()) {
            Tensor x = rowsNumbered(23, 3, dtype);
            Tensor y = rowsNumbered(23, 1, dtype);
            DataLoader loader = new DataLoader(x, y, 5, true, 42);
            List<Batch> batches = loader.epoch(0);
            assertEquals(5, batches.size());
            assertEquals(5, loader.batchesPerEpoch());
            assertEquals(3, batches.get(4).size());
            boolean[] seen = new boolean[23];
            for (Batch b : batches) {
                for (int r = 0; r < b.size(); r++) {
                    int row = (int) (b.inputs().get(r, 0) / 10);
                    assertFalse(seen[row]);
                    seen[row] = true;
                    assertEquals(row * 10 + 2, b.inputs().get(r, 2));
                    assertEquals(row * 10, b.targets().get(r, 0));
                }
            }
            for (boolean s : seen) {
                assertEquals(true, s);
            }
        }
    }

    @Test
    void shuffleIsSeededPerEpochAndReproducible() {
        Tensor x = rowsNumbered(50, 1, DType.FLOAT64);
        DataLoader a = new DataLoader(x, null, 7, true, 1);
        DataLoader b = new DataLoader(x, null, 7, true, 1);
        DataLoader c = new DataLoader(x, null, 7, true, 2);
        assertArrayEquals(a.order(3), b.order(3));
        assertFalse(Arrays.equals(a.order(3), a.order(4)));
        assertFalse(Arrays.equals(a.order(3), c.order(3)));
        int[] identity = new DataLoader(x, null, 7, false, 1).order(5);
        for (int i = 0; i < identity.length; i++) {
            assertEquals(i, identity[i]);
        }
    }

    @Test
    void fullBatchWithoutShuffleHandsOutTheOriginals() {
        Tensor x = rowsNumbered(10, 2, DType.FLOAT32);
        Tensor y = rowsNumbered(10, 1, DType.FLOAT32);
        List<Batch> batches = new DataLoader(x, y, 10, false, 0).epoch(0);
        assertEquals(1, batches.size());
        assertSame(x, batches.get(0).inputs());
        assertSame(y, batches.get(0).targets());
    }

    @Test
    void badArgumentsAreRejected() {
        Tensor x = rowsNumbered(10, 2, DType.FLOAT64);
        assertThrows(
                IllegalArgumentException.class, () -> new DataLoader(x, rowsNumbered(9, 1, DType.FLOAT64), 2, true, 0));
        assertThrows(IllegalArgumentException.class, () -> new DataLoader(x, null, 0, true, 0));
        assertThrows(IllegalArgumentException.class, () -> new DataLoader(null, null, 1, true, 0));
    }

    @Test
    void batchesPerEpochDoesNotOverflowForHugeBatchSizes() {
        Tensor x = rowsNumbered(9, 2, DType.FLOAT64);
        for (int batch : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 7}) {
            DataLoader loader = new DataLoader(x, null, batch, false, 0);
            assertEquals(1, loader.batchesPerEpoch(), "batch size " + batch);
            assertEquals(1, loader.epoch(0).size(), "batch size " + batch);
        }
    }
}
