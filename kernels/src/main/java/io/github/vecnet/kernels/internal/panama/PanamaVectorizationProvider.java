package io.github.vecnet.kernels.internal.panama;

import io.github.vecnet.kernels.internal.DoubleElementwise;
import io.github.vecnet.kernels.internal.FloatElementwise;
import io.github.vecnet.kernels.internal.VectorizationProvider;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import io.github.vecnet.kernels.internal.panama.elementwise.PanamaDoubleElementwise;
import io.github.vecnet.kernels.internal.panama.elementwise.PanamaFloatElementwise;
import io.github.vecnet.kernels.internal.panama.gemm.PanamaGemmKernels;
import java.lang.management.ManagementFactory;

/**
 * The Vector API implementation. Loaded reflectively by {@link VectorizationProvider} only when
 * {@code jdk.incubator.vector} is in the boot layer; the constructor refuses (throws) when the preferred vector is
 * narrower than 128 bits or the JVM does not use hardware FMA, so that selection falls back to scalar.
 */
public final class PanamaVectorizationProvider extends VectorizationProvider {
    static final int MIN_VECTOR_BITS = 128;

    private final int vectorBits;
    private final FloatElementwise floatElementwise;
    private final DoubleElementwise doubleElementwise;
    private final GemmKernels gemm = PanamaGemmKernels.create();

    public PanamaVectorizationProvider() {
        vectorBits = Species.FLOAT.vectorBitSize();
        if (vectorBits < MIN_VECTOR_BITS) {
            throw new UnsupportedOperationException("preferred vector width is " + vectorBits
                    + " bits; the vector kernels need at least " + MIN_VECTOR_BITS);
        }
        if (!hardwareFma()) {
            // Without hardware FMA the Vector API emulates fma very slowly, and the exp range reduction relies on it.
            throw new UnsupportedOperationException(
                    "the JVM does not use hardware FMA (-XX:-UseFMA or no CPU support)");
        }
        floatElementwise = new PanamaFloatElementwise();
        doubleElementwise = new PanamaDoubleElementwise();
    }

    @Override
    public String name() {
        return "panama";
    }

    @Override
    public int vectorBits() {
        return vectorBits;
    }

    @Override
    public boolean fma() {
        return true;
    }

    @Override
    public FloatElementwise floatElementwise() {
        return floatElementwise;
    }

    @Override
    public DoubleElementwise doubleElementwise() {
        return doubleElementwise;
    }

    @Override
    public GemmKernels gemm() {
        return gemm;
    }

    /** The preferred species' width in bits (read reflectively by the provider selection). */
    public static int preferredVectorBits() {
        return Species.FLOAT.vectorBitSize();
    }

    /** HotSpot's UseFMA flag; assumed true when it cannot be read (no jdk.management, other VM). */
    public static boolean hardwareFma() {
        if (ModuleLayer.boot().findModule("jdk.management").isEmpty()) {
            return true;
        }
        try {
            var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return bean == null || !"false".equals(bean.getVMOption("UseFMA").getValue());
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }
}
