package io.github.vecnet.nn.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Updates against the published formulas written out in scalar double arithmetic. */
class OptimizerTest {
    private static final double[] GRADS = {0.3, -1.2, 0.05, 2.0, -0.7};

    private static Tensor param(DType dtype) {
        return Tensor.copyOf(new double[] {0.5, -0.25}, 1, 2, dtype).requiresGrad(true);
    }

    private static void setGrad(Tensor p, int step) {
        Tensor g = Tensor.zeros(1, 2, p.dtype());
        g.set(0, GRADS[step % GRADS.length]);
        g.set(1, -0.5 * GRADS[(step + 2) % GRADS.length]);
        p.setGrad(g);
    }

    @Test
    void adamAndAdamWFollowTheReferenceFormula() {
        for (double wd : new double[] {0.0, 0.1}) {
            Tensor p = param(DType.FLOAT64);
            Adam opt = wd == 0
                    ? new Adam(List.of(p), LearningRate.constant(0.01), 0.9, 0.999, 1e-8)
                    : new AdamW(List.of(p), LearningRate.constant(0.01), 0.9, 0.999, 1e-8, wd);
            double[] ref = {0.5, -0.25};
            double[] m = new double[2];
            double[] v = new double[2];
            for (int t = 1; t <= 12; t++) {
                setGrad(p, t);
                opt.step();
                for (int i = 0; i < 2; i++) {
                    double g = p.grad().get(i);
                    ref[i] -= 0.01 * wd * ref[i];
                    m[i] = 0.9 * m[i] + 0.1 * g;
                    v[i] = 0.999 * v[i] + 0.001 * g * g;
                    double mHat = m[i] / (1 - Math.pow(0.9, t));
                    double vHat = v[i] / (1 - Math.pow(0.999, t));
                    ref[i] -= 0.01 * mHat / (Math.sqrt(vHat) + 1e-8);
                    assertEquals(ref[i], p.get(i), 1e-12, "wd " + wd + " step " + t + " elem " + i);
                }
            }
        }
    }

    @Test
    void float32AdamTracksFloat64() {
        Tensor p64 = param(DType.FLOAT64);
        Tensor p32 = param(DType.FLOAT32);
        Adam a = new Adam(List.of(p64), 0.01);
        Adam b = new Adam(List.of(p32), 0.01);
        for (int t = 1; t <= 20; t++) {
            setGrad(p64, t);
            setGrad(p32, t);
            a.step();
            b.step();
        }
        assertEquals(p64.get(0), p32.get(0), 1e-5);
        assertEquals(p64.get(1), p32.get(1), 1e-5);
    }

    @Test
    void momentumAndNesterovFollowPytorchsFormula() {
        for (boolean nesterov : new boolean[] {false, true}) {
            Tensor p = param(DType.FLOAT64);
            Momentum opt = new Momentum(List.of(p), 0.1, 0.9, nesterov);
            double[] ref = {0.5, -0.25};
            double[] buf = new double[2];
            for (int t = 1; t <= 8; t++) {
                setGrad(p, t);
                opt.step();
                for (int i = 0; i < 2; i++) {
                    double g = p.grad().get(i);
                    buf[i] = t == 1 ? g : 0.9 * buf[i] + g;
                    ref[i] -= 0.1 * (nesterov ? g + 0.9 * buf[i] : buf[i]);
                    assertEquals(ref[i], p.get(i), 1e-14);
                }
            }
        }
    }

    @Test
    void frozenAndGradlessParametersAreSkipped() {
        Tensor frozen = param(DType.FLOAT64);
        Tensor noGrad = param(DType.FLOAT64);
        setGrad(frozen, 0);
        frozen.requiresGrad(false);
        assertNull(frozen.grad());
        Sgd sgd = new Sgd(List.of(frozen, noGrad), 1.0);
        sgd.step();
        assertEquals(0.5, frozen.get(0));
        assertEquals(0.5, noGrad.get(0));
    }

    @Test
    void gradientClippingByGlobalNorm() {
        Tensor a = Tensor.zeros(1, 2, DType.FLOAT64).requiresGrad(true);
        Tensor b = Tensor.zeros(1, 1, DType.FLOAT64).requiresGrad(true);
        a.setGrad(Tensor.copyOf(new double[] {3, 0}, 1, 2));
        b.setGrad(Tensor.copyOf(new double[] {4}, 1, 1));
        double norm = GradClipping.clipByNorm(List.of(a, b), 1.0);
        assertEquals(5.0, norm, 1e-15);
        assertEquals(0.6, a.grad().get(0), 1e-15);
        assertEquals(0.8, b.grad().get(0), 1e-15);
        assertEquals(1.0, GradClipping.clipByNorm(List.of(a, b), 10.0), 1e-15);
        assertEquals(0.6, a.grad().get(0), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> GradClipping.clipByNorm(List.of(a), 0));
    }

    @Test
    void constructorValidates() {
        Tensor p = param(DType.FLOAT64);
        assertThrows(IllegalArgumentException.class, () -> new Sgd(List.of(p, p), 0.1));
        assertThrows(IllegalArgumentException.class, () -> new Adam(null, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new Momentum(List.of(p), 0.1, 1.0, false));
        assertThrows(
                IllegalArgumentException.class, () -> new Adam(List.of(p), LearningRate.constant(0.1), 1.0, 0.9, 1e-8));
    }
}
