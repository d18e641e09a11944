package io.github.vecnet.nn.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Mlp;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed with SIGKILL at random moments while saving a 16 MB model over an existing file must leave a file
 * that loads as the old or the new model, never a torn one (the old truncate-then-write save failed this within a
 * few tries).
 */
class ModelFileKillTest {
    private static final long OLD = 1;
    private static final long NEW = 2;
    private static final int KILLS = 20;

    @Test
    void killDuringSaveLeavesTheOldOrTheNewModel(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("model.bin");
        Mlp old = SaveLoop.model(OLD);
        Mlp fresh = SaveLoop.model(NEW);
        ModelFile.save(old, target);
        long fullSize = Files.size(target);
        SplittableRandom random = new SplittableRandom(2024);
        int sawOld = 0;
        int sawNew = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = startSaveLoop(target);
            waitForReady(child);
            killWhileSaving(child, dir, target, fullSize, random.nextInt(10, 400));
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            Mlp loaded = SaveLoop.model(99);
            try {
                ModelFile.load(loaded, target);
            } catch (ModelFormatException e) {
                fail("kill " + kill + " left a torn model file: " + e.getMessage());
            }
            if (sameParameters(loaded, old)) {
                sawOld++;
            } else if (sameParameters(loaded, fresh)) {
                sawNew++;
            } else {
                fail("kill " + kill + ": the file loads but is neither the old nor the new model");
            }
        }
        assertEquals(KILLS, sawOld + sawNew);
    }

    /**
     * Kills the child (SIGKILL on Linux: no shutdown hooks, no flush) the moment a save is seen in progress (a file
     * other than the target in the directory, or the target not at its full size), or after {@code millis} at most:
     * the most dangerous moment for any way of saving.
     */
    private static void killWhileSaving(Process child, Path dir, Path target, long fullSize, long millis)
            throws Exception {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < deadline && !saveInProgress(dir, target, fullSize)) {
            Thread.onSpinWait();
        }
        child.destroyForcibly();
    }

    private static boolean saveInProgress(Path dir, Path target, long fullSize) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> !f.equals(target)) || Files.size(target) != fullSize;
        } catch (Exception e) {
            return true; // the target vanished for a moment: that is a save in progress too
        }
    }

    private static Process startSaveLoop(Path target) throws Exception {
        String classPath = System.getProperty("java.class.path");
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            classPath = classPath + File.pathSeparator + modulePath;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx512m",
                "-Dvecnet.kernels.impl=scalar",
                "-cp",
                classPath,
                SaveLoop.class.getName(),
                target.toString(),
                Long.toString(OLD),
                Long.toString(NEW));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void waitForReady(Process child) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.equals("ready")) {
                return;
            }
            seen.append(line).append('\n');
        }
        fail("save loop exited before it was ready:\n" + seen);
    }

    private static boolean sameParameters(Mlp a, Mlp b) {
        List<Tensor> pa = a.parameters();
        List<Tensor> pb = b.parameters();
        for (int i = 0; i < pa.size(); i++) {
            if (!Arrays.equals(pa.get(i).floatData(), pb.get(i).floatData())) {
                return false;
            }
        }
        return true;
    }
}
