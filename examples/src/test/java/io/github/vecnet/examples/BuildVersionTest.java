package io.github.vecnet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildVersionTest {
    private static String projectVersion() {
        String version = System.getProperty("vecnet.test.projectVersion");
        assertNotNull(version, "surefire must pass vecnet.test.projectVersion (examples/pom.xml)");
        return version;
    }

    @Test
    void theVersionIsTheBuildsVersion() {
        assertEquals(projectVersion(), BuildVersion.current());
    }

    @Test
    void dashDashVersionPrintsTheBuildsVersion() {
        StringWriter out = new StringWriter();
        int code = Main.execute(
                List.of(), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--version");
        assertEquals(0, code);
        String first = out.toString().lines().findFirst().orElse("");
        assertEquals("vecnet-examples " + projectVersion(), first);
        assertTrue(out.toString().contains("JVM: " + System.getProperty("java.version")), out.toString());
    }
}
