package io.github.vecnet.examples.intrinsic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
  @TempDir
  Path dir;

  private static byte[] sampleData() {
    byte[] data = new byte[3 * 4 * 5];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 37 + 200); // wraps: exercises values above 127
    }
    return data;
  }

  @Test
  void readsRawAndGzipFiles() throws IOException {
    byte[] data = sampleData();
    byte[] content = IdxTestFiles.idxBytes(new int[] {3, 4, 5}, data);
    for (boolean gzip : new boolean[] {false, true}) {
      Path file = dir.resolve(gzip ? "a.gz" : "a");
      IdxTestFiles.write(file, content, gzip);
      IdxFile idx = IdxReader.read(file);
      assertArrayEquals(new int[] {3, 4, 5}, idx.dimensions());
      assertArrayEquals(data, idx.data());
      assertEquals(3, idx.count());
      assertEquals(20, idx.itemSize());
      assertEquals((7 * 37 + 200) % 256, idx.unsigned(7));
    }
  }

  @Test
  void truncatedRawFileGivesClearError() throws IOException {
    byte[] content = IdxTestFiles.idxBytes(new int[] {3, 4, 5}, sampleData());
    Path file = dir.resolve("short");
    Files.write(file, Arrays.copyOf(content, content.length - 7));
    IOException e = assertThrows(IOException.class, () -> IdxReader.read(file));
    assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("60")
        && e.getMessage().contains("53"), e.getMessage());
  }

  @Test
  void truncatedGzipFileGivesClearError() throws IOException {
    byte[] content = IdxTestFiles.idxBytes(new int[] {3, 4, 5}, sampleData());
    Path whole = dir.resolve("whole.gz");
    IdxTestFiles.write(whole, content, true);
    byte[] gz = Files.readAllBytes(whole);
    Path file = dir.resolve("short.gz");
    Files.write(file, Arrays.copyOf(gz, gz.length / 2));
    IOException e = assertThrows(IOException.class, () -> IdxReader.read(file));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void headerCutShortGivesClearError() throws IOException {
    Path file = dir.resolve("header");
    Files.write(file, new byte[] {0, 0, 8, 3, 0, 0});
    IOException e = assertThrows(IOException.class, () -> IdxReader.read(file));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void rejectsWrongMagicAndType() throws IOException {
    Path notIdx = dir.resolve("text");
    Files.write(notIdx, "hello world, not idx".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(assertThrows(IOException.class, () -> IdxReader.read(notIdx)).getMessage().contains("not an IDX"));
    Path floats = dir.resolve("floats");
    Files.write(floats, new byte[] {0, 0, 0x0d, 1, 0, 0, 0, 1, 1, 2, 3, 4});
    assertTrue(assertThrows(IOException.class, () -> IdxReader.read(floats)).getMessage().contains("0xd"));
  }

  @Test
  void missingFashionMnistNamesPackageAndOption() {
    DataNotFoundException e = assertThrows(DataNotFoundException.class, () -> FashionMnist.load(dir));
    assertTrue(e.getMessage().contains("dataset-fashion-mnist"), e.getMessage());
    assertTrue(e.getMessage().contains("--data"), e.getMessage());
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
  }

  @Test
  void loadsGeneratedFashionMnist() throws IOException {
    IdxTestFiles.writeSyntheticFashion(dir, 50, 20, 1L);
    FashionMnist data = FashionMnist.load(dir);
    assertEquals(50, data.trainCount());
    assertEquals(20, data.testCount());
    assertEquals(784, data.pixels());
    assertEquals(50 * 784, data.trainImages().length);
    for (float v : data.trainImages()) {
      assertTrue(v >= 0 && v <= 1);
    }
    for (int label : data.testLabels()) {
      assertTrue(label >= 0 && label <= 9);
    }
  }
}
