package io.github.vecnet.examples.firenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.Experiments;
import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.RunContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("smoke")
class FirenetExperimentSmokeTest {

    @Test
    void smokeRunWritesCsvPngAndSummary(@TempDir Path dir) throws Exception {
        assertTrue(Experiments.all().stream().anyMatch(e -> e.name().equals("firenet")), "registered as firenet");
        RunContext context = new RunContext(Preset.SMOKE, dir, 1, 1, null, null);
        List<ResultRow> rows = new FirenetExperiment().run(context);
        assertEquals(8, rows.size());
        for (String file : new String[] {
            "inexact_input.csv",
            "convergence_N32.csv",
            "restart_ratios_N32.csv",
            "speed.csv",
            "stability.csv",
            "mlp_training.csv",
            "gap_N32.png",
            "relative_error_N32.png",
            "phantom_N32.png",
            "zero_filled_N32.png",
            "firenet_N32_p20.png",
            "error_N32_p20.png",
            "stability_amplification.png",
            "stability_panel.png",
            "reconstructions_N32.png",
            "stability_firenet_attacked.png",
            "stability_mlp_perturbation.png",
            "stability_mlp_perturbed_input.png",
            "summary.md"
        }) {
            Path p = dir.resolve(file);
            assertTrue(Files.isRegularFile(p) && Files.size(p) > 0, "missing or empty: " + file);
        }
        String summary = Files.readString(dir.resolve("summary.md"));
        for (ResultRow row : rows) {
            assertTrue(summary.contains(row.measured().replace("|", "\\|")), "summary lists " + row.target());
        }
        List<String> inexact = Files.readAllLines(dir.resolve("inexact_input.csv"));
        assertEquals(10, inexact.size(), "header + 9 cells");
    }
}
