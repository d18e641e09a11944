package io.github.vecnet.kernels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tuner's candidates: the current choice first, the table, then a kc x mc grid, all valid and distinct. */
class BlockTunerTest {

    @Test
    void candidatesStartWithTheCurrentChoiceAndKeepTheTile() {
        BlockSizes start = new BlockSizes(6, 16, 576, 170, 43168);
        BlockSizes table = new BlockSizes(6, 16, 144, 256, 4080);
        List<BlockSizes> candidates = BlockTuner.candidates(start, table);
        assertEquals(start, candidates.get(0));
        assertEquals(table, candidates.get(1));
        assertEquals(candidates.size(), new HashSet<>(candidates).size());
        // kc in {170, 128, 192, 256, 384, 512, 1024} x mc in {576, 64, 96, 144, 288} (576 is both the start's and a
        // grid value; the start is one of the 35), plus the table (its nc differs from the grid's).
        assertEquals(35 + 1, candidates.size());
        for (BlockSizes b : candidates) {
            assertEquals(6, b.mr());
            assertEquals(16, b.nr());
            assertEquals(0, b.mc() % 6, b.toString());
            assertTrue(b.kc() >= 128 && b.kc() <= 1024, b.toString());
        }
    }
}
