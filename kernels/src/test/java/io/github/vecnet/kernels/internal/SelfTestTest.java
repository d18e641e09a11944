package io.github.vecnet.kernels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import io.github.vecnet.kernels.internal.gemm.MicroKernel;
import io.github.vecnet.kernels.internal.gemm.SmallGemm;
import io.github.vecnet.kernels.internal.scalar.DgemmScalarKernel4x4;
import io.github.vecnet.kernels.internal.scalar.DgemmScalarSmall;
import io.github.vecnet.kernels.internal.scalar.SgemmScalarKernel4x4;
import io.github.vecnet.kernels.internal.scalar.SgemmScalarSmall;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The start-up self-test accepts the real implementations and rejects broken ones; selection falls back. */
class SelfTestTest {

    @Test
    void acceptsEveryRealImplementation() {
        for (VectorizationProvider p : Implementations.all()) {
            assertNull(SelfTest.run(p), p.name());
        }
    }

    /**
     * A provider whose kernels delegate to {@code base} except that {@code corrupt} may rewrite the result of one
     * method (given the method's arguments and its result).
     */
    static VectorizationProvider broken(
            VectorizationProvider base, String method, BiFunction<Object[], Object, Object> corrupt) {
        FloatElementwise floats = corrupted(FloatElementwise.class, base.floatElementwise(), method, corrupt);
        DoubleElementwise doubles = corrupted(DoubleElementwise.class, base.doubleElementwise(), method, corrupt);
        return new VectorizationProvider() {
            @Override
            public String name() {
                return "broken-" + base.name();
            }

            @Override
            public int vectorBits() {
                return base.vectorBits();
            }

            @Override
            public boolean fma() {
                return base.fma();
            }

            @Override
            public FloatElementwise floatElementwise() {
                return floats;
            }

            @Override
            public DoubleElementwise doubleElementwise() {
                return doubles;
            }

            @Override
            public GemmKernels gemm() {
                return base.gemm();
            }
        };
    }

    /** {@code delegate} seen through {@code type}, with {@code corrupt} rewriting the result of {@code method}. */
    private static <T> T corrupted(
            Class<T> type, T delegate, String method, BiFunction<Object[], Object, Object> corrupt) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            Object result;
            try {
                result = m.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return m.getName().equals(method) ? corrupt.apply(args, result) : result;
        }));
    }

    /** Each breakage is small and typical: a wrong tail lane, a lost NaN, a slightly wrong constant, a stray write. */
    static VectorizationProvider breakage(VectorizationProvider base, String kind) {
        switch (kind) {
            case "sigmoid tail lane":
                return broken(base, "sigmoid", (a, r) -> {
                    int n = (int) a[0];
                    if (a[3] instanceof float[] && n > 16) {
                        float[] y = (float[]) a[3];
                        y[(int) a[4] + n - 1] = 0.5f;
                    }
                    return r;
                });
            case "max ignores NaN":
                return broken(base, "max", (a, r) -> r instanceof Float && Float.isNaN((Float) r) ? 0f : r);
            case "tanh(double) off by 1e-12":
                return broken(base, "tanh", (a, r) -> {
                    if (a[3] instanceof double[]) {
                        double[] y = (double[]) a[3];
                        for (int i = 0; i < (int) a[0]; i++) {
                            y[(int) a[4] + i] *= 1 + 1e-12;
                        }
                    }
                    return r;
                });
            case "axpy writes past the end":
                return broken(base, "axpy", (a, r) -> {
                    if (a[4] instanceof float[]) {
                        float[] y = (float[]) a[4];
                        int end = (int) a[5] + (int) a[0];
                        if (end < y.length) {
                            y[end] = 42f;
                        }
                    }
                    return r;
                });
            case "sum drops a lane":
                return broken(base, "sum", (a, r) -> {
                    int n = (int) a[0];
                    if (r instanceof Double && n > 0) {
                        return (Double) r - ((double[]) a[1])[(int) a[2]];
                    }
                    return r;
                });
            case "exp throws":
                return broken(base, "exp", (a, r) -> {
                    throw new IllegalStateException("boom");
                });
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sigmoid tail lane",
                "max ignores NaN",
                "tanh(double) off by 1e-12",
                "axpy writes past the end",
                "sum drops a lane",
                "exp throws"
            })
    void rejectsABrokenImplementation(String kind) {
        for (VectorizationProvider p : Implementations.all()) {
            String reason = SelfTest.run(breakage(p, kind));
            String kernel = kind.substring(0, kind.indexOf(kind.startsWith("tanh") ? "(" : " "));
            assertTrue(reason != null && reason.contains(kernel), kind + " on " + p.name() + " -> " + reason);
        }
    }

    /**
     * The three kinds of reason, word for word, in each precision (the double comparisons are generated from the
     * float ones, so this also checks that the generator keeps the double messages): at n = 0 only the guards
     * and the reductions' empty results are compared.
     */
    @ParameterizedTest
    @ValueSource(strings = {"float", "double"})
    void theReasonNamesKernelAndPrecision(String precision) {
        Class<?> arrays = precision.equals("float") ? float[].class : double[].class;
        VectorizationProvider scalar = VectorizationProvider.scalar();
        String where = " (n=0, offset=3)";
        VectorizationProvider throwing = broken(scalar, "exp", (a, r) -> {
            if (arrays.isInstance(a[1])) {
                throw new IllegalStateException("boom");
            }
            return r;
        });
        assertEquals(
                "exp(" + precision + ") threw java.lang.IllegalStateException: boom" + where, SelfTest.run(throwing));
        VectorizationProvider strayWrite = broken(scalar, "relu", (a, r) -> {
            if (a[3] instanceof float[] y && arrays == float[].class) {
                y[(int) a[4]] = 42f;
            } else if (a[3] instanceof double[] y && arrays == double[].class) {
                y[(int) a[4]] = 42;
            }
            return r;
        });
        assertEquals("relu(" + precision + ")[0]: expected 7.0 but got 42.0" + where, SelfTest.run(strayWrite));
        VectorizationProvider wrongSum = broken(scalar, "sum", (a, r) -> {
            if (r instanceof Float f && arrays == float[].class) {
                return f + 1f;
            }
            return r instanceof Double d && arrays == double[].class ? d + 1 : r;
        });
        assertEquals("sum(" + precision + "): expected 0.0 but got 1.0" + where, SelfTest.run(wrongSum));
    }

    /**
     * A provider whose elementwise kernels are {@code base}'s but whose GEMM has one typical bug in one precision:
     * the small path drops the last k step, or the blocked path's micro-kernel ignores beta.
     */
    static VectorizationProvider brokenGemm(VectorizationProvider base, boolean single, boolean smallPath) {
        MicroKernel<float[]> sKernel = new SgemmScalarKernel4x4();
        SmallGemm<float[]> sSmall = new SgemmScalarSmall();
        MicroKernel<double[]> dKernel = new DgemmScalarKernel4x4();
        SmallGemm<double[]> dSmall = new DgemmScalarSmall();
        if (single && smallPath) {
            sSmall = dropLastK(sSmall);
        } else if (single) {
            sKernel = ignoreBeta(sKernel);
        } else if (smallPath) {
            dSmall = dropLastK(dSmall);
        } else {
            dKernel = ignoreBeta(dKernel);
        }
        GemmKernels gemm = new GemmKernels("broken", sKernel, sSmall, dKernel, dSmall);
        return new VectorizationProvider() {
            @Override
            public String name() {
                return "broken-gemm-" + base.name();
            }

            @Override
            public int vectorBits() {
                return base.vectorBits();
            }

            @Override
            public boolean fma() {
                return base.fma();
            }

            @Override
            public FloatElementwise floatElementwise() {
                return base.floatElementwise();
            }

            @Override
            public DoubleElementwise doubleElementwise() {
                return base.doubleElementwise();
            }

            @Override
            public GemmKernels gemm() {
                return gemm;
            }
        };
    }

    private static <A> SmallGemm<A> dropLastK(SmallGemm<A> small) {
        return new SmallGemm<A>() {
            @Override
            public int rowTile() {
                return small.rowTile();
            }

            @Override
            public int columnTile() {
                return small.columnTile();
            }

            @Override
            public void compute(
                    boolean transA,
                    boolean transB,
                    int n,
                    int row0,
                    int row1,
                    int col0,
                    int col1,
                    int k,
                    double alpha,
                    A a,
                    int aOffset,
                    int lda,
                    A b,
                    int bOffset,
                    int ldb,
                    double beta,
                    A c,
                    int cOffset,
                    int ldc) {
                small.compute(
                        transA,
                        transB,
                        n,
                        row0,
                        row1,
                        col0,
                        col1,
                        Math.max(1, k - 1),
                        alpha,
                        a,
                        aOffset,
                        lda,
                        b,
                        bOffset,
                        ldb,
                        beta,
                        c,
                        cOffset,
                        ldc);
            }
        };
    }

    private static <A> MicroKernel<A> ignoreBeta(MicroKernel<A> kernel) {
        return new MicroKernel<A>() {
            @Override
            public BlockSizes blockSizes() {
                return kernel.blockSizes();
            }

            @Override
            public void compute(int kc, A a, int ao, A b, int bo, double alpha, double beta, A c, int co, int ldc) {
                kernel.compute(kc, a, ao, b, bo, alpha, 0, c, co, ldc);
            }
        };
    }

    @ParameterizedTest
    @CsvSource({"true, true", "true, false", "false, true", "false, false"})
    void rejectsABrokenGemm(boolean single, boolean smallPath) {
        String kernel = single ? "sgemm" : "dgemm";
        String path = smallPath ? "small path" : "blocked path";
        for (VectorizationProvider p : Implementations.all()) {
            String reason = SelfTest.run(brokenGemm(p, single, smallPath));
            assertTrue(
                    reason != null && reason.contains(kernel) && reason.contains(path),
                    kernel + " " + path + " on " + p.name() + " -> " + reason);
        }
    }

    @Test
    void selectionFallsBackToScalarWhenGemmIsBroken() {
        assumeTrue(VectorizationProvider.panamaIfSupported().isPresent(), "vector module not present");
        VectorizationProvider.Choice choice =
                VectorizationProvider.choose("auto", candidate -> SelfTest.run(brokenGemm(candidate, true, false)));
        assertEquals("scalar", choice.provider().name());
        assertTrue(choice.fallbackReason().contains("sgemm"), choice.fallbackReason());
    }

    @Test
    void selectionFallsBackToScalarWithTheReason() {
        assumeTrue(VectorizationProvider.panamaIfSupported().isPresent(), "vector module not present");
        VectorizationProvider.Choice choice = VectorizationProvider.choose(
                "auto", candidate -> SelfTest.run(breakage(candidate, "sigmoid tail lane")));
        assertEquals("scalar", choice.provider().name());
        assertTrue(
                choice.fallbackReason().contains("self-test")
                        && choice.fallbackReason().contains("sigmoid"),
                choice.fallbackReason());
    }

    @Test
    void selectionTakesPanamaWhenTheSelfTestPasses() {
        assumeTrue(VectorizationProvider.panamaIfSupported().isPresent(), "vector module not present");
        VectorizationProvider.Choice auto = VectorizationProvider.choose("auto", SelfTest::run);
        assertEquals("panama", auto.provider().name());
        assertEquals("", auto.fallbackReason());
        assertEquals(
                "panama",
                VectorizationProvider.choose(" Panama ", SelfTest::run)
                        .provider()
                        .name());
        assertTrue(auto.provider().vectorBits() >= 128);
        assertTrue(auto.provider().fma());
    }

    @Test
    void scalarRequestedByProperty() {
        VectorizationProvider.Choice choice = VectorizationProvider.choose("scalar", c -> {
            throw new AssertionError("the self-test must not run when scalar is requested");
        });
        assertSame(VectorizationProvider.scalar(), choice.provider());
        assertEquals("vecnet.kernels.impl=scalar", choice.fallbackReason());
    }

    @Test
    void unknownRequestFallsBackAndSaysWhy() {
        VectorizationProvider.Choice choice = VectorizationProvider.choose("avx9000", SelfTest::run);
        assertEquals("scalar", choice.provider().name());
        assertTrue(choice.fallbackReason().contains("avx9000"), choice.fallbackReason());
    }
}
