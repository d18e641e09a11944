package io.github.vecnet.examples.firenet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.examples.firenet.imaging.ComplexOperator;
import io.github.vecnet.examples.firenet.imaging.DenseComplexMatrix;
import io.github.vecnet.examples.firenet.imaging.FourierWaveletOperator;
import io.github.vecnet.examples.firenet.imaging.SamplingMask;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirenetVjpTest {

    private static SplitComplex gaussian(int length, Random random, double scale) {
        SplitComplex z = SplitComplex.zeros(length);
        for (int i = 0; i < length; i++) {
            z.re()[i] = scale * random.nextGaussian();
            z.im()[i] = scale * random.nextGaussian();
        }
        return z;
    }

    private static double inner(SplitComplex a, SplitComplex b) {
        double s = 0;
        for (int i = 0; i < a.length(); i++) {
            s += a.re()[i] * b.re()[i] + a.im()[i] * b.im()[i];
        }
        return s;
    }

    /** <J^T w, dy> against the central difference of <w, psi(y)> along dy (eps0 fixed in the parameters). */
    private static void check(ComplexOperator a, Firenet.Parameters parameters, long seed) {
        Random random = new Random(seed);
        SplitComplex y = gaussian(a.rangeSize(), random, 1.0);
        SplitComplex w = gaussian(a.domainSize(), random, 1.0);
        Firenet net = new Firenet(a, parameters);
        SplitComplex g = FirenetVjp.apply(net, a, y, w);
        for (int trial = 0; trial < 3; trial++) {
            SplitComplex dy = gaussian(a.rangeSize(), random, 1.0);
            double h = 1e-6;
            SplitComplex plus = y.copy();
            SplitComplex minus = y.copy();
            for (int i = 0; i < y.length(); i++) {
                plus.re()[i] += h * dy.re()[i];
                plus.im()[i] += h * dy.im()[i];
                minus.re()[i] -= h * dy.re()[i];
                minus.im()[i] -= h * dy.im()[i];
            }
            double fd = (inner(w, net.reconstruct(plus, null)) - inner(w, net.reconstruct(minus, null))) / (2 * h);
            double ad = inner(g, dy);
            assertEquals(fd, ad, 1e-6 * Math.max(1, Math.abs(fd)), "directional derivative, trial " + trial);
        }
    }

    @Test
    void matchesFiniteDifferencesOnTheImagingOperator() {
        FourierWaveletOperator a = new FourierWaveletOperator(16, 3, SamplingMask.variableDensity(16, 0.3, 4));
        check(a, new Firenet.Parameters(0.05, 1, 1, 1, 1e-9, 3.0, 6, 4, null), 1);
    }

    @Test
    void matchesFiniteDifferencesOnADenseComplexMatrixWithActiveProjection() {
        Random random = new Random(2);
        int rows = 6;
        int cols = 9;
        double[] re = new double[rows * cols];
        double[] im = new double[rows * cols];
        for (int i = 0; i < re.length; i++) {
            re[i] = random.nextGaussian() / 3;
            im[i] = random.nextGaussian() / 3;
        }
        DenseComplexMatrix a = new DenseComplexMatrix(rows, cols, re, im);
        check(a, new Firenet.Parameters(0.3, 0.4, 0.4, a.spectralNorm(), 1e-3, 1.0, 5, 3, null), 3);
    }

    @Test
    void transposedLayerJacobiansMatchTheirFiniteDifferences() {
        // soft threshold and projection separately, against central differences of the forward maps
        Random random = new Random(7);
        SplitComplex u = gaussian(5, random, 1.0);
        double[] t = {0.3, 0.3, 0.3, 0.3, 5.0}; // last entry below threshold
        SplitComplex bar = gaussian(5, random, 1.0);
        SplitComplex out = SplitComplex.zeros(5);
        FirenetVjp.softThresholdTranspose(u, t, bar, out);
        SplitComplex dir = gaussian(5, random, 1.0);
        double h = 1e-7;
        SplitComplex p = new SplitComplex(u.re().clone(), u.im().clone());
        SplitComplex q = new SplitComplex(u.re().clone(), u.im().clone());
        for (int i = 0; i < 5; i++) {
            p.re()[i] += h * dir.re()[i];
            p.im()[i] += h * dir.im()[i];
            q.re()[i] -= h * dir.re()[i];
            q.im()[i] -= h * dir.im()[i];
        }
        Firenet.softThreshold(p.re(), p.im(), t);
        Firenet.softThreshold(q.re(), q.im(), t);
        double fd = (inner(bar, p) - inner(bar, q)) / (2 * h);
        assertEquals(fd, inner(out, dir), 1e-6);

        SplitComplex w = gaussian(4, random, 2.0); // norm > 1: projection active
        SplitComplex barW = gaussian(4, random, 1.0);
        SplitComplex outW = SplitComplex.zeros(4);
        FirenetVjp.projectionTranspose(w, barW, outW);
        SplitComplex dw = gaussian(4, random, 1.0);
        SplitComplex wp = w.copy();
        SplitComplex wm = w.copy();
        for (int i = 0; i < 4; i++) {
            wp.re()[i] += h * dw.re()[i];
            wp.im()[i] += h * dw.im()[i];
            wm.re()[i] -= h * dw.re()[i];
            wm.im()[i] -= h * dw.im()[i];
        }
        Firenet.projectOntoUnitBall(wp.re(), wp.im());
        Firenet.projectOntoUnitBall(wm.re(), wm.im());
        assertEquals((inner(barW, wp) - inner(barW, wm)) / (2 * h), inner(outW, dw), 1e-6);
    }
}
