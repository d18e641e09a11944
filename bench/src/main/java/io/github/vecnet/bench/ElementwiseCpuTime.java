package io.github.vecnet.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A companion to {@link ElementwiseBenchmark} for a shared, overloaded machine: the same kernels timed by the
 * benchmark thread's CPU time (time the thread actually ran), best of several rounds, so other processes' load
 * inflates the numbers less than wall-clock JMH scores. Not a replacement for JMH; run with
 * {@code java --add-modules=jdk.incubator.vector -cp bench/target/benchmarks.jar
 * io.github.vecnet.bench.ElementwiseCpuTime [size ...]} (optionally {@code -Dvecnet.bench.kernels=a,b}).
 */
public final class ElementwiseCpuTime {
    private ElementwiseCpuTime() {}

    private static final String[] KERNELS = {
        "sigmoidVecnet",
        "sigmoidLanewiseExp",
        "sigmoidScalarMathExp",
        "tanhVecnet",
        "tanhLanewiseExp",
        "tanhScalarMathTanh",
        "reluVecnet",
        "axpyVecnet",
        "copyArraycopy",
        "copyLoop"
    };

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1024, 65536, 1 << 20, 1 << 24} : parse(args);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%-22s %10s %16s%n", "kernel", "size", "elements/cpu-ns");
        for (int size : sizes) {
            ElementwiseBenchmark b = new ElementwiseBenchmark();
            b.size = size;
            b.setUp();
            int reps = (int) Math.max(3, 200_000_000L / size);
            for (String kernel : kernels()) {
                double best = 0;
                for (int round = 0; round < 8; round++) {
                    long start = threads.getCurrentThreadCpuTime();
                    for (int r = 0; r < reps; r++) {
                        run(b, kernel);
                    }
                    long used = threads.getCurrentThreadCpuTime() - start;
                    best = Math.max(best, (double) reps * size / used);
                }
                System.out.printf(Locale.ROOT, "%-22s %10d %16.2f%n", kernel, size, best);
            }
        }
    }

    /** All kernels, or the comma-separated subset given by {@code -Dvecnet.bench.kernels=sigmoidVecnet,tanhVecnet}. */
    private static String[] kernels() {
        String only = System.getProperty("vecnet.bench.kernels");
        return only == null || only.isBlank() ? KERNELS : only.split(",");
    }

    private static void run(ElementwiseBenchmark b, String kernel) {
        switch (kernel) {
            case "sigmoidVecnet":
                b.sigmoidVecnet();
                break;
            case "sigmoidLanewiseExp":
                b.sigmoidLanewiseExp();
                break;
            case "sigmoidScalarMathExp":
                b.sigmoidScalarMathExp();
                break;
            case "tanhVecnet":
                b.tanhVecnet();
                break;
            case "tanhLanewiseExp":
                b.tanhLanewiseExp();
                break;
            case "tanhScalarMathTanh":
                b.tanhScalarMathTanh();
                break;
            case "reluVecnet":
                b.reluVecnet();
                break;
            case "axpyVecnet":
                b.axpyVecnet();
                break;
            case "copyArraycopy":
                b.copyArraycopy();
                break;
            case "copyLoop":
                b.copyLoop();
                break;
            default:
                throw new IllegalArgumentException(kernel);
        }
    }

    private static int[] parse(String[] args) {
        int[] sizes = new int[args.length];
        for (int i = 0; i < args.length; i++) {
            sizes[i] = Integer.parseInt(args[i]);
        }
        return sizes;
    }
}
