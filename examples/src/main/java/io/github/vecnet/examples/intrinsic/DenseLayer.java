package io.github.vecnet.examples.intrinsic;

/**
 * A fixed affine map {@code y = W x + b} of the construction, as plain data.
 *
 * @param outputs rows of W
 * @param inputs columns of W
 * @param weight row-major {@code outputs x inputs}
 * @param bias length {@code outputs}
 */
record DenseLayer(int outputs, int inputs, double[] weight, double[] bias) {

    DenseLayer {
        if (weight.length != outputs * inputs || bias.length != outputs) {
            throw new IllegalArgumentException("layer shape " + outputs + " x " + inputs + " does not match weight "
                    + weight.length + " / bias " + bias.length);
        }
    }

    static DenseLayer zeros(int outputs, int inputs) {
        return new DenseLayer(outputs, inputs, new double[outputs * inputs], new double[outputs]);
    }

    void set(int row, int column, double value) {
        weight[row * inputs + column] = value;
    }

    /** {@code W x + b} in plain double arithmetic (the test oracle for the nn model). */
    double[] apply(double[] x) {
        double[] y = new double[outputs];
        for (int r = 0; r < outputs; r++) {
            double s = bias[r];
            for (int c = 0; c < inputs; c++) {
                s += weight[r * inputs + c] * x[c];
            }
            y[r] = s;
        }
        return y;
    }
}
