package io.github.vecnet.examples.pieces;

import io.github.vecnet.examples.common.Fp16;

/**
 * The arithmetic a training run emulates. Values live in double arrays; after every kernel call (GEMM, bias add,
 * residual, column sums, fused optimizer update) each result is rounded to the target format, as hardware that
 * accumulates inside a kernel in higher precision and stores the result in the target format would (the usual
 * mixed-precision contract of fp16 GEMMs). FLOAT64 rounds nothing.
 */
public enum Precision {
    FLOAT64("float64"),
    FLOAT32("float32"),
    FLOAT16("float16");

    private final String label;

    Precision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** x rounded to this format (nearest, ties to even; float16 saturates to infinity above 65504). */
    public double round(double x) {
        switch (this) {
            case FLOAT32:
                return (float) x;
            case FLOAT16:
                return Fp16.round(x);
            default:
                return x;
        }
    }

    /**
     * The spacing of this format's values at |x| (the unit in the last place): an update of a value x smaller than
     * half of it is rounded away.
     */
    public double ulp(double x) {
        switch (this) {
            case FLOAT32:
                return Math.ulp((float) x);
            case FLOAT16:
                double a = Math.abs(x);
                // binary16: 10 fraction bits; spacing 2^(e - 10) for normal numbers, 2^-24 below 2^-14.
                return a < Fp16.MIN_NORMAL ? Fp16.MIN_VALUE : Math.scalb(1.0, Math.getExponent(a) - 10);
            default:
                return Math.ulp(x);
        }
    }

    /** Rounds a[0 .. n) in place. */
    public void round(double[] a, int n) {
        if (this == FLOAT64) {
            return;
        }
        for (int i = 0; i < n; i++) {
            a[i] = round(a[i]);
        }
    }

    public void round(double[] a) {
        round(a, a.length);
    }

    /** Parses {@code float64|float32|float16}. */
    public static Precision parse(String label) {
        for (Precision p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("precision: expected float64, float32 or float16, got '" + label + "'");
    }
}
