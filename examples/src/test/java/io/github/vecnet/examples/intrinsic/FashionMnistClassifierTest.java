package io.github.vecnet.examples.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.hello.FashionMnistClassifierRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hello-world classifier end to end on a tiny synthetic IDX data set. It lives in this package because the
 * IDX writer {@link IdxTestFiles} (an independent writer of the format) is package-private here.
 */
class FashionMnistClassifierTest {
    @TempDir
    Path dir;

    @Test
    void learnsTheSyntheticClassesAndTheReloadedModelScoresTheSame() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        IdxTestFiles.writeSyntheticFashion(data, 400, 200, 7);
        Path model = dir.resolve("out").resolve("model.vecnet");

        FashionMnistClassifierRun run = FashionMnistClassifierRun.of(
                "--data",
                data.toString(),
                "--epochs",
                "2",
                "--batch-size",
                "32",
                "--lr",
                "0.003",
                "--limit",
                "300",
                "--seed",
                "3",
                "--model",
                model.toString());

        assertEquals(0, run.exitCode(), run.err());
        double[] perEpoch = run.epochAccuracy();
        assertEquals(2, perEpoch.length);
        // Chance is 0.1; each class lights its own rows of pixels, so a trained MLP separates them almost perfectly.
        assertTrue(perEpoch[1] > 0.5, "final test accuracy " + perEpoch[1]);
        assertEquals(perEpoch[1], run.reloadedAccuracy(), 0.0, "the reloaded model must score exactly the same");
        assertTrue(Files.size(model) > 0);
        String out = run.out();
        assertTrue(out.contains("300 training / 200 test images of 784 pixels"), out);
        assertTrue(out.contains("epoch 1/2: train loss"), out);
        assertTrue(out.contains("epoch 2/2: train loss"), out);
        assertTrue(out.contains("% of 10 batches"), out);
        assertTrue(out.contains("same as in memory"), out);
    }

    @Test
    void missingDataNamesTheDebianPackageAndTheOption() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        FashionMnistClassifierRun run = FashionMnistClassifierRun.of(
                "--data", empty.toString(), "--model", dir.resolve("m").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("dataset-fashion-mnist"), run.err());
        assertTrue(run.err().contains("--data"), run.err());
        assertTrue(Files.notExists(dir.resolve("m")));
    }

    @Test
    void badOptionsAreRejectedBeforeAnythingIsRead() {
        FashionMnistClassifierRun run = FashionMnistClassifierRun.of("--epochs", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--epochs must be >= 1, got 0"), run.err());
    }
}
