package io.github.vecnet.examples.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.ResultRow.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdcockDexterFunctionsTest {

    private static double value(AdcockDexter.TestFunction f, double... y) {
        return f.value(y, 0, y.length);
    }

    @Test
    void expCos5MatchesClosedForms() {
        AdcockDexter.TestFunction f = AdcockDexter.TestFunction.EXP_COS5;
        assertEquals(Math.exp(-1), value(f, 0.0), 1e-15); // cos 0 = 1
        assertEquals(Math.exp(-8), value(f, new double[8]), 1e-15);
        double p = Math.PI / 5; // cos(5 p) = -1
        assertEquals(Math.exp(2), value(f, p, -p), 1e-13);
        assertEquals(Math.exp(-(1 + 1 - 1 + 0)), value(f, 0, 0, p, Math.PI / 10), 1e-13); // cos(pi/2) = 0
    }

    @Test
    void halfspaceIsTheIndicatorOfANonNegativeSum() {
        AdcockDexter.TestFunction f = AdcockDexter.TestFunction.HALFSPACE;
        assertEquals(1, value(f, 0, 0));
        assertEquals(0, value(f, 0.1, -0.25));
        assertEquals(1, value(f, -0.1, 0.3));
        assertEquals(0, value(f, 0.5, 0.5, 0.5, 0.5, -0.5, -0.5, -0.5, -0.75));
        assertEquals(1, value(f, 0.5, 0.5, 0.5, 0.5, -0.5, -0.5, -0.5, -0.25));
    }

    @Test
    void expCosIsUnchanged() {
        // exp(-sum cos(y_k) / (8 d)) at y = 0 in d = 8: exp(-1/8).
        assertEquals(Math.exp(-0.125), value(AdcockDexter.TestFunction.EXP_COS, new double[8]), 1e-15);
    }

    @Test
    void presetsRunTheAuthorsDimensions() {
        assertEquals(List.of(1, 2, 4, 8), AdcockDexter.TestFunction.EXP_COS5.dims(Preset.STANDARD));
        assertEquals(List.of(2, 8), AdcockDexter.TestFunction.HALFSPACE.dims(Preset.FULL));
    }

    @Test
    void constantPredictorErrorMatchesHandComputation() {
        // mean of the samples = 2; truth (1, 3): sqrt(((2-1)^2 + (2-3)^2) / (1 + 9)) = sqrt(0.2).
        assertEquals(
                Math.sqrt(0.2), AdcockDexter.constantPredictorError(new double[] {1, 3}, new double[] {1, 3}), 1e-15);
        // halfspace in any d: f is 0 or 1 with probability 1/2, mean 1/2: error sqrt(1/4 / (1/2)) = sqrt(1/2).
        assertEquals(
                Math.sqrt(0.5),
                AdcockDexter.constantPredictorError(new double[] {0, 1, 1, 0}, new double[] {1, 0, 0, 1, 1, 0}),
                1e-15);
    }

    @Test
    void guardFailsUnlessTheMlpBeatsTheConstantAtEveryM() {
        SamplingSettings standard = SamplingSettings.of(Preset.STANDARD);
        int[] ms = {76, 152, 303};
        double[] constant = {0.0061, 0.0061, 0.0061};
        ResultRow good =
                AdcockDexter.guard(standard, "sampling", "1c", ms, new double[] {0.005, 0.003, 0.001}, constant);
        assertEquals(Status.PASS, good.status(), good.measured());
        ResultRow oneWorse =
                AdcockDexter.guard(standard, "sampling", "1c", ms, new double[] {0.005, 0.0062, 0.001}, constant);
        assertEquals(Status.FAIL, oneWorse.status());
        assertEquals("max MLP/constant error ratio 1.02 (at m=152)", oneWorse.measured());
        ResultRow diverged =
                AdcockDexter.guard(standard, "sampling", "1c", ms, new double[] {0.005, Double.NaN, 0.001}, constant);
        assertEquals(Status.FAIL, diverged.status());
        ResultRow quick = AdcockDexter.guard(
                SamplingSettings.of(Preset.QUICK), "sampling", "1c", ms, new double[] {0.02, 0.03, 0.04}, constant);
        assertEquals(Status.NOT_JUDGED, quick.status());
        assertEquals(ResultRow.Kind.CLAIM, quick.kind());
    }

    @Test
    void standardisationUsesTheSamplesMeanAndPopulationSdAndInvertsExactly() {
        // samples 1, 2, 3, 6: mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5.
        AdcockDexter.Standardisation z = AdcockDexter.Standardisation.of(new double[] {1, 2, 3, 6});
        assertEquals(3, z.mean(), 0);
        assertEquals(Math.sqrt(3.5), z.sd(), 1e-15);
        double[] scaled = z.apply(new double[] {3, 3 + Math.sqrt(3.5)});
        assertEquals(0, scaled[0], 0);
        assertEquals(1, scaled[1], 1e-15);
        double[] back = z.invert(z.apply(new double[] {-7.25, 0.5, 1e3}));
        assertEquals(-7.25, back[0], 1e-12);
        assertEquals(0.5, back[1], 1e-12);
        assertEquals(1e3, back[2], 1e-12);
        // constant samples (a halfspace draw that fell on one side) keep sd 1 instead of dividing by zero
        AdcockDexter.Standardisation flat = AdcockDexter.Standardisation.of(new double[] {1, 1, 1});
        assertEquals(1, flat.sd(), 0);
        assertEquals(0, flat.apply(new double[] {1})[0], 0);
    }
}
