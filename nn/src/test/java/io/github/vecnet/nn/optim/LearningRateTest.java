package io.github.vecnet.nn.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vecnet.nn.optim.LearningRate.Unit;
import org.junit.jupiter.api.Test;

class LearningRateTest {
    @Test
    void exponentialHitsBothEndpoints() {
        LearningRate lr = LearningRate.exponential(1e-4, 1e-6, 5000, Unit.EPOCH);
        assertEquals(1e-4, lr.at(123, 0), 1e-20);
        assertEquals(1e-5, lr.at(0, 2500), 1e-5 * 1e-12);
        assertEquals(1e-6, lr.at(0, 5000), 1e-6 * 1e-12);
        assertEquals(1e-7, lr.at(0, 7500), 1e-7 * 1e-12);
        LearningRate perStep = LearningRate.exponential(1.0, 0.5, 10, Unit.STEP);
        assertEquals(0.5, perStep.at(10, 99), 1e-15);
    }

    @Test
    void constantStepAndGammaForms() {
        assertEquals(0.3, LearningRate.constant(0.3).at(1000, 1000));
        LearningRate step = LearningRate.stepDecay(1.0, 0.1, 30, Unit.EPOCH);
        assertEquals(1.0, step.at(0, 29));
        assertEquals(0.1, step.at(0, 30), 1e-15);
        assertEquals(0.01, step.at(0, 60), 1e-15);
        assertEquals(
                0.5 * Math.pow(0.9, 7),
                LearningRate.exponentialDecay(0.5, 0.9, Unit.STEP).at(7, 0),
                1e-15);
    }

    @Test
    void invalidSchedulesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LearningRate.constant(0));
        assertThrows(IllegalArgumentException.class, () -> LearningRate.constant(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> LearningRate.exponential(1, 0.1, 0, Unit.STEP));
        assertThrows(IllegalArgumentException.class, () -> LearningRate.exponentialDecay(1, 1.5, Unit.STEP));
        assertThrows(IllegalArgumentException.class, () -> LearningRate.stepDecay(1, 0.5, 10, null));
    }

    @Test
    void optimizerFollowsTheScheduleBySteps() {
        io.github.vecnet.nn.Tensor p = io.github.vecnet.nn.Tensor.zeros(1, 1, io.github.vecnet.nn.DType.FLOAT64)
                .requiresGrad(true);
        Sgd sgd = new Sgd(java.util.List.of(p), LearningRate.exponentialDecay(1.0, 0.5, Unit.STEP));
        p.setGrad(io.github.vecnet.nn.Tensor.scalar(1, io.github.vecnet.nn.DType.FLOAT64));
        for (int i = 0; i < 3; i++) {
            sgd.step();
        }
        assertEquals(-(1 + 0.5 + 0.25), p.item(), 1e-15);
        assertEquals(0.125, sgd.learningRate(), 1e-15);
    }
}
