package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LogLogFitTest {

    @Test
    void exactPowerLawIsRecovered() {
        double[] m = {100, 1000, 10000, 100000};
        double[] err = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            err[i] = 3.0 * Math.pow(m[i], -0.5);
        }
        LogLogFit fit = LogLogFit.fit(m, err);
        assertEquals(-0.5, fit.slope(), 1e-12);
        assertEquals(Math.log(3.0), fit.intercept(), 1e-12);
        assertEquals(1.0, fit.rSquared(), 1e-12);
        assertEquals(3.0 * Math.pow(500, -0.5), fit.predict(500), 1e-12);
    }

    @Test
    void threePointsMatchTheClosedFormRegression() {
        // log x = 0, 1, 2 (x = 1, e, e^2), log y = 0, 2, 3: slope = S_uv / S_uu = 3 / 2, intercept = 5/3 - 3/2 = 1/6,
        // r^2 = S_uv^2 / (S_uu S_vv) = 9 / (2 * 14/3) = 27/28.
        double e = Math.E;
        LogLogFit fit = LogLogFit.fit(new double[] {1, e, e * e}, new double[] {1, e * e, e * e * e});
        assertEquals(1.5, fit.slope(), 1e-12);
        assertEquals(1.0 / 6.0, fit.intercept(), 1e-12);
        assertEquals(27.0 / 28.0, fit.rSquared(), 1e-12);
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.fit(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.fit(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.fit(new double[] {1, 2}, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.fit(new double[] {2, 2}, new double[] {1, 3}));
        assertThrows(
                IllegalArgumentException.class, () -> LogLogFit.fit(new double[] {1, Double.NaN}, new double[] {1, 3}));
    }
}
