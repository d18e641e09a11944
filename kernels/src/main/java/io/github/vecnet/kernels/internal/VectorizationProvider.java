package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.KernelsInfo;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses between the scalar implementation (reference and fallback) and the Panama (Vector API) one, Lucene
 * style. Panama is used only when {@code jdk.incubator.vector} is in the boot layer, C2 is present, the preferred
 * vector width is at least 128 bits and a start-up self-test against scalar passes; any {@link Throwable} on the
 * way means scalar. The choice is made once, at first use, and logged in exactly one line.
 */
public abstract class VectorizationProvider {

  /** System property: {@code auto} (default), {@code panama} or {@code scalar}. */
  public static final String IMPL_PROPERTY = "vecnet.kernels.impl";

  public static final String VECTOR_FLAG = "--add-modules=jdk.incubator.vector";

  static final String PANAMA_CLASS = "io.github.vecnet.kernels.internal.panama.PanamaVectorizationProvider";

  private static final Logger LOG = LoggerFactory.getLogger("io.github.vecnet.kernels");

  /** {@code "panama"} or {@code "scalar"}. */
  public abstract String name();

  /** Vector width in bits, 0 for scalar. */
  public abstract int vectorBits();

  /** Whether the implementation uses hardware FMA. */
  public abstract boolean fma();

  public abstract ElementwiseKernels elementwise();

  /**
   * GEMM micro-kernels, small-matrix paths and block sizes of this implementation. Both real providers override
   * it; the default (the scalar GEMM) keeps test doubles that only wrap element-wise kernels compiling.
   */
  public io.github.vecnet.kernels.internal.gemm.GemmKernels gemm() {
    return scalar().gemm();
  }

  /** The provider in use (chosen and logged on first call). */
  public static VectorizationProvider getInstance() {
    return Holder.INSTANCE;
  }

  /** The facts logged at start-up. */
  public static KernelsInfo info() {
    return Holder.INFO;
  }

  /** The scalar provider, always available (the tests' oracle). */
  public static VectorizationProvider scalar() {
    return ScalarHolder.SCALAR;
  }

  /** The Panama provider if this JVM can run it (ignores the self-test and the impl property), else empty. */
  public static Optional<VectorizationProvider> panamaIfSupported() {
    try {
      return missingRequirement() == null ? Optional.of(loadPanama()) : Optional.empty();
    } catch (Throwable t) {
      return Optional.empty();
    }
  }

  /** Result of a provider choice: the provider and, for a fallback, the reason. */
  record Choice(VectorizationProvider provider, String fallbackReason) {}

  /**
   * Picks a provider for the requested mode. {@code selfTest} returns null when the candidate agrees with scalar,
   * or a reason when it does not.
   */
  static Choice choose(String requested, java.util.function.Function<VectorizationProvider, String> selfTest) {
    String mode = requested == null ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
    if (mode.equals("scalar")) {
      return new Choice(scalar(), IMPL_PROPERTY + "=scalar");
    }
    if (!mode.equals("auto") && !mode.equals("panama")) {
      return new Choice(scalar(), "unknown " + IMPL_PROPERTY + "=" + requested + " (expected auto|panama|scalar)");
    }
    try {
      String missing = missingRequirement();
      if (missing != null) {
        return new Choice(scalar(), missing);
      }
      VectorizationProvider panama = loadPanama();
      String failure = selfTest.apply(panama);
      if (failure != null) {
        return new Choice(scalar(), "self-test against scalar failed: " + failure);
      }
      return new Choice(panama, "");
    } catch (Throwable t) {
      return new Choice(scalar(), "Panama implementation failed to load: " + t);
    }
  }

  /** Why the Panama implementation cannot run here, or null if it can. */
  static String missingRequirement() {
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return "jdk.incubator.vector is not in the boot layer";
    }
    if (!hasC2()) {
      return "the JVM runs without the C2 compiler (vector intrinsics need it)";
    }
    return null;
  }

  private static VectorizationProvider loadPanama() throws Throwable {
    // Loaded reflectively so that no vector class is touched unless the module is present.
    try {
      return (VectorizationProvider) Class.forName(PANAMA_CLASS).getDeclaredConstructor().newInstance();
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause(); // the constructor's own reason, e.g. a vector width below 128 bits
    }
  }

  private static boolean hasC2() {
    String info = System.getProperty("java.vm.info", "");
    if (info.contains("interpreted mode")) {
      return false;
    }
    if (ModuleLayer.boot().findModule("jdk.management").isPresent()) {
      try {
        var bean = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
        if (bean != null) {
          if ("false".equals(bean.getVMOption("UseCompiler").getValue())) {
            return false;
          }
          String level = bean.getVMOption("TieredStopAtLevel").getValue();
          boolean tiered = "true".equals(bean.getVMOption("TieredCompilation").getValue());
          if (tiered && Integer.parseInt(level) < 4) {
            return false;
          }
        }
      } catch (RuntimeException | LinkageError e) {
        // Not HotSpot, or the option does not exist: assume a full compiler.
      }
    }
    return true;
  }

  private static final class ScalarHolder {
    static final VectorizationProvider SCALAR = new io.github.vecnet.kernels.internal.scalar.ScalarVectorizationProvider();
  }

  private static final class Holder {
    static final VectorizationProvider INSTANCE;
    static final KernelsInfo INFO;

    static {
      Choice choice = choose(System.getProperty(IMPL_PROPERTY), SelfTest::run);
      INSTANCE = choice.provider();
      INFO = new KernelsInfo(INSTANCE.name(), INSTANCE.vectorBits(), INSTANCE.fma(),
          Runtime.version().toString(), KernelThreads.configured(), choice.fallbackReason());
      if (INSTANCE.name().equals("scalar")) {
        if (choice.fallbackReason().equals(IMPL_PROPERTY + "=scalar")) {
          LOG.info("vecnet kernels: {} (requested by {})", INFO.summary(), choice.fallbackReason());
        } else {
          LOG.warn("vecnet kernels: {} -- vector implementation not used: {}. To enable it, run java with {}",
              INFO.summary(), choice.fallbackReason(), VECTOR_FLAG);
        }
      } else {
        LOG.info("vecnet kernels: {}", INFO.summary());
      }
    }
  }
}
