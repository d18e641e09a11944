package io.github.vecnet.examples.firenet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrayImageTest {

    @Test
    void writesReadableGrayscalePng(@TempDir Path dir) throws Exception {
        double[] values = {0, 0.5, 1, 2, -1, Double.NaN, 0.25, 0.75, 0.1};
        Path file = dir.resolve("x.png");
        GrayImage.write(file, values, 3, 0, 1);
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(3, read.getWidth());
        int[] expected = {0, 128, 255, 255, 0, 0, 64, 191, 26};
        for (int i = 0; i < 9; i++) {
            assertEquals(expected[i], read.getRaster().getSample(i % 3, i / 3, 0), "pixel " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> GrayImage.write(file, values, 3, 1, 1));
    }

    @Test
    void rowPutsImagesSideBySideWithTheirOwnRanges(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("row.png");
        GrayImage.writeRow(
                file,
                java.util.List.of(new double[] {1, 1, 1, 1}, new double[] {2, 2, 2, 2}),
                2,
                new double[][] {{0, 2}, {0, 4}},
                2);
        BufferedImage read = ImageIO.read(file.toFile());
        assertEquals(4 + 4 + 4, read.getWidth());
        assertEquals(4, read.getHeight());
        assertEquals(128, read.getRaster().getSample(0, 0, 0));
        assertEquals(128, read.getRaster().getSample(3, 3, 0)); // zoomed pixel block
        assertEquals(255, read.getRaster().getSample(5, 1, 0)); // the white gap
        assertEquals(128, read.getRaster().getSample(11, 3, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> GrayImage.writeRow(file, java.util.List.of(new double[4]), 2, new double[][] {{1, 0}}, 1));
    }
}
