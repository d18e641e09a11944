package io.github.vecnet.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every experiment class has its own IDE {@code main} that runs the launcher on that experiment. */
class IdeMainsTest {
    @TempDir
    Path dir;

    @Test
    void everyRegisteredExperimentHasAPublicStaticMain() throws Exception {
        for (Experiment e : Experiments.all()) {
            Method main = e.getClass().getMethod("main", String[].class);
            assertTrue(
                    Modifier.isStatic(main.getModifiers()) && Modifier.isPublic(main.getModifiers()),
                    e.getClass() + ".main must be public static");
        }
    }

    @Test
    void eachMainMapsItsClassToItsLauncherNameOnTheQuickPreset() {
        List<String> names = new ArrayList<>();
        for (Experiment e : Experiments.all()) {
            assertArrayEquals(
                    new String[] {"run", e.name(), "--quick"},
                    Main.ideArguments(Experiments.all(), e.getClass(), new String[0]));
            assertArrayEquals(
                    new String[] {"run", e.name(), "--full", "--seed", "3"},
                    Main.ideArguments(Experiments.all(), e.getClass(), new String[] {"--full", "--seed", "3"}));
            names.add(e.name());
        }
        assertEquals(List.of("sampling", "pieces", "firenet", "ball", "intrinsic"), names);
    }

    @Test
    void anUnregisteredClassIsAClearError() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> Main.ideArguments(List.of(), Experiment.class, new String[0]));
        assertTrue(e.getMessage().contains("not registered"), e.getMessage());
    }

    /** One real delegation, in a child JVM because the launcher exits: the firenet main on the smoke preset. */
    @Test
    void theFirenetMainRunsTheLauncherInItsOwnJvm() throws IOException, InterruptedException {
        Path javaBin = Paths.get(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(
                        javaBin.toString(),
                        "--add-modules=jdk.incubator.vector",
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                        "-cp",
                        classPath,
                        "io.github.vecnet.examples.firenet.FirenetExperiment",
                        "--smoke",
                        "--out",
                        dir.resolve("out").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child JVM did not finish in 120 s");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("firenet"), output);
        assertTrue(
                Files.isRegularFile(dir.resolve("out").resolve("firenet").resolve("summary.md")),
                "no summary.md under " + dir + File.separator + "out/firenet");
    }
}
