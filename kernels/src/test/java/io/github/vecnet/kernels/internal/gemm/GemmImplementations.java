package io.github.vecnet.kernels.internal.gemm;

import io.github.vecnet.kernels.internal.VectorizationProvider;
import io.github.vecnet.kernels.internal.scalar.DgemmScalarSmall;
import io.github.vecnet.kernels.internal.scalar.ScalarGemmKernels;
import io.github.vecnet.kernels.internal.scalar.SgemmScalarSmall;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;

/** Every GEMM implementation the tests run: scalar, Panama (this JVM's width), and the naive reference kernel with tiny blocks. */
final class GemmImplementations {
    private GemmImplementations() {}

    /**
     * The naive reference micro-kernel with odd, tiny block sizes: small shapes then cross many MR/NR/MC/KC/NC
     * boundaries, so the five loops, packing and edge tiles are tested independently of the fast kernels.
     */
    static GemmKernels reference() {
        return new GemmKernels(
                "reference",
                new SgemmReferenceKernel(new BlockSizes(3, 5, 9, 7, 15)),
                new SgemmScalarSmall(),
                new DgemmReferenceKernel(new BlockSizes(2, 3, 4, 5, 9)),
                new DgemmScalarSmall());
    }

    static GemmKernels panama() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            // The fallback surefire execution runs without the module on purpose.
            Assumptions.assumeFalse(Boolean.getBoolean("vecnet.test.expectFallback"), "no vector module in this run");
            throw new AssertionError("the main test run needs --add-modules=jdk.incubator.vector");
        }
        GemmKernels gemm = VectorizationProvider.panamaIfSupported()
                .orElseThrow(() -> new AssertionError("the Panama provider does not load"))
                .gemm();
        if (!gemm.name().equals("panama")) {
            throw new AssertionError("Panama provider runs the " + gemm.name() + " GEMM");
        }
        return gemm;
    }

    /**
     * Scalar, the provider's Panama GEMM (at this JVM's preferred width: the vector-width-256 surefire execution runs
     * the other width) and the reference kernel.
     */
    static List<Named<GemmKernels>> all() {
        GemmKernels panama = panama();
        return List.of(
                Named.of("scalar", ScalarGemmKernels.create()),
                Named.of("panama", panama),
                Named.of("reference", reference()));
    }
}
