package io.github.vecnet.examples.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.nn.DType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BallTargetsTest {
    private static final BallSettings SETTINGS = new BallSettings(
            new int[] {5, 10},
            new int[] {100, 200},
            10,
            10,
            BallSettings.STEPS_A_JUDGED,
            1.0,
            1,
            1,
            1.0,
            DType.FLOAT32);

    private static BallExperiment.Run run(String model, int d, int k, double mse) {
        return new BallExperiment.Run(model, d, k, 0, 10, 10, mse, 0.001, 0.9, mse, 1, 1, 0.1, 1, 0.0);
    }

    private static List<BallExperiment.Run> runs(double aAt200, double bAt200) {
        List<BallExperiment.Run> runs = new ArrayList<>();
        for (int d : new int[] {5, 10}) {
            runs.add(run("A", d, 100, 0.05));
            runs.add(run("B", d, 100, 0.2));
            runs.add(run("C", d, 100, 0.1));
            runs.add(run("A", d, 200, aAt200));
            runs.add(run("B", d, 200, bAt200));
            runs.add(run("C", d, 200, 0.1));
        }
        return runs;
    }

    @Test
    void separationTargetOnlyForDAtLeastTenAndStrictHalf() {
        List<ResultRow> rows = BallExperiment.targets(runs(0.04, 0.2), SETTINGS);
        // d = 5 gets no separation row; d = 10 gets one, and one "improves with k" row per d.
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).target().contains("d=10") && rows.get(0).pass());
        assertTrue(rows.get(1).pass() && rows.get(2).pass());
        List<ResultRow> equalHalf = BallExperiment.targets(runs(0.04, 0.08), SETTINGS);
        assertFalse(equalHalf.get(0).pass(), "A = 0.5 x B is not < 0.5 x B");
    }

    @Test
    void improvementMustBeatTheStandardError() {
        // A falls from 0.05 to 0.0495: less than the test-sample standard error 0.001 of each cell.
        List<ResultRow> rows = BallExperiment.targets(runs(0.0495, 0.2), SETTINGS);
        assertFalse(rows.get(1).pass());
        List<ResultRow> clear = BallExperiment.targets(runs(0.045, 0.2), SETTINGS);
        assertTrue(clear.get(1).pass());
    }

    @Test
    void seedStandardErrorIsTheSampleStandardDeviationOverRootN() {
        List<BallExperiment.Run> runs = List.of(run("A", 10, 100, 0.1), run("A", 10, 100, 0.2), run("A", 10, 100, 0.3));
        BallExperiment.Cell c = BallExperiment.cell(runs, "A", 10, 100);
        assertEquals(0.2, c.mean(), 1e-15);
        assertEquals(0.1 / Math.sqrt(3), c.standardError(), 1e-15); // sd of {0.1, 0.2, 0.3} is 0.1
    }

    @Test
    void testSampleStandardErrorMatchesTheClosedForm() {
        // Squared errors {0, 1, 0, 1}: mean 1/2, sample variance 1/3, standard error sqrt(1/3 / 4).
        double se = BallExperiment.mseStandardError(new double[] {0, 1, 0, 1}, new double[] {0, 0, 0, 0});
        assertEquals(Math.sqrt(1.0 / 12), se, 1e-15);
        assertEquals(0.25, BallExperiment.variance(new double[] {0, 1, 0, 1}), 1e-15);
    }

    @Test
    void improvementIsNotJudgedWithTooFewSteps() {
        BallSettings tooShort = new BallSettings(
                new int[] {10},
                new int[] {100, 200},
                10,
                10,
                BallSettings.STEPS_A_JUDGED - 1,
                1.0,
                1,
                1,
                1.0,
                DType.FLOAT32);
        List<ResultRow> rows = BallExperiment.targets(runs(0.045, 0.2), tooShort);
        assertEquals(ResultRow.Status.NOT_JUDGED, rows.get(1).status());
    }

    @Test
    void improvementWithKIsStrict() {
        List<ResultRow> rows = BallExperiment.targets(runs(0.05, 0.2), SETTINGS);
        assertFalse(rows.get(1).pass());
        assertFalse(rows.get(2).pass());
    }
}
