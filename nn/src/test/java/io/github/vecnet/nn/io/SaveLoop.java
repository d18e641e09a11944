package io.github.vecnet.nn.io;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.layers.Mlp;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Child process of {@link ModelFileKillTest}: saves two models in turn over the same file, forever, until it is
 * killed. Prints {@code ready} once both models are built, so the parent kills it while it is saving.
 */
public final class SaveLoop {
    private SaveLoop() {}

    /** A model of about 16 MB, the same for the same seed (so the parent can rebuild it to compare). */
    static Mlp model(long seed) {
        return Mlp.builder()
                .widths(1000, 2000, 1000)
                .dtype(DType.FLOAT32)
                .rng(new SplittableRandom(seed))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        Mlp first = model(Long.parseLong(args[1]));
        Mlp second = model(Long.parseLong(args[2]));
        System.out.println("ready");
        System.out.flush();
        for (long i = 0; ; i++) {
            ModelFile.save(i % 2 == 0 ? second : first, target);
        }
    }
}
