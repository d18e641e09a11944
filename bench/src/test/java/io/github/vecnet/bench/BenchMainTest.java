package io.github.vecnet.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchMainTest {
    private static final String[] ARGS = {"GemmBenchmark", "-p", "shape=64"};

    @Test
    void anAvailablePeerLeavesTheArgumentsAlone() {
        assertSame(ARGS, BenchMain.withPeerExclusions(ARGS, null));
    }

    @Test
    void anAbsentPeerAddsOneJmhExclusion() {
        String[] effective = BenchMain.withPeerExclusions(ARGS, "no OpenBLAS");
        assertArrayEquals(
                new String[] {"GemmBenchmark", "-p", "shape=64", "-e", BenchMain.OPENBLAS_BENCHMARKS}, effective);
    }

    @Test
    void listingAndHelpAreNotChanged() {
        String[] list = {"-l"};
        assertSame(list, BenchMain.withPeerExclusions(list, "no OpenBLAS"));
        String[] help = {"-h"};
        assertSame(help, BenchMain.withPeerExclusions(help, "no OpenBLAS"));
    }

    /** JMH matches -e against the benchmark's full name: only the openblas method of GemmBenchmark goes. */
    @Test
    void theExclusionMatchesOnlyTheOpenBlasBenchmark() {
        Pattern exclusion = Pattern.compile(BenchMain.OPENBLAS_BENCHMARKS);
        assertTrue(exclusion
                .matcher("io.github.vecnet.bench.GemmBenchmark.openblas")
                .find());
        assertFalse(
                exclusion.matcher("io.github.vecnet.bench.GemmBenchmark.vecnet").find());
        assertFalse(exclusion
                .matcher("io.github.vecnet.bench.GemmBenchmark.vectorBlas")
                .find());
        assertFalse(exclusion
                .matcher("io.github.vecnet.bench.MlpStepBenchmark.openblasLike")
                .find());
    }
}
