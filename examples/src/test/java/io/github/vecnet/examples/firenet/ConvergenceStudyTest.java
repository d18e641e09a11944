package io.github.vecnet.examples.firenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConvergenceStudyTest {

    @Test
    void gapsAreNonNegativeRatiosConsistentAndPlateauFallsWithP() {
        ImagingProblem problem = ImagingProblem.sheppLogan(32, 3);
        ConvergenceStudy.Result result = ConvergenceStudy.run(problem, new int[] {5, 20}, 100, 16, 2000, line -> {});
        assertEquals((5 + 20) * 16, result.layers().size());
        for (ConvergenceStudy.Layer layer : result.layers()) {
            assertTrue(result.gap(layer) >= 0);
            assertTrue(layer.relativeError() > 0 && layer.relativeError() < 1.5);
        }
        List<ConvergenceStudy.RestartRatio> ratios = result.ratios();
        assertEquals(32, ratios.size());
        for (int i = 1; i < ratios.size(); i++) {
            ConvergenceStudy.RestartRatio r = ratios.get(i);
            if (r.restart() > 1) {
                assertEquals(r.gap() / ratios.get(i - 1).gap(), r.ratio(), 1e-12 * Math.abs(r.ratio()));
            }
        }
        assertTrue(ConvergenceStudy.finalGap(ratios, 20) < ConvergenceStudy.finalGap(ratios, 5));
        assertEquals(20, result.bestP());
    }
}
