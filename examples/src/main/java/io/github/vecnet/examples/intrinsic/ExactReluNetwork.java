package io.github.vecnet.examples.intrinsic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The Shen-Yang-Zhang ReLU network evaluated in exact arithmetic THROUGH its layers: the same layers as
 * {@link IntrinsicArchitecture} (floor ramps, injection, K^d three-layer extraction steps, readout, output neuron),
 * with every weight, bias and activation a {@link BigDecimal} (all of them are dyadic rationals, so nothing is ever
 * rounded). Unlike the encoding path of {@link IntrinsicConstruction} (floor of K x, then bits read from the
 * BigInteger numerators), this checks the network itself, and it continues where float64 weights overflow or lose
 * the biases {@code 1 - 2^(K^d - m - 1)} (n d > 5).
 */
final class ExactReluNetwork {
    /** Sparse exact affine map: per output row the nonzero columns and weights, and the bias. */
    private static final class Layer {
        private final List<List<int[]>> columns = new ArrayList<>();
        private final List<List<BigDecimal>> weights = new ArrayList<>();
        private final BigDecimal[] bias;

        Layer(int outputs) {
            bias = new BigDecimal[outputs];
            for (int r = 0; r < outputs; r++) {
                columns.add(new ArrayList<>());
                weights.add(new ArrayList<>());
                bias[r] = BigDecimal.ZERO;
            }
        }

        void set(int row, int column, BigDecimal w) {
            columns.get(row).add(new int[] {column});
            weights.get(row).add(w);
        }

        /** ReLU(W x + b), or W x + b when {@code relu} is false. */
        BigDecimal[] apply(BigDecimal[] x, boolean relu) {
            BigDecimal[] y = new BigDecimal[bias.length];
            for (int r = 0; r < y.length; r++) {
                BigDecimal s = bias[r];
                List<int[]> cols = columns.get(r);
                List<BigDecimal> ws = weights.get(r);
                for (int i = 0; i < cols.size(); i++) {
                    BigDecimal v = x[cols.get(i)[0]];
                    if (v.signum() != 0) {
                        s = s.add(ws.get(i).multiply(v));
                    }
                }
                y[r] = relu && s.signum() < 0 ? BigDecimal.ZERO : s;
            }
            return y;
        }
    }

    private final int bits;
    private final int dimension;
    /** Floor ramps and their differences (ReLU after each). */
    private final List<Layer> hidden = new ArrayList<>();
    /** Cell index into the state; the theta_j are added to it in {@link #value}. */
    private final Layer inject;

    private final List<Layer> extraction = new ArrayList<>();
    private final Layer readout;

    private ExactReluNetwork(int n, int d) {
        this.bits = n;
        this.dimension = d;
        int k = 1 << n;
        int cells = 1 << (n * d);
        int state = 3 * n + 1;
        int expanded = 4 * n + 4;
        int digits = 3 * n + 2;
        BigDecimal inverseFloorDelta = pow2(-Math.getExponent(IntrinsicArchitecture.FLOOR_DELTA));
        // Floor ramps: ReLU((x - t/K)/delta + 1), ReLU((x - t/K)/delta); then their difference per threshold.
        Layer floor = new Layer(2 * d * (k - 1));
        Layer floorStep = new Layer(d * (k - 1));
        int neuron = 0;
        for (int axis = 0; axis < d; axis++) {
            for (int t = 1; t < k; t++) {
                BigDecimal shift = BigDecimal.valueOf(t).multiply(pow2(-n)).multiply(inverseFloorDelta);
                floor.set(neuron, axis, inverseFloorDelta);
                floor.bias[neuron] = BigDecimal.ONE.subtract(shift);
                floor.set(neuron + 1, axis, inverseFloorDelta);
                floor.bias[neuron + 1] = shift.negate();
                floorStep.set(neuron / 2, neuron, BigDecimal.ONE);
                floorStep.set(neuron / 2, neuron + 1, BigDecimal.ONE.negate());
                neuron += 2;
            }
        }
        hidden.add(floor);
        hidden.add(floorStep);
        // Injection of the cell index from the floor steps; the theta_j are added by value() (trainable vector).
        Layer inject = new Layer(state);
        BigDecimal axisWeight = BigDecimal.ONE;
        neuron = 0;
        for (int axis = 0; axis < d; axis++) {
            for (int t = 1; t < k; t++) {
                inject.set(0, neuron++, axisWeight);
            }
            axisWeight = axisWeight.multiply(BigDecimal.valueOf(k));
        }
        this.inject = inject;
        for (int m = 0; m < cells; m++) {
            BigDecimal inverseDelta = pow2(cells - m - 1);
            Layer expand = new Layer(expanded);
            expand.set(0, 0, BigDecimal.ONE);
            for (int j = 0; j < n; j++) {
                expand.set(1 + j, 1 + j, BigDecimal.valueOf(2));
                expand.set(1 + n + j, 1 + j, inverseDelta.multiply(BigDecimal.valueOf(2)));
                expand.bias[1 + n + j] = BigDecimal.ONE.subtract(inverseDelta);
                expand.set(1 + 2 * n + j, 1 + j, inverseDelta.multiply(BigDecimal.valueOf(2)));
                expand.bias[1 + 2 * n + j] = inverseDelta.negate();
                expand.set(3 * n + 4 + j, 1 + n + j, BigDecimal.ONE);
                expand.set(3 * n + 4 + j, 1 + 2 * n + j, BigDecimal.ONE);
            }
            for (int h = 0; h < 3; h++) {
                expand.set(3 * n + 1 + h, 0, BigDecimal.ONE);
                expand.bias[3 * n + 1 + h] = BigDecimal.valueOf(-m + 1 - h);
            }
            Layer digit = new Layer(digits);
            digit.set(0, 0, BigDecimal.ONE);
            for (int j = 0; j < n; j++) {
                digit.set(1 + j, 1 + j, BigDecimal.ONE);
                digit.set(1 + n + j, 1 + n + j, BigDecimal.ONE);
                digit.set(1 + n + j, 1 + 2 * n + j, BigDecimal.ONE.negate());
                digit.set(2 + 2 * n + j, 3 * n + 4 + j, BigDecimal.ONE);
            }
            digit.set(1 + 2 * n, 3 * n + 1, BigDecimal.ONE);
            digit.set(1 + 2 * n, 3 * n + 2, BigDecimal.valueOf(-2));
            digit.set(1 + 2 * n, 3 * n + 3, BigDecimal.ONE);
            Layer combine = new Layer(state);
            combine.set(0, 0, BigDecimal.ONE);
            for (int j = 0; j < n; j++) {
                combine.set(1 + j, 1 + j, BigDecimal.ONE);
                combine.set(1 + j, 1 + n + j, BigDecimal.ONE.negate());
                combine.set(1 + n + j, 1 + n + j, BigDecimal.ONE);
                combine.set(1 + n + j, 1 + 2 * n, BigDecimal.ONE);
                combine.bias[1 + n + j] = BigDecimal.ONE.negate();
                combine.set(1 + 2 * n + j, 2 + 2 * n + j, BigDecimal.ONE);
            }
            extraction.add(expand);
            extraction.add(digit);
            extraction.add(combine);
        }
        readout = new Layer(1);
        for (int j = 0; j < n; j++) {
            readout.set(0, 1 + n + j, pow2(-(j + 1)));
            readout.set(0, 1 + 2 * n + j, pow2(-(j + 1)));
        }
    }

    /** The network for n bits per axis in dimension d (no float64 limit; the cost grows like K^d layers). */
    static ExactReluNetwork build(int n, int d) {
        if (n < 1 || d < 1 || (long) n * d > IntrinsicConstruction.MAX_EXACT_ND) {
            throw new IllegalArgumentException("need n >= 1, d >= 1 and n * d <= " + IntrinsicConstruction.MAX_EXACT_ND
                    + ", got n = " + n + ", d = " + d);
        }
        return new ExactReluNetwork(n, d);
    }

    /** 2^e exactly. */
    static BigDecimal pow2(int e) {
        return e >= 0
                ? new BigDecimal(BigInteger.ONE.shiftLeft(e))
                : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-e)));
    }

    /**
     * The network output at x with the intrinsic parameters of {@code construction} held exactly
     * (theta_1..theta_n as exact dyadics, min and range as the doubles they are).
     */
    BigDecimal value(double[] x, IntrinsicConstruction construction) {
        if (x.length != dimension || construction.bits() != bits || construction.dimension() != dimension) {
            throw new IllegalArgumentException("x must have length " + dimension + " and the construction n = " + bits
                    + ", d = " + dimension + "; got " + x.length + ", n = " + construction.bits() + ", d = "
                    + construction.dimension());
        }
        BigDecimal[] h = new BigDecimal[dimension];
        for (int i = 0; i < dimension; i++) {
            h[i] = new BigDecimal(x[i]);
        }
        for (Layer layer : hidden) {
            h = layer.apply(h, true);
        }
        BigDecimal[] state = inject.apply(h, false);
        for (int j = 1; j <= bits; j++) {
            state[j] = state[j].add(construction.thetaExact(j));
        }
        state = relu(state);
        for (Layer layer : extraction) {
            state = layer.apply(state, true);
        }
        BigDecimal level = readout.apply(state, false)[0];
        return new BigDecimal(construction.thetaMin()).add(new BigDecimal(construction.thetaRange()).multiply(level));
    }

    private static BigDecimal[] relu(BigDecimal[] v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i].signum() < 0) {
                v[i] = BigDecimal.ZERO;
            }
        }
        return v;
    }
}
