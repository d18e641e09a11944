package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.ResultRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

    @Test
    void rendersTitleTextTableTotalsProvenanceAndSections(@TempDir Path dir) throws Exception {
        Path file = Summary.titled("Sampling")
                .text("Quick preset.")
                .rows(List.of(
                        ResultRow.claim("sampling", "slope", "slope L1 | L2")
                                .from("paper, Fig. 3")
                                .judged("-0.51", true),
                        ResultRow.identity("sampling", "ratio", "Linf >= 3 x L2")
                                .from("construction")
                                .judged("2.1\nat m=100", false),
                        ResultRow.protocol("sampling", "later", "judged later")
                                .from("EXPERIMENTS.md [P]")
                                .notJudged("0.3", Preset.QUICK, Preset.STANDARD)))
                .section("Files", "errors.csv")
                .write(dir.resolve("out/summary.md"));
        String expected = "# Sampling\n\n"
                + "Quick preset.\n\n"
                + "| experiment | kind | row | target | measured | status |\n"
                + "|---|---|---|---|---|---|\n"
                + "| sampling | claim | slope | slope L1 \\| L2 | -0.51 | PASS |\n"
                + "| sampling | identity | ratio | Linf >= 3 x L2 | 2.1 at m=100 | **FAIL** |\n"
                + "| sampling | protocol | later | judged later | 0.3 | NOT JUDGED (judged by --standard) |\n"
                + "\n"
                + "3 rows: 1 PASS, 1 FAIL, 1 NOT JUDGED, 0 SKIPPED; 0 of 1 identities hold.\n\n"
                + "## Where each target comes from\n\n"
                + "- slope (claim): paper, Fig. 3\n"
                + "- ratio (identity): construction\n"
                + "- later (protocol): EXPERIMENTS.md [P]\n"
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
