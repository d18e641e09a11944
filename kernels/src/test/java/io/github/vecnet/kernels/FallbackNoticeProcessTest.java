package io.github.vecnet.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Starts child JVMs the way users do (class path, with and without an SLF4J provider, with and without the vector
 * module) and checks what they print on stderr: the fallback notice appears exactly once in every set-up, and
 * {@code vecnet.kernels.impl=panama} without the module is an error.
 */
class FallbackNoticeProcessTest {
    private static final String NOTICE = "vector implementation not used: ";

    private record Run(int exitCode, String stderr) {}

    private static String location(Class<?> type) throws URISyntaxException {
        return Paths.get(
                        type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    private static Run run(boolean withSlf4jSimple, List<String> jvmArgs) throws Exception {
        List<String> path = new ArrayList<>(
                List.of(location(Kernels.class), location(NoticeProbe.class), location(LoggerFactory.class)));
        if (withSlf4jSimple) {
            // By name: the tests run on the module path, where this module does not read org.slf4j.simple.
            path.add(location(Class.forName("org.slf4j.simple.SimpleLogger")));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, path));
        command.add(NoticeProbe.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("child JVM did not finish: " + command);
        }
        return new Run(process.exitValue(), new String(err, StandardCharsets.UTF_8));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void withoutAnSlf4jProviderTheNoticeReachesStderrOnce() throws Exception {
        Run run = run(false, List.of());
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(1, count(run.stderr(), NOTICE), run.stderr());
        assertTrue(run.stderr().contains("WARNING: vecnet kernels: scalar, JDK "), run.stderr());
        assertTrue(
                run.stderr()
                        .contains("jdk.incubator.vector is not in the boot layer; to enable it, run java with "
                                + "--add-modules=jdk.incubator.vector"),
                run.stderr());
    }

    @Test
    void withAnSlf4jProviderTheNoticeGoesThroughSlf4jOnly() throws Exception {
        Run run = run(true, List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(1, count(run.stderr(), NOTICE), run.stderr());
        assertTrue(run.stderr().contains("WARN io.github.vecnet.kernels - vecnet kernels: scalar"), run.stderr());
        assertFalse(run.stderr().contains("WARNING: vecnet"), "not also through System.Logger: " + run.stderr());
    }

    @Test
    void requiredPanamaWithoutTheModuleFailsAtFirstUse() throws Exception {
        Run run = run(false, List.of("-Dvecnet.kernels.impl=panama"));
        assertNotEquals(0, run.exitCode(), run.stderr());
        assertTrue(
                run.stderr()
                        .contains("java.lang.IllegalStateException: vecnet.kernels.impl=panama, but the vector "
                                + "implementation cannot be used: jdk.incubator.vector is not in the boot layer"),
                run.stderr());
        assertEquals(0, count(run.stderr(), NOTICE), "an error, not a fallback notice: " + run.stderr());
    }

    @Test
    void unknownImplValueIsNamedWithoutAdvisingTheModuleFlag() throws Exception {
        Run run = run(false, List.of("--add-modules=jdk.incubator.vector", "-Dvecnet.kernels.impl=avx9000"));
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(1, count(run.stderr(), NOTICE), run.stderr());
        String notice = run.stderr().substring(run.stderr().indexOf(NOTICE));
        assertTrue(notice.contains("unknown vecnet.kernels.impl=avx9000"), notice);
        assertFalse(notice.contains("--add-modules"), notice);
    }
}
