package io.github.vecnet.examples.pieces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.examples.Experiments;
import io.github.vecnet.examples.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed, different thread counts: bit-identical CSVs. */
@Tag("smoke")
class PiecesDeterminismTest {

    @Test
    void threadCountDoesNotChangeTheResults(@TempDir Path root) throws Exception {
        for (String threads : List.of("1", "2")) {
            int code = Main.execute(
                    Experiments.all(),
                    new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()),
                    "run",
                    "pieces",
                    "--smoke",
                    "--seed",
                    "5",
                    "--threads",
                    threads,
                    "--out",
                    root.resolve("t" + threads).toString());
            assertEquals(0, code);
        }
        for (String csv : List.of("training.csv", "construction_training.csv", "crosscheck.csv")) {
            assertEquals(
                    Files.readString(root.resolve("t1/pieces/" + csv)),
                    Files.readString(root.resolve("t2/pieces/" + csv)),
                    csv);
        }
    }
}
