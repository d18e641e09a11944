package io.github.vecnet.examples.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.Preset;
import io.github.vecnet.examples.RunContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FULL run resumes from its CSV: finished runs are skipped and the result equals an uninterrupted run. */
class TeacherStudentResumeTest {

    @Test
    void interruptedRunResumesToTheSameBitsWithoutRedoingFinishedRuns(@TempDir Path dir) throws Exception {
        SamplingSettings tiny = SamplingSettings.of(Preset.SMOKE);
        // FULL turns resuming on; the tiny settings keep the test short.
        RunContext ctx = new RunContext(Preset.FULL, dir, 3, 1, null, null);
        TeacherStudent.run(tiny, ctx, "sampling", new ArrayList<>());
        Path csv = dir.resolve("teacher_student.csv");
        String complete = Files.readString(csv, StandardCharsets.UTF_8);
        List<String> lines = complete.lines().toList();
        int runs = tiny.ms().size();
        int rowsPerRun = (lines.size() - 1) / runs;
        assertEquals(1 + runs * rowsPerRun, lines.size());

        // Interrupt: keep the first run and half a line of the second.
        String partial = String.join("\n", lines.subList(0, 1 + rowsPerRun)) + "\n"
                + lines.get(1 + rowsPerRun).substring(0, 5);
        Files.writeString(csv, partial, StandardCharsets.UTF_8);
        long before = Files.getLastModifiedTime(csv).toMillis();
        TeacherStudent.run(tiny, ctx, "sampling", new ArrayList<>());
        assertEquals(complete, Files.readString(csv, StandardCharsets.UTF_8));
        assertTrue(Files.getLastModifiedTime(csv).toMillis() >= before);

        // A complete file: nothing is redone, nothing appended.
        TeacherStudent.run(tiny, ctx, "sampling", new ArrayList<>());
        assertEquals(complete, Files.readString(csv, StandardCharsets.UTF_8));
    }
}
