package io.github.vecnet.examples.firenet.imaging;

import java.util.Random;

/** Complex Gaussian measurement noise at a relative level: {@code y + level ||y|| e / ||e||}, e ~ CN(0, I). */
public final class ComplexNoise {
    private ComplexNoise() {}

    /** In place. {@code level} >= 0 (0.02 = 2 %). Same seed, same noise. */
    public static void addRelative(double[] re, double[] im, double level, long seed) {
        if (re == null || im == null || re.length != im.length || re.length == 0) {
            throw new IllegalArgumentException("re and im must be non-empty and of equal length");
        }
        if (!(level >= 0)) {
            throw new IllegalArgumentException("level must be >= 0, got " + level);
        }
        Random random = new Random(seed);
        double[] eRe = new double[re.length];
        double[] eIm = new double[re.length];
        for (int i = 0; i < re.length; i++) {
            eRe[i] = random.nextGaussian();
            eIm[i] = random.nextGaussian();
        }
        double factor = level * ComplexVectors.norm(re, im) / ComplexVectors.norm(eRe, eIm);
        for (int i = 0; i < re.length; i++) {
            re[i] += factor * eRe[i];
            im[i] += factor * eIm[i];
        }
    }
}
