package io.github.vecnet.kernels.internal.gemm;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.vecnet.kernels.internal.gemm.GemmProblem.Route;
import io.github.vecnet.kernels.internal.scalar.ScalarGemmKernels;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Large sizes with BLIS's projection check {@code C t == beta C0 t + alpha A (B t)} for a random vector t, which
 * costs O(n^2) instead of the O(n^3) reference, with the bound {@code c (k + n) eps (|alpha||A|(|B||t|) +
 * |beta||C0||t|)} per row.
 */
class GemmProjectionTest {

    @Test
    void largeFloatAndDoubleOnPanamaWithTwoThreads() {
        GemmKernels panama = GemmImplementations.panama();
        check(panama, true, false, true, 1024, 1024, 1024, 2);
        check(panama, false, true, false, 1031, 1029, 1027, 2);
        check(panama, true, true, true, 1100, 300, 1500, 2);
    }

    @Test
    void largeOnScalar() {
        check(ScalarGemmKernels.create(), true, true, false, 1024, 520, 1030, 2);
    }

    @Tag("slow")
    @Test
    void veryLarge() {
        GemmKernels panama = GemmImplementations.panama();
        check(panama, true, false, false, 2048, 2048, 2048, 2);
        check(panama, false, false, true, 3001, 2999, 2053, 2);
    }

    private static void check(
            GemmKernels impl, boolean single, boolean ta, boolean tb, int m, int n, int k, int threads) {
        double alpha = -0.5;
        double beta = 2;
        GemmProblem p = new GemmProblem(single, ta, tb, m, n, k, alpha, beta, true, m * 31L + n);
        double[] c = p.run(impl, Route.AUTO, threads);
        Random random = new Random(5);
        double[] t = new double[n];
        for (int j = 0; j < n; j++) {
            t[j] = random.nextDouble() * 2 - 1;
        }
        double[] bt = new double[k];
        double[] btAbs = new double[k];
        for (int q = 0; q < k; q++) {
            for (int j = 0; j < n; j++) {
                double x = p.opB(q, j);
                bt[q] += x * t[j];
                btAbs[q] += Math.abs(x * t[j]);
            }
        }
        for (int i = 0; i < m; i++) {
            double ct = 0;
            double c0t = 0;
            double c0tAbs = 0;
            for (int j = 0; j < n; j++) {
                int at = p.cOffset + i * p.ldc + j;
                ct += c[at] * t[j];
                c0t += p.c0[at] * t[j];
                c0tAbs += Math.abs(p.c0[at] * t[j]);
            }
            double abt = 0;
            double abtAbs = 0;
            for (int q = 0; q < k; q++) {
                abt += p.opA(i, q) * bt[q];
                abtAbs += Math.abs(p.opA(i, q)) * btAbs[q];
            }
            double expected = beta * c0t + alpha * abt;
            double bound = 2 * (k + n + 3) * p.eps() * (Math.abs(alpha) * abtAbs + Math.abs(beta) * c0tAbs);
            if (!(Math.abs(ct - expected) <= bound)) {
                fail("row " + i + ": C t = " + ct + ", expected " + expected + " within " + bound + " (" + p + ")");
            }
        }
    }
}
