package io.github.vecnet.examples.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
class IntrinsicExperimentSmokeTest {
    @TempDir
    Path dir;

    @Test
    void tinyRunOnGeneratedFashionFilesWritesEverything() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        IdxTestFiles.writeSyntheticFashion(data, 300, 100, 3L);
        Path out = Files.createDirectories(dir.resolve("out"));
        List<ResultRow> rows = new IntrinsicExperiment().run(new RunContext(Preset.SMOKE, out, 1L, 1, null, data));
        assertFalse(rows.isEmpty());
        for (String file : new String[] {"approximation.csv", "fashion.csv", "summary.md"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        for (String png : new String[] {"error_vs_n_d1.png", "error_vs_n_d2.png", "fashion_accuracy.png"}) {
            assertTrue(Files.size(out.resolve(png)) > 1000, png);
        }
        assertEquals(
                1 + 2 * 6 + 2 * 3,
                Files.readAllLines(out.resolve("approximation.csv")).size());
        assertEquals(1 + 4, Files.readAllLines(out.resolve("fashion.csv")).size());
        // Function names contain '|': escaped so that the markdown tables keep their columns.
        assertTrue(Files.readString(out.resolve("summary.md")).contains("| \\|x-1/3\\| | 1 | 1 |"));
        ResultRow counts = rows.stream()
                .filter(r -> r.target().contains("n + 2 trainable"))
                .findFirst()
                .orElseThrow();
        assertTrue(counts.pass(), counts.measured());
    }

    @Test
    void missingFashionDataIsReportedAsSkippedNotACrash() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path out = Files.createDirectories(dir.resolve("out2"));
        List<ResultRow> rows = new IntrinsicExperiment().run(new RunContext(Preset.SMOKE, out, 1L, 1, null, empty));
        ResultRow skipped = rows.stream()
                .filter(r -> r.label().contains("Fashion"))
                .findFirst()
                .orElseThrow();
        assertEquals(ResultRow.Status.SKIPPED, skipped.status(), "a missing data set is SKIPPED, never FAIL");
        assertTrue(
                skipped.note().contains("dataset-fashion-mnist")
                        && skipped.note().contains("--data"),
                skipped.note());
        assertTrue(rows.stream()
                .noneMatch(r -> r.status() == ResultRow.Status.FAIL && r.label().contains("Fashion")));
        assertTrue(Files.readString(out.resolve("summary.md")).contains("dataset-fashion-mnist"));
        assertTrue(Files.size(out.resolve("error_vs_n_d1.png")) > 1000);
    }
}
