package io.github.vecnet.kernels.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GemmChecksTest {

    /** The O(rows) overlap test against brute-force set intersection on random strided regions. */
    @Test
    void overlapMatchesBruteForce() {
        Random random = new Random(11);
        for (int t = 0; t < 20000; t++) {
            int rows1 = random.nextInt(5);
            int cols1 = random.nextInt(5);
            int ld1 = Math.max(1, cols1) + random.nextInt(6);
            int rows2 = random.nextInt(5);
            int cols2 = random.nextInt(5);
            int ld2 = Math.max(1, cols2) + random.nextInt(6);
            int off1 = random.nextInt(30);
            int off2 = random.nextInt(30);
            Set<Integer> first = elements(off1, rows1, cols1, ld1);
            first.retainAll(elements(off2, rows2, cols2, ld2));
            assertEquals(
                    !first.isEmpty(),
                    GemmChecks.overlaps(off1, rows1, cols1, ld1, off2, rows2, cols2, ld2),
                    "off1=" + off1 + " " + rows1 + "x" + cols1 + " ld1=" + ld1 + " off2=" + off2 + " " + rows2 + "x"
                            + cols2 + " ld2=" + ld2);
        }
    }

    private static Set<Integer> elements(int off, int rows, int cols, int ld) {
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                s.add(off + i * ld + j);
            }
        }
        return s;
    }
}
