package io.github.vecnet.kernels.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytical model (Low et al., TOMS 2016, section 4) on three real cache hierarchies; every expected value is
 * worked out by hand in the comment above it from the paper's formulas (W ways, N sets, 64-byte lines).
 */
class AnalyticalBlockingTest {
    private static final int K = 1024;
    private static final int M = 1024 * 1024;

    /** AMD Zen 3 (EPYC 7003): L1d 32 KB 8-way, L2 512 KB 8-way, L3 32 MB 16-way. */
    static final CacheHierarchy ZEN3 = new CacheHierarchy(
            new CacheLevel(1, 32 * K, 8, 64), new CacheLevel(2, 512 * K, 8, 64), new CacheLevel(3, 32L * M, 16, 64));
    /** AMD Zen 4 (EPYC 9004): L1d 32 KB 8-way, L2 1 MB 8-way, L3 32 MB 16-way. */
    static final CacheHierarchy ZEN4 = new CacheHierarchy(
            new CacheLevel(1, 32 * K, 8, 64), new CacheLevel(2, M, 8, 64), new CacheLevel(3, 32L * M, 16, 64));
    /** Intel Sapphire Rapids: L1d 48 KB 12-way, L2 2 MB 16-way, L3 105 MB 15-way. */
    static final CacheHierarchy SAPPHIRE_RAPIDS = new CacheHierarchy(
            new CacheLevel(1, 48 * K, 12, 64), new CacheLevel(2, 2 * M, 16, 64), new CacheLevel(3, 105L * M, 15, 64));

    // kc: the largest kc with ceil(kc*mr*S / way1) + ceil(kc*nr*S / way1) <= W1 - 1 (A and B micro-panels in whole
    // ways, one way left for C). Worked out below by trying the splits of the W1 - 1 ways between A and B.

    @Test
    void zen3FloatAvx2() {
        // L1: N=64, way = 4096 B; A 24 B and B 64 B per k; 7 ways. A 1 way: kc <= 170 (B needs 3 ways, fits);
        //     A 2 ways: kc <= 341, B 5 ways: kc <= 320 -> 320; A 3: kc <= 4*4096/64 = 256. Best: 320.
        // L2: way = 65536 B. B micro-panel 320*16*4 = 20480 B -> 1 way; C_Ac = 8-1-1 = 6;
        //     mc = 6*65536 / (320*4) = 307.2 -> 307 -> multiple of 6: 306.
        // L3: way = 2 MB. A block 306*320*4 = 391680 B -> 1 way; C_Bc = 16-1-1 = 14;
        //     nc = 14*2097152 / 1280 = 22937.6 -> multiple of 16: 22928.
        assertEquals(new BlockSizes(6, 16, 306, 320, 22928), derive(6, 16, 4, ZEN3));
    }

    @Test
    void zen3DoubleAvx2() {
        // A 48 B and B 64 B per k; 7 ways. A 3 ways: kc <= 256, B 4 ways: kc <= 256 -> 256; A 2: min(170, 320);
        //     A 4: min(341, 192). Best: 256.
        // B micro-panel 256*8*8 = 16384 B -> 1 way; C_Ac = 6; mc = 6*65536 / (256*8) = 192 (multiple of 6).
        // A block 192*256*8 = 393216 B -> 1 way; C_Bc = 14; nc = 14*2097152 / 2048 = 14336 (multiple of 8).
        assertEquals(new BlockSizes(6, 8, 192, 256, 14336), derive(6, 8, 8, ZEN3));
    }

    @Test
    void zen4FloatAvx512() {
        // A 24 B and B 128 B per k; 7 ways. A 1 way: kc <= 170, B 6 ways: kc <= 192 -> 170; A 2: min(341, 160).
        //     Best: 170.
        // L2: N=2048, way = 131072 B. B micro-panel 170*32*4 = 21760 B -> 1 way; C_Ac = 6;
        //     mc = 6*131072 / 680 = 1156.5 -> 1156 -> multiple of 6: 1152.
        // A block 1152*170*4 = 783360 B -> 1 way (of 2 MB); C_Bc = 14; nc = 43176.6 -> multiple of 32: 43168.
        assertEquals(new BlockSizes(6, 32, 1152, 170, 43168), derive(6, 32, 4, ZEN4));
    }

    @Test
    void zen4DoubleAvx512() {
        // A 48 B and B 128 B per k; 7 ways. A 1 way: min(85, 192); A 2: min(170, 160) -> 160; A 3: min(256, 128).
        //     Best: 160 (the closed form's 85 leaves five of the seven ways to a B panel that needs three).
        // B micro-panel 160*16*8 = 20480 B -> 1 way; C_Ac = 6; mc = 6*131072 / 1280 = 614.4 -> multiple of 6: 612.
        // A block 612*160*8 = 783360 B -> 1 way; C_Bc = 14; nc = 14*2097152 / 1280 = 22937.6 -> multiple of 16: 22928.
        assertEquals(new BlockSizes(6, 16, 612, 160, 22928), derive(6, 16, 8, ZEN4));
    }

    @Test
    void sapphireRapidsFloatAvx512() {
        // L1: N=64 (48 KB / 12 / 64); A 24 B and B 128 B per k; 11 ways. A 1 way: min(170, 320) = 170;
        //     A 2: min(341, 9*4096/128 = 288) = 288; A 3: min(512, 256) = 256. Best: 288.
        // L2: N=2048, way = 131072 B. B micro-panel 288*32*4 = 36864 B -> 1 way; C_Ac = 16-1-1 = 14;
        //     mc = 14*131072 / 1152 = 1592.9 -> 1592 -> multiple of 6: 1590.
        // L3: N = 105 MB / (15*64) = 114688, way = 7340032 B. A block 1590*288*4 = 1831680 B -> 1 way; C_Bc = 13;
        //     nc = 13*7340032 / 1152 = 82830.2 -> multiple of 32: 82816.
        assertEquals(new BlockSizes(6, 32, 1590, 288, 82816), derive(6, 32, 4, SAPPHIRE_RAPIDS));
    }

    @Test
    void sapphireRapidsDoubleAvx512() {
        // A 48 B and B 128 B per k; 11 ways. A 3 ways: min(256, 8*4096/128 = 256) = 256; A 2: min(170, 288);
        //     A 4: min(341, 224). Best: 256.
        // B micro-panel 256*16*8 = 32768 B -> 1 way; C_Ac = 14; mc = 14*131072 / 2048 = 896 -> multiple of 6: 894.
        // A block 894*256*8 = 1830912 B -> 1 way; C_Bc = 13; nc = 13*7340032 / 2048 = 46592 (multiple of 16).
        assertEquals(new BlockSizes(6, 16, 894, 256, 46592), derive(6, 16, 8, SAPPHIRE_RAPIDS));
    }

    @Test
    void withoutL3TheFallbackNcIsKept() {
        CacheHierarchy noL3 = new CacheHierarchy(ZEN3.l1(), ZEN3.l2(), null);
        assertEquals(
                new BlockSizes(6, 16, 306, 320, 4080),
                AnalyticalBlocking.derive(6, 16, 4, noL3, 4090).get());
    }

    @Test
    void tooFewWaysGiveNoModel() {
        // A 2-way L1 leaves one way for both micro-panels, which need a way each.
        CacheHierarchy twoWay = new CacheHierarchy(new CacheLevel(1, 32 * K, 2, 64), ZEN3.l2(), ZEN3.l3());
        assertFalse(AnalyticalBlocking.derive(6, 32, 4, twoWay, 4096).isPresent());
    }

    @Test
    void readsTheLinuxSysfsLayout(@TempDir Path dir) throws IOException {
        writeIndex(dir, 0, "1", "Data", "32K", "8");
        writeIndex(dir, 1, "1", "Instruction", "64K", "4");
        writeIndex(dir, 2, "2", "Unified", "512K", "8");
        writeIndex(dir, 3, "3", "Unified", "32768K", "16");
        assertEquals(Optional.of(ZEN3), CacheHierarchy.read(dir));
    }

    @Test
    void missingOrBrokenSysfsGivesNothing(@TempDir Path dir) throws IOException {
        assertTrue(CacheHierarchy.read(dir.resolve("absent")).isEmpty());
        writeIndex(dir, 0, "1", "Data", "32K", "0"); // fully associative: no way size
        writeIndex(dir, 2, "2", "Unified", "512K", "8");
        assertTrue(CacheHierarchy.read(dir).isEmpty());
    }

    @Test
    void sizesParseWithUnits() {
        assertEquals(32768, CacheHierarchy.parseSize("32K"));
        assertEquals(2 * M, CacheHierarchy.parseSize("2M"));
        assertEquals(1536, CacheHierarchy.parseSize("1536"));
    }

    private static BlockSizes derive(int mr, int nr, int bytes, CacheHierarchy caches) {
        return AnalyticalBlocking.derive(mr, nr, bytes, caches, 4096).orElseThrow();
    }

    private static void writeIndex(Path dir, int i, String level, String type, String size, String ways)
            throws IOException {
        Path index = Files.createDirectories(dir.resolve("index" + i));
        Files.writeString(index.resolve("level"), level + "\n");
        Files.writeString(index.resolve("type"), type + "\n");
        Files.writeString(index.resolve("size"), size + "\n");
        Files.writeString(index.resolve("ways_of_associativity"), ways + "\n");
        Files.writeString(index.resolve("coherency_line_size"), "64\n");
    }
}
