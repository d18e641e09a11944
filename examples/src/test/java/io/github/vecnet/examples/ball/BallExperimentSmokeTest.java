package io.github.vecnet.examples.ball;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
class BallExperimentSmokeTest {
    @TempDir
    Path out;

    @Test
    void tinyRunWritesCsvPlotsAndSummary() throws Exception {
        // The smoke preset has the quick preset's shape (two d, two k, three models) on tiny data.
        List<ResultRow> rows = new BallExperiment().run(new RunContext(Preset.SMOKE, out, 1L, 1, null, null));
        assertFalse(rows.isEmpty());
        assertTrue(Files.size(out.resolve("ball.csv")) > 0);
        assertTrue(Files.readAllLines(out.resolve("ball.csv")).size() == 1 + 2 * 2 * 3);
        for (String png : new String[] {
            "mse_vs_k_d10.png", "mse_vs_k_d20.png", "mse_vs_d_A.png", "mse_vs_d_B.png", "mse_vs_d_C.png"
        }) {
            assertTrue(Files.size(out.resolve(png)) > 1000, png);
        }
        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("A < 0.5 x B"), summary);
    }
}
