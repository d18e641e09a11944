package io.github.vecnet.examples.firenet;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes an n x n row-major real image as an 8-bit grayscale PNG (headless-safe: no AWT windowing involved). */
public final class GrayImage {
  private GrayImage() {}

  /** Linear map [low, high] -> [0, 255], values outside clipped. */
  public static void write(Path file, double[] values, int n, double low, double high) throws IOException {
    if (values == null || n < 1 || values.length != n * n) {
      throw new IllegalArgumentException("values must have length n*n for n = " + n);
    }
    if (!(high > low)) {
      throw new IllegalArgumentException("need high > low, got [" + low + ", " + high + "]");
    }
    BufferedImage image = new BufferedImage(n, n, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster raster = image.getRaster();
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        raster.setSample(c, r, 0, toByte(values[r * n + c], low, high));
      }
    }
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer available for " + file);
    }
  }

  /**
   * Writes several n x n images side by side (4 white pixels apart), each with its own [low, high] range:
   * {@code ranges[i] = {low_i, high_i}}.
   */
  public static void writeRow(Path file, java.util.List<double[]> images, int n, double[][] ranges)
      throws IOException {
    if (images == null || images.isEmpty() || ranges == null || ranges.length != images.size()) {
      throw new IllegalArgumentException("need one [low, high] range per image and at least one image");
    }
    int gap = 4;
    int width = images.size() * n + (images.size() - 1) * gap;
    BufferedImage image = new BufferedImage(width, n, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster raster = image.getRaster();
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < n; y++) {
        raster.setSample(x, y, 0, 255);
      }
    }
    for (int k = 0; k < images.size(); k++) {
      double[] values = images.get(k);
      if (values == null || values.length != n * n || ranges[k] == null || ranges[k].length != 2
          || !(ranges[k][1] > ranges[k][0])) {
        throw new IllegalArgumentException("image " + k + ": need n*n values and a range with high > low");
      }
      int x0 = k * (n + gap);
      for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
          raster.setSample(x0 + c, r, 0, toByte(values[r * n + c], ranges[k][0], ranges[k][1]));
        }
      }
    }
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer available for " + file);
    }
  }

  static int toByte(double value, double low, double high) {
    double t = (value - low) / (high - low);
    if (!(t > 0)) {
      return 0; // also maps NaN to black rather than failing the whole picture
    }
    return (int) Math.round(Math.min(1.0, t) * 255);
  }

  /** Largest value (0 for an empty or all-negative array): a convenient upper end for error maps. */
  public static double max(double[] values) {
    double m = 0;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }
}
