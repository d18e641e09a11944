package io.github.vecnet.kernels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.kernels.KernelsInfo;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The provider decision against injected JVM facts: each cause of a fallback gets its own reason and advice, and
 * {@code panama} required but unusable is an error instead of a fallback.
 */
class ProviderChoiceTest {
    /** A stand-in for the Panama provider, so that the decision can be checked without the vector module. */
    private static final VectorizationProvider FAKE_PANAMA = new VectorizationProvider() {
        @Override
        public String name() {
            return "panama";
        }

        @Override
        public int vectorBits() {
            return 256;
        }

        @Override
        public boolean fma() {
            return true;
        }

        @Override
        public FloatElementwise floatElementwise() {
            return scalar().floatElementwise();
        }

        @Override
        public DoubleElementwise doubleElementwise() {
            return scalar().doubleElementwise();
        }

        @Override
        public GemmKernels gemm() {
            return scalar().gemm();
        }
    };

    private static JvmFacts facts(boolean module, boolean c2, int bits, boolean fma, boolean loads) {
        return new JvmFacts() {
            @Override
            public boolean vectorModulePresent() {
                return module;
            }

            @Override
            public boolean c2Present() {
                return c2;
            }

            @Override
            public int preferredVectorBits() {
                if (!module) {
                    throw new AssertionError("vector width asked without the module");
                }
                return bits;
            }

            @Override
            public boolean hardwareFma() {
                return fma;
            }

            @Override
            public VectorizationProvider loadPanama() {
                if (!loads) {
                    throw new NoClassDefFoundError("jdk/incubator/vector/FloatVector");
                }
                return FAKE_PANAMA;
            }
        };
    }

    private static final JvmFacts ALL_GOOD = facts(true, true, 256, true, true);

    private static String warning(VectorizationProvider.Choice choice) {
        VectorizationProvider p = choice.provider();
        return choice.warning(
                new KernelsInfo(p.name(), p.vectorBits(), p.fma(), "17.0.99", 2, choice.fallbackReason()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "MODULE_ABSENT | false | true  | 256 | true  | true  | jdk.incubator.vector is not in the boot layer"
                        + " | run java with --add-modules=jdk.incubator.vector",
                "NO_C2         | true  | false | 256 | true  | true  | without the C2 compiler | -XX:TieredStopAtLevel",
                "NARROW        | true  | true  | 64  | true  | true  | preferred vector width is 64 bits, below 128"
                        + " | -XX:MaxVectorSize",
                "NO_FMA        | true  | true  | 256 | false | true  | does not use hardware FMA | remove -XX:-UseFMA",
                "LOAD_FAILED   | true  | true  | 256 | true  | false | failed to load: java.lang.NoClassDefFoundError"
                        + " | please report"
            })
    void eachCauseNamesItselfAndItsRemedy(
            String label,
            boolean module,
            boolean c2,
            int bits,
            boolean fma,
            boolean loads,
            String reason,
            String advice) {
        VectorizationProvider.Choice choice =
                VectorizationProvider.choose("auto", facts(module, c2, bits, fma, loads), candidate -> null);
        assertSame(VectorizationProvider.scalar(), choice.provider());
        String line = warning(choice);
        assertTrue(
                line.startsWith("vecnet kernels: scalar, JDK 17.0.99, threads=2 -- vector implementation not used: "),
                line);
        assertTrue(line.contains(reason), line);
        assertTrue(line.contains(advice), line);
        // Only the missing module is cured by the flag: no other cause may tell the user to add it.
        assertEquals(label.equals("MODULE_ABSENT"), line.contains("--add-modules"), line);
    }

    @Test
    void selfTestMismatchIsReportedAsABug() {
        VectorizationProvider.Choice choice =
                VectorizationProvider.choose("auto", ALL_GOOD, c -> "sgemm 3x4x5 differs");
        assertEquals(FallbackCause.SELF_TEST_MISMATCH, choice.cause());
        String line = warning(choice);
        assertTrue(line.contains("self-test against scalar failed: sgemm 3x4x5 differs"), line);
        assertTrue(line.contains("please report"), line);
        assertFalse(line.contains("--add-modules"), line);
    }

    @Test
    void unknownPropertyValueSaysSoAndNotToAddTheModule() {
        VectorizationProvider.Choice choice = VectorizationProvider.choose("avx9000", ALL_GOOD, c -> null);
        assertSame(VectorizationProvider.scalar(), choice.provider());
        String line = warning(choice);
        assertTrue(line.contains("unknown vecnet.kernels.impl=avx9000 (expected auto, panama or scalar)"), line);
        assertTrue(line.contains("-Dvecnet.kernels.impl=auto"), line);
        assertFalse(line.contains("--add-modules"), line);
    }

    @Test
    void panamaWhenEverythingHolds() {
        VectorizationProvider.Choice choice = VectorizationProvider.choose(" Panama ", ALL_GOOD, c -> null);
        assertSame(FAKE_PANAMA, choice.provider());
        assertEquals(FallbackCause.NONE, choice.cause());
        assertNull(warning(choice));
    }

    @Test
    void requestedScalarIsNotAWarningAndSkipsTheChecks() {
        JvmFacts untouchable = facts(false, false, 0, false, false);
        VectorizationProvider.Choice choice = VectorizationProvider.choose("scalar", untouchable, c -> {
            throw new AssertionError("no self-test for scalar");
        });
        assertEquals(FallbackCause.REQUESTED_SCALAR, choice.cause());
        assertNull(warning(choice));
    }

    @Test
    void requiredPanamaWithoutTheModuleIsAnErrorNamingThePropertyAndTheCause() {
        VectorizationProvider.Choice choice =
                VectorizationProvider.choose("panama", facts(false, true, 256, true, true), c -> null);
        assertNull(choice.provider(), "no silent fallback when panama is required");
        assertEquals(FallbackCause.MODULE_ABSENT, choice.cause());
        String message = choice.requiredButUnusable();
        assertTrue(
                message.startsWith("vecnet.kernels.impl=panama, but the vector implementation cannot be used: "
                        + "jdk.incubator.vector is not in the boot layer; to enable it, run java with "
                        + "--add-modules=jdk.incubator.vector"),
                message);
    }

    @Test
    void requiredPanamaFailingItsSelfTestIsAnErrorToo() {
        VectorizationProvider.Choice choice = VectorizationProvider.choose("panama", ALL_GOOD, c -> "tanh lane 3");
        assertNull(choice.provider());
        assertTrue(
                choice.requiredButUnusable().contains("self-test against scalar failed: tanh lane 3"),
                choice.requiredButUnusable());
    }
}
