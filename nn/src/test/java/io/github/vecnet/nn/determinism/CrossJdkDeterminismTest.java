package io.github.vecnet.nn.determinism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Trains the same small networks in child JVMs on every JDK 17+ installed beside the test's own (the project's
 * machines have JDK 17 and Temurin 25) and asserts bit-identical parameters and losses, on the scalar fallback and
 * on the vector path: the promise of docs/DETERMINISM.md that a seed gives the same bits on another JDK version.
 * Skipped when only one JDK is installed.
 */
class CrossJdkDeterminismTest {

    @Test
    void trainingIsBitIdenticalAcrossInstalledJdks() throws Exception {
        List<Path> jdks = installedJdks();
        assumeTrue(jdks.size() >= 2, "only one JDK 17+ installed (" + jdks + "): nothing to compare");
        for (String impl : new String[] {"scalar", "panama"}) {
            Map<Path, String> digests = new LinkedHashMap<>();
            for (Path java : jdks) {
                digests.put(java, runProbe(java, impl));
            }
            assertEquals(
                    1,
                    new LinkedHashSet<>(digests.values()).size(),
                    impl + " path: training bits differ between JDKs: " + digests);
        }
    }

    /** Distinct java launchers (symlinks resolved) of JDK 17 or newer: the test's own and those in /usr/lib/jvm. */
    private static List<Path> installedJdks() throws IOException {
        Set<Path> found = new LinkedHashSet<>();
        found.add(Path.of(System.getProperty("java.home"), "bin", "java").toRealPath());
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(jvms)) {
                for (Path dir : dirs) {
                    Path java = dir.resolve("bin").resolve("java");
                    if (Files.isExecutable(java) && featureVersion(dir) >= 17) {
                        found.add(java.toRealPath());
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The feature version from the JDK's {@code release} file, or 0 when it cannot be read. */
    private static int featureVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(v.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static String runProbe(Path java, String impl) throws Exception {
        String classPath = System.getProperty("java.class.path");
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && !modulePath.isEmpty()) {
            classPath = classPath + File.pathSeparator + modulePath;
        }
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-Xshare:auto",
                "-Dvecnet.kernels.impl=" + impl,
                "-Dvecnet.kernels.threads=2",
                "-cp",
                classPath));
        if (impl.equals("panama")) {
            command.add(1, "--add-modules=jdk.incubator.vector");
        }
        command.add(DeterminismProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(java + " probe timed out");
        }
        assertEquals(0, process.exitValue(), java + " probe failed:\n" + output);
        for (String line : output.split("\n")) {
            if (line.startsWith("digest ")) {
                return line.substring("digest ".length()).trim();
            }
        }
        throw new AssertionError(java + " probe printed no digest:\n" + output);
    }
}
