package io.github.vecnet.examples.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.nn.DType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntrinsicTargetsTest {
    private static final IntrinsicSettings SETTINGS =
            new IntrinsicSettings(8, 4, 10, 10, 10, 10, 1, 1, 1, 1e-3, DType.FLOAT32, 6, 1);

    @Test
    void slopeOfAnExactLine() {
        assertEquals(-1.0, IntrinsicExperiment.slope(new double[] {1, 2, 3, 4}, new double[] {5, 4, 3, 2}), 1e-15);
        assertEquals(3.0, IntrinsicExperiment.log2(8.0), 1e-15);
    }

    /** Rows with error 2^-n (slope -1) whose float network breaks from n d = 6 on. */
    private static List<ApproximationStudy.Row> rows(int breakAtNd) {
        List<ApproximationStudy.Row> rows = new ArrayList<>();
        for (int d = 1; d <= 2; d++) {
            for (LipschitzFunction f : IntrinsicExperiment.functions(d)) {
                for (int n = 1; n <= (d == 1 ? 8 : 4); n++) {
                    double error = Math.scalb(1.0, -n) * f.lambda() / 10;
                    double deviation = n * d >= breakAtNd ? 1.0 : 0.0;
                    rows.add(new ApproximationStudy.Row(
                            f.name(),
                            d,
                            n,
                            f.lambda(),
                            10,
                            error,
                            error,
                            error,
                            5 * f.lambda() * Math.sqrt(d) * Math.scalb(1.0, -n),
                            10,
                            deviation,
                            error,
                            n + 2,
                            100));
                }
            }
        }
        return rows;
    }

    @Test
    void reportsFirstBreakAndPassesWhenFloatHoldsUpToFive() {
        List<ResultRow> out = IntrinsicExperiment.approximationTargets(rows(6), SETTINGS);
        assertTrue(out.get(0).pass());
        assertTrue(out.get(1).pass() && out.get(2).pass(), out.get(1).measured());
        ResultRow floatRow = out.get(3);
        assertTrue(floatRow.pass());
        assertTrue(
                floatRow.measured().contains("d=1: first break at n=6")
                        && floatRow.measured().contains("d=2: first break at n=3"),
                floatRow.measured());
        assertTrue(out.get(4).pass());
    }

    @Test
    void slopeIsFittedFromNFiveOnly() {
        // Pre-asymptotic n = 1..4 with a flat error: a fit over all n would give about -0.6; from n = 5 on it is -1.
        List<ApproximationStudy.Row> rows = new ArrayList<>();
        for (ApproximationStudy.Row r : rows(100)) {
            double error = r.n() < IntrinsicSettings.SLOPE_FROM ? r.l1() * Math.scalb(1.0, r.n() - 1) : r.l1();
            rows.add(new ApproximationStudy.Row(
                    r.function(),
                    r.d(),
                    r.n(),
                    r.lambda(),
                    r.points(),
                    error,
                    error,
                    error,
                    r.bound() * 8,
                    r.floatPoints(),
                    r.floatMaxDeviation(),
                    r.floatL1(),
                    r.trainableParameters(),
                    r.frozenParameters()));
        }
        List<ResultRow> out = IntrinsicExperiment.approximationTargets(rows, SETTINGS);
        assertTrue(out.get(1).pass() && out.get(2).pass(), out.get(1).measured());
        assertTrue(
                out.get(1).measured().startsWith("-1.000 over 4 values"),
                out.get(1).measured());
    }

    @Test
    void slopeWindowFailsAShallowTail() {
        // log2 error falls by 0.8 per n from n = 5: slope -0.8 is outside -1 +- 0.1.
        List<ApproximationStudy.Row> rows = new ArrayList<>();
        for (ApproximationStudy.Row r : rows(100)) {
            double error = Math.pow(2, -0.8 * r.n()) * r.lambda() / 10;
            rows.add(new ApproximationStudy.Row(
                    r.function(),
                    r.d(),
                    r.n(),
                    r.lambda(),
                    r.points(),
                    error,
                    error,
                    error,
                    r.bound() * 8,
                    r.floatPoints(),
                    r.floatMaxDeviation(),
                    r.floatL1(),
                    r.trainableParameters(),
                    r.frozenParameters()));
        }
        assertFalse(
                IntrinsicExperiment.approximationTargets(rows, SETTINGS).get(1).pass());
    }

    @Test
    void failsWhenFloatBreaksEarly() {
        List<ResultRow> out = IntrinsicExperiment.approximationTargets(rows(4), SETTINGS);
        assertFalse(out.get(3).pass());
        assertTrue(
                out.get(3).measured().contains("first break at n=4"), out.get(3).measured());
    }
}
