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
