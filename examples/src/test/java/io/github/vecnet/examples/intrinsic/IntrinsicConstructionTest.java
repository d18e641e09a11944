package io.github.vecnet.examples.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntrinsicConstructionTest {
    private static final List<LipschitzFunction> FUNCTIONS = List.of(
            LipschitzFunction.sine1d(),
            LipschitzFunction.kink1d(),
            LipschitzFunction.sineProduct2d(),
            LipschitzFunction.cone2d());

    @Test
    void hasExactlyNPlusTwoIntrinsicParameters() {
        for (int n = 1; n <= 4; n++) {
            IntrinsicConstruction c = IntrinsicConstruction.build(LipschitzFunction.sine1d(), n);
            assertEquals(n + 2, c.parametersDouble().length);
            assertEquals(n + 2, IntrinsicArchitecture.build(n, 1).intrinsicParameterCount());
        }
    }

    @Test
    void valueEqualsQuantisedCornerValueComputedIndependently() {
        SplittableRandom random = new SplittableRandom(1);
        for (LipschitzFunction f : FUNCTIONS) {
            int d = f.dimension();
            for (int n = 1; n <= (d == 1 ? 7 : 3); n++) {
                IntrinsicConstruction c = IntrinsicConstruction.build(f, n);
                int k = 1 << n;
                // Oracle: min and max over the corner grid, then floor quantisation to n bits, in BigDecimal.
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < Math.pow(k, d); i++) {
                    double v = f.value(corner(i, k, d));
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                assertEquals(min, c.thetaMin());
                assertEquals(max - min, c.thetaRange());
                for (int p = 0; p < 500; p++) {
                    double[] x = randomPoint(random, d);
                    double[] beta = new double[d];
                    for (int axis = 0; axis < d; axis++) {
                        beta[axis] = Math.min(k - 1, (int) (x[axis] * k)) / (double) k;
                    }
                    BigDecimal range = new BigDecimal(max - min);
                    BigDecimal level = new BigDecimal(f.value(beta) - min)
                            .divide(range, 60, RoundingMode.FLOOR)
                            .multiply(BigDecimal.valueOf(k))
                            .setScale(0, RoundingMode.FLOOR)
                            .min(BigDecimal.valueOf(k - 1));
                    BigDecimal expected =
                            new BigDecimal(min).add(range.multiply(level).divide(BigDecimal.valueOf(k)));
                    assertEquals(0, expected.compareTo(c.valueExact(x)), f.name() + " n=" + n + " x=" + x[0]);
                }
            }
        }
    }

    @Test
    void errorWithinFiveLambdaSqrtDTwoToMinusN() {
        SplittableRandom random = new SplittableRandom(2);
        for (LipschitzFunction f : FUNCTIONS) {
            int d = f.dimension();
            for (int n = 1; n <= (d == 1 ? 8 : 4); n++) {
                IntrinsicConstruction c = IntrinsicConstruction.build(f, n);
                double bound = 5 * f.lambda() * Math.sqrt(d) * Math.scalb(1.0, -n);
                double worst = 0;
                for (int p = 0; p < 2000; p++) {
                    double[] x = randomPoint(random, d);
                    worst = Math.max(worst, Math.abs(f.value(x) - c.value(x)));
                }
                assertTrue(worst <= bound, f.name() + " n=" + n + ": max error " + worst + " > " + bound);
                // The construction's own sharper bound: cell diameter plus one quantisation step.
                assertTrue(worst <= 2 * f.lambda() * Math.sqrt(d) * Math.scalb(1.0, -n) + 1e-12);
            }
        }
    }

    @Test
    void bitsAreBinaryDigitsOfTheta() {
        IntrinsicConstruction c = IntrinsicConstruction.build(LipschitzFunction.sineProduct2d(), 3);
        for (int j = 1; j <= 3; j++) {
            BigDecimal theta = c.thetaExact(j);
            for (int cell = 0; cell < c.cellCount(); cell++) {
                // Oracle: digit cell+1 of theta = floor(2^(cell+1) theta) mod 2.
                BigInteger digit = theta.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(cell + 1)))
                        .setScale(0, RoundingMode.FLOOR)
                        .toBigIntegerExact()
                        .mod(BigInteger.TWO);
                assertEquals(digit.intValue(), c.bit(cell, j));
            }
        }
    }

    @Test
    void closedFormDoublingMatchesRepeatedSteps() {
        SplittableRandom random = new SplittableRandom(3);
        int bits = 70;
        for (int trial = 0; trial < 20; trial++) {
            BigInteger t = new BigInteger(bits, new java.util.Random(random.nextLong()));
            BigInteger stepped = t;
            for (int times = 0; times <= bits + 1; times++) {
                assertEquals(stepped, DoublingMap.iterate(t, bits, times), "times=" + times);
                stepped = DoublingMap.step(stepped, bits);
            }
        }
    }

    @Test
    void floatNetworkEqualsExactPathWhileFloat64Suffices() {
        SplittableRandom random = new SplittableRandom(4);
        for (LipschitzFunction f : FUNCTIONS) {
            int d = f.dimension();
            for (int n = 1; n * d <= 5; n++) {
                IntrinsicConstruction c = IntrinsicConstruction.build(f, n);
                IntrinsicArchitecture net = IntrinsicArchitecture.build(n, d);
                double[] params = c.parametersDouble();
                double scale = Math.abs(c.thetaMin()) + c.thetaRange();
                for (int p = 0; p < 300; p++) {
                    double[] x = randomPoint(random, d);
                    assertEquals(c.value(x), net.evaluate(x, params), 1e-14 * scale, f.name() + " n=" + n);
                }
            }
        }
    }

    @Test
    void oneArchitectureServesEveryFunction() {
        // The fixed layers depend on (n, d) only: the same instance reproduces two different functions.
        IntrinsicArchitecture net = IntrinsicArchitecture.build(2, 2);
        SplittableRandom random = new SplittableRandom(5);
        for (LipschitzFunction f : List.of(LipschitzFunction.sineProduct2d(), LipschitzFunction.cone2d())) {
            IntrinsicConstruction c = IntrinsicConstruction.build(f, 2);
            for (int p = 0; p < 100; p++) {
                double[] x = randomPoint(random, 2);
                assertEquals(c.value(x), net.evaluate(x, c.parametersDouble()), 1e-14);
            }
        }
    }

    @Test
    void float64CannotHoldThetaBeyondFiftyThreeCells() {
        // n d = 6: 64 digits per theta_j. At least one bit plane loses digits when rounded to double.
        IntrinsicConstruction c = IntrinsicConstruction.build(LipschitzFunction.sine1d(), 6);
        boolean lost = false;
        for (int j = 1; j <= 6; j++) {
            lost |= new BigDecimal(c.thetaDouble(j)).compareTo(c.thetaExact(j)) != 0;
        }
        assertTrue(lost);
        IntrinsicConstruction small = IntrinsicConstruction.build(LipschitzFunction.sine1d(), 5);
        for (int j = 1; j <= 5; j++) {
            assertEquals(0, new BigDecimal(small.thetaDouble(j)).compareTo(small.thetaExact(j)));
        }
    }

    @Test
    void constantFunctionHasZeroRange() {
        LipschitzFunction constant = new LipschitzFunction("const", 1, 0.0, x -> 0.25);
        IntrinsicConstruction c = IntrinsicConstruction.build(constant, 3);
        assertEquals(0.0, c.thetaRange());
        assertEquals(0.25, c.value(new double[] {0.7}));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> IntrinsicConstruction.build(LipschitzFunction.sine1d(), 0));
        assertThrows(IllegalArgumentException.class, () -> IntrinsicConstruction.build(LipschitzFunction.cone2d(), 11));
        assertThrows(IllegalArgumentException.class, () -> IntrinsicArchitecture.build(9, 1));
        IntrinsicConstruction c = IntrinsicConstruction.build(LipschitzFunction.cone2d(), 2);
        assertThrows(IllegalArgumentException.class, () -> c.value(new double[] {0.5}));
        assertThrows(IllegalArgumentException.class, () -> c.value(new double[] {0.5, 1.5}));
        assertThrows(IndexOutOfBoundsException.class, () -> c.bit(16, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> c.bit(0, 3));
        assertNotEquals(0, c.cellCount());
    }

    static double[] corner(int index, int k, int d) {
        double[] x = new double[d];
        for (int axis = 0; axis < d; axis++) {
            x[axis] = (double) (index % k) / k;
            index /= k;
        }
        return x;
    }

    static double[] randomPoint(SplittableRandom random, int d) {
        double[] x = new double[d];
        for (int axis = 0; axis < d; axis++) {
            x[axis] = random.nextDouble();
        }
        return x;
    }
}
