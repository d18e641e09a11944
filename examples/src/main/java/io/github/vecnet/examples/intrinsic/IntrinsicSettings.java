package io.github.vecnet.examples.intrinsic;

import io.github.vecnet.nn.DType;

/**
 * Scale of an intrinsic-parameter run.
 *
 * @param maxBits1d n = 1..maxBits1d for d = 1
 * @param maxBits2d n = 1..maxBits2d for d = 2
 * @param exactPoints random points per (f, n) for the exact path's L1 / L2 / max errors
 * @param floatPoints random points pushed through the float64 nn network (n d <= 8)
 * @param fashionTrain Fashion-MNIST training images used (at most 60 000)
 * @param fashionTest test images used (at most 10 000)
 * @param epochsAll epochs when every parameter is trained (settings A, A' and C's pre-training)
 * @param epochsLastLayer epochs when only the last layer is trained (B, C)
 * @param batch mini-batch size
 * @param learningRate Adam step size
 * @param dtype precision of the Fashion-MNIST MLPs (the construction is always float64)
 * @param exactNetworkMaxNd the exact ReLU-layer evaluation runs for every n with n d up to this
 * @param exactNetworkPoints random points per (d, n) pushed through the exact ReLU layers
 */
record IntrinsicSettings(
        int maxBits1d,
        int maxBits2d,
        int exactPoints,
        int floatPoints,
        int fashionTrain,
        int fashionTest,
        int epochsAll,
        int epochsLastLayer,
        int batch,
        double learningRate,
        DType dtype,
        int exactNetworkMaxNd,
        int exactNetworkPoints) {

    /** The slope of log2(L1) vs n is fitted from this n on (L1 x 2^n converges slowly: n = 1..8 is pre-asymptotic). */
    static final int SLOPE_FROM = 5;

    IntrinsicSettings {
        if (maxBits1d < 2
                || maxBits2d < 1
                || exactPoints < 1
                || floatPoints < 0
                || fashionTrain < 10
                || fashionTest < 10
                || epochsAll < 1
                || epochsLastLayer < 1
                || batch < 1
                || !(learningRate > 0)
                || exactNetworkMaxNd < 1
                || exactNetworkMaxNd > IntrinsicConstruction.MAX_EXACT_ND
                || exactNetworkPoints < 1) {
            throw new IllegalArgumentException("invalid intrinsic settings: " + maxBits1d + ", " + maxBits2d + ", "
                    + exactPoints + ", " + floatPoints + ", " + fashionTrain + ", " + fashionTest + ", " + epochsAll
                    + ", "
                    + epochsLastLayer + ", " + batch + ", " + learningRate);
        }
        if (maxBits1d > IntrinsicConstruction.MAX_EXACT_ND || 2 * maxBits2d > IntrinsicConstruction.MAX_EXACT_ND) {
            throw new IllegalArgumentException("n d must stay <= " + IntrinsicConstruction.MAX_EXACT_ND);
        }
    }

    /** Whether training logs epoch lines with an ETA (the full preset runs long enough to need them). */
    boolean logEpochs() {
        return fashionTrain >= 60_000;
    }

    /** EXPERIMENTS.md scale: 1e6 points, all of Fashion-MNIST. */
    static IntrinsicSettings full(DType dtype) {
        return new IntrinsicSettings(14, 7, 1_000_000, 20_000, 60_000, 10_000, 20, 60, 128, 1e-3, dtype, 12, 100);
    }

    /** About two minutes on 2 cores. */
    static IntrinsicSettings quick(DType dtype) {
        return new IntrinsicSettings(14, 4, 100_000, 1000, 6000, 2000, 3, 40, 128, 1e-3, dtype, 8, 10);
    }

    /** The spec's recipe at reduced size: slope over n = 5..14, exact layers to n d = 10, A trained 10 epochs. */
    static IntrinsicSettings standard(DType dtype) {
        return new IntrinsicSettings(14, 5, 200_000, 5000, 60_000, 10_000, 10, 40, 128, 1e-3, dtype, 10, 20);
    }

    /** A few seconds, for CI smoke tests: n up to 6 (d = 1) and 3 (d = 2), a few hundred images. */
    static IntrinsicSettings smoke(DType dtype) {
        return new IntrinsicSettings(6, 3, 2000, 50, 300, 100, 1, 2, 32, 1e-3, dtype, 6, 2);
    }

    static IntrinsicSettings of(io.github.vecnet.examples.Preset preset, DType dtype) {
        switch (preset) {
            case SMOKE:
                return smoke(dtype);
            case QUICK:
                return quick(dtype);
            case STANDARD:
                return standard(dtype);
            default:
                return full(dtype);
        }
    }
}
