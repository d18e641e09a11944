package io.github.vecnet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.Main;

/**
 * Main class of {@code benchmarks.jar}: JMH's own command line ({@link Main}), after one check of
 * the OpenBLAS peer in this JVM. When OpenBLAS cannot be loaded, or {@code OPENBLAS_NUM_THREADS} is not set (it
 * must equal the {@code threads} parameter), the {@code openblas} benchmarks are excluded with ONE line instead of
 * failing once per parameter combination. A mismatched {@code OPENBLAS_NUM_THREADS} still fails the affected
 * parameter combinations, each with one line ({@link PeerUnavailableException}).
 */
public final class BenchMain {
    static final String OPENBLAS_BENCHMARKS = "GemmBenchmark\\.openblas$";

    /** Held so that the level sticks (JUL keeps loggers weakly): netlib logs its implementation choice at INFO. */
    private static final Logger NETLIB_LOG = Logger.getLogger("dev.ludovic.netlib");

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        NETLIB_LOG.setLevel(Level.WARNING);
        String absence = openBlasAbsence();
        String[] effective = withPeerExclusions(args, absence);
        if (effective != args) {
            System.out.println("vecnet bench: skipping the openblas benchmarks: " + absence);
        }
        Main.main(effective);
    }

    /** Why the openblas benchmarks cannot run at all in this set-up, or null. */
    static String openBlasAbsence() {
        if (Peers.openBlasOrNull() == null) {
            return "OpenBLAS (netlib NativeBLAS) cannot be loaded; install it with: apt-get install -y "
                    + Peers.OPENBLAS_PACKAGE;
        }
        if (System.getenv("OPENBLAS_NUM_THREADS") == null) {
            return "OPENBLAS_NUM_THREADS is not set; set it to the threads parameter, e.g. OPENBLAS_NUM_THREADS=1";
        }
        return null;
    }

    /** {@code args} plus a JMH exclusion of the openblas benchmarks when they cannot run; {@code args} itself if not. */
    static String[] withPeerExclusions(String[] args, String openBlasAbsence) {
        if (openBlasAbsence == null || isInformational(args)) {
            return args;
        }
        List<String> all = new ArrayList<>(List.of(args));
        all.add("-e");
        all.add(OPENBLAS_BENCHMARKS);
        return all.toArray(new String[0]);
    }

    private static boolean isInformational(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h")
                    || arg.equals("-help")
                    || arg.equals("-l")
                    || arg.equals("-lp")
                    || arg.equals("-lprof")) {
                return true;
            }
        }
        return false;
    }
}
