package io.github.vecnet.kernels;

import io.github.vecnet.kernels.internal.BlockTuner;
import io.github.vecnet.kernels.internal.GemmBlocking;
import io.github.vecnet.kernels.internal.TuningFile;
import io.github.vecnet.kernels.internal.VectorizationProvider;
import io.github.vecnet.kernels.internal.gemm.BlockSizeTable;
import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.GemmKernels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The optional tuner: {@code java --add-modules=jdk.incubator.vector -cp vecnet-kernels.jar:slf4j-api.jar
 * io.github.vecnet.kernels.Tune [FILE] [SECONDS]} times GEMM cache blocks around the current choice on this CPU
 * (one thread, n = 512, default budget 50 s) and writes the fastest to FILE (default
 * {@code vecnet-tuning.properties}), which {@code -Dvecnet.kernels.tuning=FILE} then loads. The default table is
 * meant to be good without it.
 */
public final class Tune {
    private Tune() {}

    /**
     * Runs the tuner.
     *
     * @param args {@code [FILE] [SECONDS]}
     * @throws IOException if FILE cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "vecnet-tuning.properties");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 50;
        KernelsInfo info = Kernels.info();
        System.out.println("vecnet Tune: " + info.summary());
        if (!info.implementation().equals("panama")) {
            System.err.println(
                    "vecnet Tune: the " + info.implementation() + " kernels have fixed blocks, nothing to tune"
                            + (info.fallbackReason().isEmpty() ? "" : " (" + info.fallbackReason() + ")"));
            System.exit(2);
        }
        GemmKernels current = VectorizationProvider.getInstance().gemm();
        int bits = info.vectorBits();
        BlockTuner tuner = new BlockTuner(System.out, seconds);
        BlockSizes floats = tuner.tuneFloat(
                current.sgemmBlockSizes(),
                BlockSizeTable.sgemm(bits).withRows(current.sgemmBlockSizes().mr()),
                current.dgemmBlockSizes());
        BlockSizes doubles = tuner.tuneDouble(
                current.dgemmBlockSizes(),
                BlockSizeTable.dgemm(bits).withRows(current.dgemmBlockSizes().mr()),
                floats);
        String comment = "vecnet GEMM blocks tuned by io.github.vecnet.kernels.Tune at " + Instant.now() + " on "
                + info.summary() + "; load with -D" + GemmBlocking.TUNING_PROPERTY + "=" + file;
        Files.writeString(file, TuningFile.format(comment, bits, floats, doubles));
        System.out.println("vecnet Tune: wrote " + file + " (sgemm mc=" + floats.mc() + " kc=" + floats.kc()
                + ", dgemm mc=" + doubles.mc() + " kc=" + doubles.kc() + ")");
    }
}
