package io.github.vecnet.examples.intrinsic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The FIXED part of the Shen-Yang-Zhang ReLU network for n bits per axis in dimension d: it depends on (n, d) only,
 * never on f, so two functions share every one of these weights and differ only in the n + 2 intrinsic parameters.
 *
 * <p>Data flow (every hidden value is >= 0, so ReLU passes the carried quantities unchanged):
 * <ol>
 *   <li>floor layers: per axis k and threshold t = 1..K-1 the ramp pair {@code ReLU((x_k - t/K)/delta + 1)},
 *   {@code ReLU((x_k - t/K)/delta)}, then their difference (in [0, 1]) as its own neuron; the sum over t is
 *   {@code floor(K x_k)} off a band of width delta;</li>
 *   <li>injection: state {@code [i, t_1..t_n, p_1..p_n, acc_1..acc_n]} with cell index {@code i = sum_k q_k K^(k-1)}
 *   (from the floor layers) and {@code t_j = theta_j} (from the trainable bit-plane vector);</li>
 *   <li>K^d extraction steps m = 0..K^d-1, three layers each. Expand: {@code 2 t_j}, the ramp pair
 *   {@code (2t_j - 1)/delta_m + 1, (2t_j - 1)/delta_m} whose difference is the digit {@code c_j = 1{2t_j >= 1}}
 *   (exact because {@code t_j} is a multiple of {@code 2^-(K^d - m)} and {@code delta_m = 2^-(K^d - m - 1)}), the
 *   hat pieces {@code i - m + 1, i - m, i - m - 1}, and {@code acc_j + p_j}. Digit: {@code c_j} and the integer
 *   hat {@code 1{i = m}}. Combine: the doubling map {@code t_j <- 2t_j - c_j}, the product
 *   {@code p_j = ReLU(c_j + hat - 1) = c_j 1{i = m}}, and acc_j;</li>
 *   <li>readout {@code s = sum_j 2^-j (acc_j + p_j)} = the quantised level of cell i; then the trainable output
 *   neuron {@code theta_{n+1} + theta_{n+2} s}.</li>
 * </ol>
 * Every sum of the float network is exact in any summation order while {@code K^d <= 53}: each neuron adds at most
 * one large integer-valued term to small ones only after the large ones were reduced to 0/1 in a layer of its own.
 */
public final class IntrinsicArchitecture {
    /** Largest n d built as a float network: 3 x 256 extraction layers; weights up to 2^256 still fit a double. */
    public static final int MAX_NETWORK_ND = 8;
    /** Width of the floor layer's ramps; the band where the floor is not exact has measure about d K 2^-40. */
    static final double FLOOR_DELTA = Math.scalb(1.0, -40);

    private final int bits;
    private final int dimension;
    private final DenseLayer floor;
    private final DenseLayer floorStep;
    private final DenseLayer injectFromFloor;
    private final DenseLayer injectFromTheta;
    private final List<DenseLayer> extraction;
    private final DenseLayer readout;

    private IntrinsicArchitecture(
            int bits,
            int dimension,
            DenseLayer floor,
            DenseLayer floorStep,
            DenseLayer injectFromFloor,
            DenseLayer injectFromTheta,
            List<DenseLayer> extraction,
            DenseLayer readout) {
        this.bits = bits;
        this.dimension = dimension;
        this.floor = floor;
        this.floorStep = floorStep;
        this.injectFromFloor = injectFromFloor;
        this.injectFromTheta = injectFromTheta;
        this.extraction = extraction;
        this.readout = readout;
    }

    /**
     * @param n bits per axis >= 1
     * @param d dimension >= 1, with {@code n d <= MAX_NETWORK_ND}
     */
    public static IntrinsicArchitecture build(int n, int d) {
        if (n < 1 || d < 1 || (long) n * d > MAX_NETWORK_ND) {
            throw new IllegalArgumentException("need n >= 1, d >= 1 and n * d <= " + MAX_NETWORK_ND + " for the float"
                    + " network, got n = " + n + ", d = " + d);
        }
        int k = 1 << n;
        int cells = 1 << (n * d);
        int state = 3 * n + 1;
        int expanded = 4 * n + 4;
        int digits = 3 * n + 2;

        DenseLayer floor = DenseLayer.zeros(2 * d * (k - 1), d);
        DenseLayer floorStep = DenseLayer.zeros(d * (k - 1), floor.outputs());
        DenseLayer fromFloor = DenseLayer.zeros(state, floorStep.outputs());
        int neuron = 0;
        int axisWeight = 1;
        for (int axis = 0; axis < d; axis++) {
            for (int t = 1; t < k; t++) {
                double shift = (double) t / k / FLOOR_DELTA;
                floor.set(neuron, axis, 1 / FLOOR_DELTA);
                floor.bias()[neuron] = -shift + 1;
                floor.set(neuron + 1, axis, 1 / FLOOR_DELTA);
                floor.bias()[neuron + 1] = -shift;
                floorStep.set(neuron / 2, neuron, 1);
                floorStep.set(neuron / 2, neuron + 1, -1);
                fromFloor.set(0, neuron / 2, axisWeight);
                neuron += 2;
            }
            axisWeight *= k;
        }
        DenseLayer fromTheta = DenseLayer.zeros(state, n);
        for (int j = 0; j < n; j++) {
            fromTheta.set(1 + j, j, 1);
        }

        List<DenseLayer> extraction = new ArrayList<>(3 * cells);
        for (int m = 0; m < cells; m++) {
            double inverseDelta = Math.scalb(1.0, cells - m - 1);
            // expand: [i, u_j = 2t_j, r1_j, r2_j, i-m+1, i-m, i-m-1, acc_j + p_j]; r1, r2 are integers below 2^53.
            DenseLayer expand = DenseLayer.zeros(expanded, state);
            expand.set(0, 0, 1);
            for (int j = 0; j < n; j++) {
                expand.set(1 + j, 1 + j, 2);
                expand.set(1 + n + j, 1 + j, 2 * inverseDelta);
                expand.bias()[1 + n + j] = -inverseDelta + 1;
                expand.set(1 + 2 * n + j, 1 + j, 2 * inverseDelta);
                expand.bias()[1 + 2 * n + j] = -inverseDelta;
                expand.set(3 * n + 4 + j, 1 + n + j, 1);
                expand.set(3 * n + 4 + j, 1 + 2 * n + j, 1);
            }
            for (int h = 0; h < 3; h++) {
                expand.set(3 * n + 1 + h, 0, 1);
                expand.bias()[3 * n + 1 + h] = -m + 1 - h;
            }
            // digit: [i, u_j, c_j = r1_j - r2_j, hat_m(i), acc_j]. A layer of its own so that no later sum mixes the
            // huge r1, r2 with the small u_j: every sum below is exact in any order (GEMM may reorder).
            DenseLayer digit = DenseLayer.zeros(digits, expanded);
            digit.set(0, 0, 1);
            for (int j = 0; j < n; j++) {
                digit.set(1 + j, 1 + j, 1);
                digit.set(1 + n + j, 1 + n + j, 1);
                digit.set(1 + n + j, 1 + 2 * n + j, -1);
                digit.set(2 + 2 * n + j, 3 * n + 4 + j, 1);
            }
            digit.set(1 + 2 * n, 3 * n + 1, 1);
            digit.set(1 + 2 * n, 3 * n + 2, -2);
            digit.set(1 + 2 * n, 3 * n + 3, 1);
            // combine: [i, t_j <- u_j - c_j (doubling map), p_j = ReLU(c_j + hat - 1) = c_j 1{i = m}, acc_j].
            DenseLayer combine = DenseLayer.zeros(state, digits);
            combine.set(0, 0, 1);
            for (int j = 0; j < n; j++) {
                combine.set(1 + j, 1 + j, 1);
                combine.set(1 + j, 1 + n + j, -1);
                combine.set(1 + n + j, 1 + n + j, 1);
                combine.set(1 + n + j, 1 + 2 * n, 1);
                combine.bias()[1 + n + j] = -1;
                combine.set(1 + 2 * n + j, 2 + 2 * n + j, 1);
            }
            extraction.add(expand);
            extraction.add(digit);
            extraction.add(combine);
        }
        DenseLayer readout = DenseLayer.zeros(1, state);
        for (int j = 0; j < n; j++) {
            readout.set(0, 1 + n + j, Math.scalb(1.0, -(j + 1)));
            readout.set(0, 1 + 2 * n + j, Math.scalb(1.0, -(j + 1)));
        }
        return new IntrinsicArchitecture(
                n, d, floor, floorStep, fromFloor, fromTheta, Collections.unmodifiableList(extraction), readout);
    }

    public int bits() {
        return bits;
    }

    public int dimension() {
        return dimension;
    }

    /** Number of f-dependent (trainable) parameters: n bit planes + min + range. */
    public int intrinsicParameterCount() {
        return bits + 2;
    }

    /** Number of fixed (frozen) weights and biases, counting zeros as the dense layers store them. */
    public long frozenParameterCount() {
        long count = size(floor)
                + size(floorStep)
                + size(injectFromFloor)
                + (long) injectFromTheta.weight().length
                + size(readout);
        for (DenseLayer layer : extraction) {
            count += size(layer);
        }
        return count;
    }

    private static long size(DenseLayer layer) {
        return (long) layer.weight().length + layer.bias().length;
    }

    DenseLayer floor() {
        return floor;
    }

    /** One neuron per threshold: the ramp pair's difference in [0, 1], so the cell index sums only small values. */
    DenseLayer floorStep() {
        return floorStep;
    }

    DenseLayer injectFromFloor() {
        return injectFromFloor;
    }

    /** Weight only: the injection's bias lives in {@link #injectFromFloor()}. */
    DenseLayer injectFromTheta() {
        return injectFromTheta;
    }

    List<DenseLayer> extraction() {
        return extraction;
    }

    DenseLayer readout() {
        return readout;
    }

    /**
     * Plain float64 forward pass with the given intrinsic parameters {@code (theta_1..theta_n, min, range)}: the
     * reference the nn model is tested against.
     */
    double evaluate(double[] x, double[] intrinsic) {
        if (x.length != dimension || intrinsic.length != bits + 2) {
            throw new IllegalArgumentException(
                    "need x of length " + dimension + " and " + (bits + 2) + " intrinsic parameters");
        }
        double[] h = relu(floorStep.apply(relu(floor.apply(x))));
        double[] fromFloor = injectFromFloor.apply(h);
        double[] fromTheta = injectFromTheta.apply(java.util.Arrays.copyOf(intrinsic, bits));
        double[] state = new double[fromFloor.length];
        for (int r = 0; r < state.length; r++) {
            state[r] = fromFloor[r] + fromTheta[r];
        }
        state = relu(state);
        for (DenseLayer layer : extraction) {
            state = relu(layer.apply(state));
        }
        double level = readout.apply(state)[0];
        return intrinsic[bits + 1] * level + intrinsic[bits];
    }

    private static double[] relu(double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0, v[i]);
        }
        return v;
    }
}
