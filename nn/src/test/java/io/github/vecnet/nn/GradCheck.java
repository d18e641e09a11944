package io.github.vecnet.nn;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Central-difference gradient checks in float64 (the independent oracle for every backward). */
public final class GradCheck {
    private GradCheck() {}

    /** h = 1e-6 balances truncation (h^2) against rounding (eps / h) for smooth functions of O(1) values. */
    static final double H = 1e-6;

    /**
     * Runs {@code f} (which must build a fresh graph from {@code inputs} and return a 1 x 1 tensor), backpropagates,
     * and compares each input's gradient with central differences; fails if the norm-wise relative error exceeds tol.
     * Returns the largest relative error seen.
     */
    public static double check(Supplier<Tensor> f, double tol, Tensor... inputs) {
        for (Tensor t : inputs) {
            t.setGrad(null);
        }
        f.get().backward();
        double worst = 0;
        for (int k = 0; k < inputs.length; k++) {
            Tensor x = inputs[k];
            if (!x.requiresGrad()) {
                continue;
            }
            assertNotNull(x.grad(), "input " + k + " got no gradient");
            double[] analytic = x.grad().toDoubleArray();
            double[] numeric = new double[x.size()];
            try (NoGrad ignored = NoGrad.enter()) {
                for (int i = 0; i < x.size(); i++) {
                    double old = x.get(i);
                    x.set(i, old + H);
                    double plus = f.get().item();
                    x.set(i, old - H);
                    double minus = f.get().item();
                    x.set(i, old);
                    numeric[i] = (plus - minus) / (2 * H);
                }
            }
            double diff = 0;
            double na = 0;
            double nn = 0;
            for (int i = 0; i < numeric.length; i++) {
                diff += (analytic[i] - numeric[i]) * (analytic[i] - numeric[i]);
                na += analytic[i] * analytic[i];
                nn += numeric[i] * numeric[i];
            }
            double rel = Math.sqrt(diff) / Math.max(Math.max(Math.sqrt(na), Math.sqrt(nn)), 1e-12);
            if (Math.sqrt(na) < 1e-12 && Math.sqrt(nn) < 1e-12) {
                rel = 0;
            }
            assertTrue(
                    rel <= tol,
                    "input " + k + " (" + x.shape() + "): relative gradient error " + rel + " > " + tol + "\nanalytic "
                            + java.util.Arrays.toString(analytic) + "\nnumeric  " + java.util.Arrays.toString(numeric));
            worst = Math.max(worst, rel);
        }
        return worst;
    }

    /** A float64 leaf with entries uniform in [lo, hi), requiring grad. */
    public static Tensor random(int rows, int cols, double lo, double hi, SplittableRandom rng) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = lo + (hi - lo) * rng.nextDouble();
        }
        return Tensor.copyOf(v, rows, cols).requiresGrad(true);
    }

    /** Entries in +-[0.2, 1.5): away from the kinks of relu/abs at 0. */
    public static Tensor awayFromZero(int rows, int cols, SplittableRandom rng) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            double m = 0.2 + 1.3 * rng.nextDouble();
            v[i] = rng.nextBoolean() ? m : -m;
        }
        return Tensor.copyOf(v, rows, cols).requiresGrad(true);
    }
}
