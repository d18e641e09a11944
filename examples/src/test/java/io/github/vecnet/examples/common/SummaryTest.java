package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vecnet.examples.ResultRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

  @Test
  void rendersTitleTextTableAndSections(@TempDir Path dir) throws Exception {
    Path file = Summary.titled("Sampling")
        .text("Quick preset.")
        .rows(List.of(new ResultRow("sampling", "slope L1 | L2", "-0.51", true),
            new ResultRow("sampling", "Linf >= 3 x L2", "2.1\nat m=100", false)))
        .section("Files", "errors.csv")
        .write(dir.resolve("out/summary.md"));
    String expected = "# Sampling\n\n"
        + "Quick preset.\n\n"
        + "| experiment | target | measured | result |\n"
        + "|---|---|---|---|\n"
        + "| sampling | slope L1 \\| L2 | -0.51 | PASS |\n"
        + "| sampling | Linf >= 3 x L2 | 2.1 at m=100 | **FAIL** |\n"
        + "\n"
        + "## Files\n\n"
        + "errors.csv\n";
    assertEquals(expected, Files.readString(file));
  }

  @Test
  void blankTitleIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Summary.titled(" "));
  }
}
