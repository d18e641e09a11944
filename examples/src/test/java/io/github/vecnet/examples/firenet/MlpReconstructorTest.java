package io.github.vecnet.examples.firenet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.firenet.imaging.FourierWaveletOperator;
import io.github.vecnet.examples.firenet.imaging.SamplingMask;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MlpReconstructorTest {

    @Test
    void trainsDeterministicallyAndItsInputGradientMatchesFiniteDifferences() {
        int n = 8;
        FourierWaveletOperator a = new FourierWaveletOperator(n, 0, SamplingMask.variableDensity(n, 0.3, 1));
        MlpReconstructor.Settings settings = new MlpReconstructor.Settings(40, 6, 10, new int[] {16}, 1e-2, 3);
        List<Double> loss = new ArrayList<>();
        MlpReconstructor mlp = MlpReconstructor.train(a, n, settings, loss, line -> {});
        assertEquals(6, loss.size());
        assertTrue(loss.get(5) < loss.get(0), "training loss must fall: " + loss);

        Random random = new Random(9);
        int m = a.rangeSize();
        SplitComplex y = SplitComplex.zeros(m);
        SplitComplex dy = SplitComplex.zeros(m);
        for (int i = 0; i < m; i++) {
            y.re()[i] = random.nextGaussian();
            y.im()[i] = random.nextGaussian();
            dy.re()[i] = random.nextGaussian();
            dy.im()[i] = random.nextGaussian();
        }
        double[] w = new double[n * n];
        for (int i = 0; i < w.length; i++) {
            w[i] = random.nextGaussian();
        }
        SplitComplex g = mlp.vectorJacobian(y, w);
        double h = 1e-6;
        SplitComplex plus = y.copy();
        SplitComplex minus = y.copy();
        for (int i = 0; i < m; i++) {
            plus.re()[i] += h * dy.re()[i];
            plus.im()[i] += h * dy.im()[i];
            minus.re()[i] -= h * dy.re()[i];
            minus.im()[i] -= h * dy.im()[i];
        }
        double[] op = mlp.apply(plus);
        double[] om = mlp.apply(minus);
        double fd = 0;
        for (int i = 0; i < w.length; i++) {
            fd += w[i] * (op[i] - om[i]) / (2 * h);
        }
        double ad = 0;
        for (int i = 0; i < m; i++) {
            ad += g.re()[i] * dy.re()[i] + g.im()[i] * dy.im()[i];
        }
        assertEquals(fd, ad, 1e-6 * Math.max(1, Math.abs(fd)));

        MlpReconstructor again = MlpReconstructor.train(a, n, settings, new ArrayList<>(), line -> {});
        assertArrayEquals(mlp.apply(y), again.apply(y), "same seed, same network");
    }
}
