package io.github.vecnet.examples.firenet.imaging;

/** A complex vector as split real/imaginary arrays of equal length. */
public record SplitComplex(double[] re, double[] im) {

    public SplitComplex {
        if (re == null || im == null || re.length != im.length) {
            throw new IllegalArgumentException("re and im must be non-null and of equal length");
        }
    }

    public static SplitComplex zeros(int length) {
        return new SplitComplex(new double[length], new double[length]);
    }

    public static SplitComplex real(double[] re) {
        return new SplitComplex(re.clone(), new double[re.length]);
    }

    public int length() {
        return re.length;
    }

    public SplitComplex copy() {
        return new SplitComplex(re.clone(), im.clone());
    }

    public double norm() {
        return ComplexVectors.norm(re, im);
    }
}
