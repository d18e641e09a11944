package io.github.vecnet.kernels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.kernels.internal.GemmBlocking.Choice;
import io.github.vecnet.kernels.internal.GemmBlocking.Inputs;
import io.github.vecnet.kernels.internal.gemm.BlockSizeTable;
import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.CacheHierarchy;
import io.github.vecnet.kernels.internal.gemm.CacheLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which source the block sizes come from, and the messages of a bad override or tuning file. */
class GemmBlockingTest {
    private static final BlockSizes TABLE = BlockSizeTable.sgemm(256);
    /** Zen 3: the model gives 6x16 mc=306 kc=320 nc=22928 for float (AnalyticalBlockingTest works it out). */
    private static final Optional<CacheHierarchy> ZEN3 = Optional.of(new CacheHierarchy(
            new CacheLevel(1, 32 * 1024, 8, 64),
            new CacheLevel(2, 512 * 1024, 8, 64),
            new CacheLevel(3, 32L * 1024 * 1024, 16, 64)));

    private static final BlockSizes MODEL = new BlockSizes(6, 16, 306, 320, 22928);

    private final List<String> warnings = new ArrayList<>();

    private Choice choose(String profile, String override, String tuning, Optional<CacheHierarchy> caches) {
        return GemmBlocking.choose(
                "sgemm", 256, 6, 16, 4, TABLE, new Inputs(profile, override, tuning, caches), warnings);
    }

    private Choice chooseAt512(String profile) {
        BlockSizes table512 = BlockSizeTable.sgemm(512);
        return GemmBlocking.choose("sgemm", 512, 6, 32, 4, table512, new Inputs(profile, null, null, ZEN3), warnings);
    }

    @Test
    void theModelIsTheDefaultAt512BitsAndTheTableAt256() {
        // At 512 bits (6 x 32 tile) the Zen 3 caches give the model's blocks, worked out by hand: KC = 170 (B panel
        // 6 ways of 4 KB + A panel 1 way <= 8 - 1), MC = 6 ways of 64 KB / (170 * 4) -> 576, NC = 14 ways of 2 MB
        // / (170 * 4) -> 43168; not the table's.
        Choice at512 = chooseAt512(null);
        assertEquals(new BlockSizes(6, 32, 576, 170, 43168), at512.blocks());
        assertTrue(at512.source().startsWith("analytical, L1 32K/8w"), at512.source());
        assertEquals(new Choice(BlockSizeTable.sgemm(512), "table"), chooseAt512("table"));
        assertEquals(at512, chooseAt512("machine"));
        assertEquals(new Choice(BlockSizeTable.sgemm(512), "reproducible profile"), chooseAt512("reproducible"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void theTableIsTheDefaultAt256BitsAndTheMachineProfileUsesTheModel() {
        assertEquals(new Choice(TABLE, "table"), choose(null, null, null, ZEN3));
        assertEquals(new Choice(TABLE, "table"), choose("table", null, null, ZEN3));
        assertEquals(MODEL, choose("machine", null, null, ZEN3).blocks());
        assertTrue(
                choose("machine", null, null, ZEN3).source().startsWith("analytical, L1 32K/8w L2 512K/8w L3 32M/16w"));
        assertEquals(new Choice(TABLE, "table"), choose("machine", null, null, Optional.empty()));
        assertEquals(List.of(), warnings);
    }

    @Test
    void theReproducibleProfilePinsTheTableWhateverElseIsSet() {
        assertEquals(TABLE, choose("reproducible", null, null, ZEN3).blocks());
        assertEquals(List.of(), warnings);
        assertEquals(
                TABLE,
                choose(" Reproducible ", "12,100,160", "tuned.properties", ZEN3).blocks());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("ignores"), warnings.toString());
    }

    @Test
    void anUnknownProfileIsNamedAndTheTableUsed() {
        assertEquals(TABLE, choose("fast", null, null, ZEN3).blocks());
        assertTrue(warnings.get(0).contains("vecnet.kernels.profile=fast"), warnings.toString());
    }

    @Test
    void theOverrideWins() {
        assertEquals(
                new Choice(new BlockSizes(6, 16, 12, 100, 160), "vecnet.kernels.sgemm.blocks"),
                choose(null, "12, 100 ,160", null, ZEN3));
    }

    @Test
    void aBadOverrideIsNamedAndTheModelUsed() {
        for (String bad : new String[] {"12,100", "12,x,160", "13,100,160", "12,100,0", "12,100,170"}) {
            warnings.clear();
            assertEquals(MODEL, choose("machine", bad, null, ZEN3).blocks(), bad);
            assertEquals(1, warnings.size(), bad);
            assertTrue(warnings.get(0).contains("vecnet.kernels.sgemm.blocks"), warnings.toString());
        }
    }

    @Test
    void aTuningFileIsLoaded(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tuned.properties");
        Files.writeString(
                file,
                TuningFile.format("test", 256, new BlockSizes(6, 16, 96, 64, 320), new BlockSizes(6, 8, 48, 32, 80)));
        assertEquals(
                new Choice(new BlockSizes(6, 16, 96, 64, 320), "tuning file " + file),
                choose(null, null, file.toString(), ZEN3));
        assertEquals(
                new BlockSizes(6, 8, 48, 32, 80),
                GemmBlocking.choose(
                                "dgemm",
                                256,
                                6,
                                8,
                                8,
                                BlockSizeTable.dgemm(256),
                                new Inputs(null, null, file.toString(), ZEN3),
                                warnings)
                        .blocks());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aMissingTuningFileIsNamedAndTheModelUsed(@TempDir Path dir) {
        String file = dir.resolve("absent.properties").toString();
        assertEquals(MODEL, choose("machine", null, file, ZEN3).blocks());
        assertTrue(warnings.get(0).contains("tuning file " + file + ": cannot read it"), warnings.toString());
        assertTrue(warnings.get(0).contains("machine default"), warnings.toString());
    }

    @Test
    void aMalformedTuningFileNamesTheFileAndTheKey(@TempDir Path dir) throws IOException {
        String good = "vectorBits=256\nsgemm.mc=96\nsgemm.kc=64\nsgemm.nc=320\n";
        String[][] cases = {
            {good + "sgemm.mr=8\n", "unknown key sgemm.mr"},
            {good.replace("sgemm.kc=64", "sgemm.kc=sixty"), "sgemm.kc=sixty"},
            {good.replace("sgemm.mc=96", "sgemm.mc=97"), "mc=97 must be a multiple of mr=6"},
            {good.replace("sgemm.nc=320\n", ""), "key sgemm.nc is missing"},
            {good.replace("vectorBits=256", "vectorBits=512"), "key vectorBits=512 was tuned for another"},
            {good.replace("vectorBits=256\n", ""), "missing key vectorBits"},
        };
        for (String[] c : cases) {
            warnings.clear();
            Path file = Files.writeString(dir.resolve("bad.properties"), c[0]);
            assertEquals(MODEL, choose("machine", null, file.toString(), ZEN3).blocks(), c[1]);
            assertEquals(1, warnings.size(), c[1]);
            assertTrue(warnings.get(0).contains("tuning file " + file), warnings.toString());
            assertTrue(warnings.get(0).contains(c[1]), c[1] + " not in " + warnings);
        }
    }

    @Test
    void aTuningFileWithoutThisPrecisionSaysSo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("d.properties"), "vectorBits=256\ndgemm.mc=48\ndgemm.kc=32\n" + "dgemm.nc=80\n");
        assertEquals(TABLE, choose(null, null, file.toString(), ZEN3).blocks());
        assertTrue(warnings.get(0).contains("has no sgemm entries"), warnings.toString());
    }
}
