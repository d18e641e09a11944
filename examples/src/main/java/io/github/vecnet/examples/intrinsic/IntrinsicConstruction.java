package io.github.vecnet.examples.intrinsic;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The n + 2 f-dependent parameters of the Shen-Yang-Zhang network and its exact evaluation path.
 *
 * <p>{@code [0,1]^d} is cut into {@code K = 2^n} cells per axis; cell {@code beta} has index
 * {@code i = sum_k beta_k K^(k-1)} and corner {@code x_beta = beta / K}. With {@code theta_{n+1} = min f(x_beta)} and
 * {@code theta_{n+2} = max - min}, each corner value is quantised to n bits {@code b_{i,1..n}} (floor, so the
 * quantisation error is at most {@code theta_{n+2} 2^-n}); bit plane j is stored in ONE real number
 * {@code theta_j = sum_i b_{i,j} 2^-(i+1)}, which needs {@code K^d = 2^(nd)} binary digits. The network output is
 * {@code theta_{n+1} + theta_{n+2} sum_j b_{i(x),j} 2^-j}, which is within {@code lambda sqrt(d) 2^-n} (cell
 * diameter) plus {@code theta_{n+2} 2^-n <= lambda sqrt(d) 2^-n} of f: at most {@code 2 lambda sqrt(d) 2^-n},
 * inside the paper's {@code 5 lambda sqrt(d) 2^-n}.
 *
 * <p>The exact path keeps each theta_j as a {@link BigInteger} numerator over {@code 2^(K^d)} and extracts the bits
 * with the doubling map; a float64 theta_j keeps only 53 of the {@code K^d} digits, so the float network is exact
 * only while {@code K^d <= 53}, i.e. {@code n d <= 5}.
 */
public final class IntrinsicConstruction {
    /** Largest n d for the exact path: 2^20 cells and f evaluations, theta_j of 2^20 bits. */
    public static final int MAX_EXACT_ND = 20;

    private final int bitsPerAxis;
    private final int dimension;
    private final int cellsPerAxis;
    private final int cellCount;
    private final double minimum;
    private final double range;
    private final BigInteger[] thetaNumerators;
    /** sum_j b_{i,j} 2^-j per cell, filled on first use from {@link #bit}: 1e6 evaluations need not re-shift theta. */
    private double[] levels;

    private IntrinsicConstruction(int n, int d, double minimum, double range, BigInteger[] thetaNumerators) {
        this.bitsPerAxis = n;
        this.dimension = d;
        this.cellsPerAxis = 1 << n;
        this.cellCount = 1 << (n * d);
        this.minimum = minimum;
        this.range = range;
        this.thetaNumerators = thetaNumerators;
    }

    /**
     * Computes the intrinsic parameters of f for n bits per axis.
     *
     * @param f the function; its dimension is d
     * @param n bits per axis, {@code 1 <= n} and {@code n d <= MAX_EXACT_ND}
     */
    public static IntrinsicConstruction build(LipschitzFunction f, int n) {
        if (f == null) {
            throw new IllegalArgumentException("f must not be null");
        }
        int d = f.dimension();
        if (n < 1 || (long) n * d > MAX_EXACT_ND) {
            throw new IllegalArgumentException(
                    "n must satisfy 1 <= n and n * d <= " + MAX_EXACT_ND + ", got n = " + n + ", d = " + d);
        }
        int k = 1 << n;
        int cells = 1 << (n * d);
        double[] corner = new double[d];
        double[] values = new double[cells];
        for (int i = 0; i < cells; i++) {
            int rest = i;
            for (int axis = 0; axis < d; axis++) {
                corner[axis] = (double) (rest % k) / k;
                rest /= k;
            }
            values[i] = f.value(corner);
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("f(" + java.util.Arrays.toString(corner) + ") is not finite");
            }
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        int levels = 1 << n;
        // Bit plane j (1 = most significant) of every cell; cell i sits at binary digit i + 1 of theta_j.
        BigInteger[] numerators = new BigInteger[n];
        for (int j = 0; j < n; j++) {
            numerators[j] = BigInteger.ZERO;
        }
        for (int i = 0; i < cells; i++) {
            int q = quantise(values[i], min, range, levels);
            for (int j = 1; j <= n; j++) {
                if (((q >> (n - j)) & 1) == 1) {
                    numerators[j - 1] = numerators[j - 1].setBit(cells - 1 - i);
                }
            }
        }
        return new IntrinsicConstruction(n, d, min, range, numerators);
    }

    /** {@code floor((v - min) / range * 2^n)}, clipped to the top level for the maximum itself. */
    static int quantise(double value, double min, double range, int levels) {
        if (range == 0) {
            return 0;
        }
        double scaled = Math.floor((value - min) / range * levels);
        return (int) Math.max(0, Math.min(levels - 1, scaled));
    }

    /** n: bits per axis, also the number of bit-plane parameters. */
    public int bits() {
        return bitsPerAxis;
    }

    public int dimension() {
        return dimension;
    }

    /** K = 2^n. */
    public int cellsPerAxis() {
        return cellsPerAxis;
    }

    /** K^d = 2^(n d): also the number of binary digits each theta_j needs. */
    public int cellCount() {
        return cellCount;
    }

    /** theta_{n+1} = min over the cell corners. */
    public double thetaMin() {
        return minimum;
    }

    /** theta_{n+2} = max - min over the cell corners. */
    public double thetaRange() {
        return range;
    }

    /** theta_j, j = 1..n, exactly. */
    public BigDecimal thetaExact(int j) {
        checkPlane(j);
        return new BigDecimal(thetaNumerators[j - 1]).divide(new BigDecimal(BigInteger.ONE.shiftLeft(cellCount)));
    }

    /** theta_j rounded to the nearest double: all that a float64 network can hold. */
    public double thetaDouble(int j) {
        return thetaExact(j).doubleValue();
    }

    /** The n + 2 f-dependent parameters in float64: theta_1..theta_n, theta_{n+1}, theta_{n+2}. */
    public double[] parametersDouble() {
        double[] p = new double[bitsPerAxis + 2];
        for (int j = 1; j <= bitsPerAxis; j++) {
            p[j - 1] = thetaDouble(j);
        }
        p[bitsPerAxis] = minimum;
        p[bitsPerAxis + 1] = range;
        return p;
    }

    /** Cell index {@code sum_k min(floor(K x_k), K-1) K^(k-1)}: what the floor layer computes off its ramps. */
    public int cellIndex(double[] x) {
        checkPoint(x);
        int index = 0;
        int weight = 1;
        for (int axis = 0; axis < dimension; axis++) {
            int q = (int) Math.min(cellsPerAxis - 1, Math.floor(cellsPerAxis * x[axis]));
            index += q * weight;
            weight *= cellsPerAxis;
        }
        return index;
    }

    /** Bit j of cell i, read with the doubling map: the first digit of {@code T^i(theta_j)}. */
    public int bit(int cell, int j) {
        checkPlane(j);
        if (cell < 0 || cell >= cellCount) {
            throw new IndexOutOfBoundsException("cell must be in [0, " + cellCount + "), got " + cell);
        }
        return DoublingMap.firstDigit(DoublingMap.iterate(thetaNumerators[j - 1], cellCount, cell), cellCount);
    }

    /** {@code sum_j b_{i,j} 2^-j} for cell i, exactly (a dyadic with n digits, so a double holds it). */
    public double quantisedLevel(int cell) {
        if (cell < 0 || cell >= cellCount) {
            throw new IndexOutOfBoundsException("cell must be in [0, " + cellCount + "), got " + cell);
        }
        double[] table = levels;
        if (table == null) {
            table = new double[cellCount];
            for (int i = 0; i < cellCount; i++) {
                double s = 0;
                for (int j = 1; j <= bitsPerAxis; j++) {
                    s += bit(i, j) * Math.scalb(1.0, -j);
                }
                table[i] = s;
            }
            levels = table;
        }
        return table[cell];
    }

    /** The exact network output {@code theta_{n+1} + theta_{n+2} sum_j b_{i(x),j} 2^-j}. */
    public BigDecimal valueExact(double[] x) {
        double level = quantisedLevel(cellIndex(x));
        return new BigDecimal(minimum).add(new BigDecimal(range).multiply(new BigDecimal(level)));
    }

    /** The exact output rounded once to double. */
    public double value(double[] x) {
        return valueExact(x).doubleValue();
    }

    private void checkPlane(int j) {
        if (j < 1 || j > bitsPerAxis) {
            throw new IndexOutOfBoundsException("bit plane j must be in [1, " + bitsPerAxis + "], got " + j);
        }
    }

    private void checkPoint(double[] x) {
        if (x == null || x.length != dimension) {
            throw new IllegalArgumentException(
                    "x must have length d = " + dimension + ", got " + (x == null ? "null" : x.length));
        }
        for (double v : x) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("x must lie in [0,1]^" + dimension + ", got coordinate " + v);
            }
        }
    }
}
