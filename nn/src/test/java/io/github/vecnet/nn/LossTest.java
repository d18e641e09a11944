package io.github.vecnet.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.nn.loss.Losses;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Loss values against closed forms, gradients against central differences, stability at extreme logits. */
class LossTest {
    private static final double TOL = 1e-6;
    private final SplittableRandom rng = new SplittableRandom(77);

    @Test
    void valuesMatchDirectFormulas() {
        Tensor p = GradCheck.random(4, 3, -2, 2, rng);
        Tensor t = GradCheck.random(4, 3, 0, 1, rng);
        double mse = 0;
        double l1 = 0;
        double bce = 0;
        for (int i = 0; i < 12; i++) {
            double d = p.get(i) - t.get(i);
            mse += d * d / 12;
            l1 += Math.abs(d) / 12;
            double s = 1 / (1 + Math.exp(-p.get(i)));
            bce += -(t.get(i) * Math.log(s) + (1 - t.get(i)) * Math.log(1 - s)) / 12;
        }
        assertEquals(mse, Losses.mse(p, t).item(), 1e-14);
        assertEquals(l1, Losses.l1(p, t).item(), 1e-14);
        assertEquals(bce, Losses.bceWithLogits(p, t).item(), 1e-13);
        int[] labels = {2, 0, 1, 2};
        double ce = 0;
        for (int r = 0; r < 4; r++) {
            double z = 0;
            for (int c = 0; c < 3; c++) {
                z += Math.exp(p.get(r, c));
            }
            ce += -Math.log(Math.exp(p.get(r, labels[r])) / z) / 4;
        }
        assertEquals(ce, Losses.crossEntropy(p, labels).item(), 1e-13);
        assertEquals(
                ce,
                Losses.crossEntropy(p, Tensor.column(new double[] {2, 0, 1, 2}, DType.FLOAT64))
                        .item(),
                1e-13);
    }

    @Test
    void gradientsMatchCentralDifferences() {
        Tensor p = GradCheck.random(4, 3, -2, 2, rng);
        Tensor t = GradCheck.random(4, 3, 0, 1, rng);
        // keep p - t away from 0 for the L1 kink
        Tensor q = GradCheck.awayFromZero(4, 3, rng);
        Tensor zero = Tensor.zeros(4, 3, DType.FLOAT64).requiresGrad(true);
        GradCheck.check(() -> Losses.mse(p, t), TOL, p, t);
        GradCheck.check(() -> Losses.l1(q, zero), TOL, q, zero);
        GradCheck.check(() -> Losses.bceWithLogits(p, t), TOL, p, t);
        GradCheck.check(() -> Losses.crossEntropy(p, new int[] {2, 0, 1, 1}), TOL, p);
        // losses composed with further ops: scaled and summed
        GradCheck.check(() -> Losses.mse(p.tanh(), t).mul(3.0).add(Losses.bceWithLogits(p, t)), TOL, p, t);
    }

    @Test
    void extremeLogitsStayFinite() {
        Tensor z = Tensor.copyOf(new double[] {1000, -1000, 800, -800}, 2, 2).requiresGrad(true);
        Tensor y = Tensor.copyOf(new double[] {0, 1, 1, 0}, 2, 2);
        Tensor bce = Losses.bceWithLogits(z, y);
        assertEquals((1000 + 1000 + 0 + 0) / 4.0, bce.item(), 1e-9);
        bce.backward();
        assertTrue(z.grad().isFinite());
        Tensor logits =
                Tensor.copyOf(new double[] {1000, 0, -1000, 0, 1000, 0}, 2, 3).requiresGrad(true);
        Tensor ce = Losses.crossEntropy(logits, new int[] {1, 0});
        assertEquals((1000 + 1000) / 2.0, ce.item(), 1e-9);
        ce.backward();
        assertTrue(logits.grad().isFinite());
        Tensor f32 = Tensor.copyOf(new float[] {100, -100, 90, 0}, 2, 2);
        assertTrue(Double.isFinite(Losses.crossEntropy(f32, new int[] {1, 0}).item()));
        assertTrue(Double.isFinite(f32.logSoftmaxRows().sum().item()));
    }

    @Test
    void crossEntropyLabelsOutsideTheIntRangeAreReportedAsGiven() {
        Tensor logits = Tensor.zeros(2, 3, DType.FLOAT64);
        for (double bad : new double[] {1e10, -1e10, 3, -1, 2147483648.0}) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> Losses.crossEntropy(logits, Tensor.column(new double[] {0, bad}, DType.FLOAT64)));
            assertTrue(e.getMessage().contains("label 1 is " + bad), e.getMessage());
            assertTrue(e.getMessage().contains("outside [0, 3)"), e.getMessage());
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> Losses.crossEntropy(null, Tensor.column(new double[] {0}, DType.FLOAT64)));
    }

    @Test
    void integerLabelsAreRangeChecked() {
        Tensor logits = Tensor.zeros(3, 4, DType.FLOAT32);
        // Uniform logits: the loss is log(classes) whatever the labels (closed form).
        assertEquals(
                Math.log(4), Losses.crossEntropy(logits, new int[] {0, 3, 2}).item(), 1e-6);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Losses.crossEntropy(logits, new int[] {0, 4, 1}));
        assertEquals("crossEntropy: label 1 is 4, outside [0, 4)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Losses.crossEntropy(logits, new int[] {-1, 0, 1}));
        assertTrue(e.getMessage().contains("label 0 is -1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Losses.crossEntropy(logits, new int[] {0, 1}));
        assertTrue(e.getMessage().contains("there are 2 labels; need one label per row"), e.getMessage());
    }
}
