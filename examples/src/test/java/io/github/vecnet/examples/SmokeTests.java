package io.github.vecnet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs one experiment through the launcher with the hidden smoke preset and checks what it wrote. */
public final class SmokeTests {
  private SmokeTests() {}

  public static Path run(String experiment, Path root) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(Experiments.all(), new PrintWriter(out, true), new PrintWriter(err, true), "run",
        experiment, "--smoke", "--threads", "2", "--out", root.toString());
    assertEquals(0, code, "launcher output:\n" + out + err);
    Path dir = root.resolve(experiment);
    assertTrue(Files.size(dir.resolve("summary.md")) > 200);
    String summary = Files.readString(dir.resolve("summary.md"));
    assertTrue(summary.contains("| experiment | target | measured | result |"), summary);
    assertTrue(out.toString().contains(experiment), out.toString());
    return dir;
  }

  public static void assertPng(Path file) throws IOException {
    byte[] head = Files.readAllBytes(file);
    assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', file.toString());
  }
}
