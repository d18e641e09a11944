package io.github.vecnet.kernels.internal;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;

/**
 * {@link JvmFacts} read from this JVM. The Panama class is reached only by reflection, so that no vector class is
 * loaded unless {@code jdk.incubator.vector} is in the boot layer (on the class path a reference to it would throw
 * {@code NoClassDefFoundError}).
 */
final class RealJvmFacts implements JvmFacts {
    static final RealJvmFacts INSTANCE = new RealJvmFacts();

    static final String PANAMA_CLASS = "io.github.vecnet.kernels.internal.panama.PanamaVectorizationProvider";

    private RealJvmFacts() {}

    @Override
    public boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    @Override
    public boolean c2Present() {
        if (System.getProperty("java.vm.info", "").contains("interpreted mode")) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.management").isPresent()) {
            try {
                HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                if (bean != null) {
                    if ("false".equals(bean.getVMOption("UseCompiler").getValue())) {
                        return false;
                    }
                    String level = bean.getVMOption("TieredStopAtLevel").getValue();
                    boolean tiered =
                            "true".equals(bean.getVMOption("TieredCompilation").getValue());
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

    @Override
    public int preferredVectorBits() throws Exception {
        return (Integer)
                Class.forName(PANAMA_CLASS).getMethod("preferredVectorBits").invoke(null);
    }

    @Override
    public boolean hardwareFma() throws Exception {
        return (Boolean) Class.forName(PANAMA_CLASS).getMethod("hardwareFma").invoke(null);
    }

    @Override
    public VectorizationProvider loadPanama() throws Throwable {
        try {
            return (VectorizationProvider)
                    Class.forName(PANAMA_CLASS).getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the constructor's own reason
        }
    }
}
