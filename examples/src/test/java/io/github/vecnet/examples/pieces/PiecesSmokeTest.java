package io.github.vecnet.examples.pieces;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.SmokeTests;
import io.github.vecnet.examples.common.CsvReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("smoke")
class PiecesSmokeTest {

    @Test
    void smokeRunWritesCsvPngAndSummary(@TempDir Path root) throws Exception {
        Path dir = SmokeTests.run("pieces", root);
        for (String csv :
                new String[] {"constructions.csv", "crosscheck.csv", "training.csv", "construction_training.csv"}) {
            assertTrue(CsvReader.read(dir.resolve(csv)).size() > 1, csv + " has no data rows");
        }
        for (String png : new String[] {
            "pieces_vs_step.png", "pieces_vs_neurons.png", "construction_sawtooth.png", "construction_yarotsky.png"
        }) {
            SmokeTests.assertPng(dir.resolve(png));
        }
    }
}
