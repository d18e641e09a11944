package io.github.vecnet.examples.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.SmokeTests;
import io.github.vecnet.examples.common.CsvReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("smoke")
class SamplingSmokeTest {

    @Test
    void smokeRunWritesCsvPngAndSummary(@TempDir Path root) throws Exception {
        Path dir = SmokeTests.run("sampling", root);
        for (String csv :
                new String[] {"teacher_student.csv", "fooling.csv", "grid_rate.csv", "adcock_dexter.csv", "fig1.csv"}) {
            List<String[]> rows = CsvReader.read(dir.resolve(csv));
            assertTrue(rows.size() > 1, csv + " has no data rows");
        }
        List<String[]> ts = CsvReader.read(dir.resolve("teacher_student.csv"));
        assertEquals("d", ts.get(0)[0]);
        for (String png : new String[] {
            "teacher_student_d1.png",
            "grid_rate.png",
            "fig1.png",
            "fig1_error.png",
            "adcock_dexter_exp_cos_d2.png",
            "adcock_dexter_exp_cos5_d2.png",
            "adcock_dexter_halfspace_d2.png"
        }) {
            SmokeTests.assertPng(dir.resolve(png));
        }
        // The fooling rows must show bit-identical samples and learners.
        List<String[]> fooling = CsvReader.read(dir.resolve("fooling.csv"));
        for (String[] row : fooling.subList(1, fooling.size())) {
            assertEquals("true", row[5], String.join(",", row));
            assertEquals("true", row[6], String.join(",", row));
        }
    }
}
