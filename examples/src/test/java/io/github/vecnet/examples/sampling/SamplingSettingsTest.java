package io.github.vecnet.examples.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.Preset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplingSettingsTest {

    @Test
    void standardFollowsTheAuthorsOptimiserRecipe() {
        SamplingSettings s = SamplingSettings.of(Preset.STANDARD);
        assertEquals(List.of(32), s.widths());
        assertEquals(List.of(StudentTrainer.BatchScheme.FIFTH), s.batches());
        assertEquals(5000, s.epochs(StudentTrainer.BatchScheme.FIFTH));
        assertEquals(1e-4, s.lrStart());
        assertEquals(1e-6, s.lrEnd());
        assertArrayEquals(new int[] {1000, 2000, 3000, 4000, 5000}, s.checkpoints());
        assertTrue(s.teachers() >= TeacherStudent.MIN_TEACHERS);
        assertEquals(List.of(100, 1000, 10_000), s.ms());
        assertEquals(1 << 20, s.testPoints());
        assertEquals(2000, StudentTrainer.BatchScheme.FIFTH.size(10_000));
        assertEquals(20, StudentTrainer.BatchScheme.FIFTH.size(100));
        assertTrue(s.judgesTraining());
        assertFalse(SamplingSettings.of(Preset.QUICK).judgesTraining());
    }

    @Test
    void fullBatchHundredFollowsExp2() {
        SamplingSettings s = SamplingSettings.of(Preset.FULL);
        assertEquals(1000, s.epochs(StudentTrainer.BatchScheme.HUNDRED));
        assertArrayEquals(new int[] {200, 400, 600, 800, 1000}, s.checkpoints(StudentTrainer.BatchScheme.HUNDRED));
        assertEquals(5000, s.epochs(StudentTrainer.BatchScheme.FIFTIETH));
        assertEquals(5, s.checkpoints(StudentTrainer.BatchScheme.FIFTIETH).length);
        assertEquals(5000, s.fig1Epochs());
    }
}
