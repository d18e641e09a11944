package io.github.vecnet.examples.firenet;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
     * Writes several n x n images side by side (4 white pixels apart), each with its own [low, high] range
     * ({@code ranges[i] = {low_i, high_i}}), every pixel drawn as a {@code zoom x zoom} block.
     */
    public static void writeRow(Path file, List<double[]> images, int n, double[][] ranges, int zoom)
            throws IOException {
        if (zoom < 1) {
            throw new IllegalArgumentException("zoom must be >= 1, got " + zoom);
        }
        if (images == null || images.isEmpty() || ranges == null || ranges.length != images.size()) {
            throw new IllegalArgumentException("need one [low, high] range per image and at least one image");
        }
        int gap = 4;
        int side = n * zoom;
        int width = images.size() * side + (images.size() - 1) * gap;
        BufferedImage image = new BufferedImage(width, side, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < side; y++) {
                raster.setSample(x, y, 0, 255);
            }
        }
        for (int k = 0; k < images.size(); k++) {
            double[] values = images.get(k);
            if (values == null
                    || values.length != n * n
                    || ranges[k] == null
                    || ranges[k].length != 2
                    || !(ranges[k][1] > ranges[k][0])) {
                throw new IllegalArgumentException("image " + k + ": need n*n values and a range with high > low");
            }
            int x0 = k * (side + gap);
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    raster.setSample(
                            x0 + c, r, 0, toByte(values[(r / zoom) * n + c / zoom], ranges[k][0], ranges[k][1]));
                }
            }
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    /**
     * As {@link #writeRow(Path, List, int, double[][], int)}, with a caption strip above the panels: one
     * caption per image, drawn in black over its panel (long captions are cut to the panel's width).
     */
    public static void writeCaptionedRow(
            Path file, List<double[]> images, List<String> captions, int n, double[][] ranges, int zoom)
            throws IOException {
        if (captions == null || images == null || captions.size() != images.size()) {
            throw new IllegalArgumentException("need one caption per image");
        }
        Path plain = file.resolveSibling(file.getFileName() + ".tmp.png");
        writeRow(plain, images, n, ranges, zoom);
        BufferedImage row = ImageIO.read(plain.toFile());
        Files.deleteIfExists(plain);
        int side = n * zoom;
        int strip = 32;
        BufferedImage out = new BufferedImage(row.getWidth(), row.getHeight() + strip, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(row, 0, strip, null);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (int k = 0; k < captions.size(); k++) {
                String[] lines = captions.get(k).split("\n", 2);
                int x0 = k * (side + 4) + 2;
                for (int l = 0; l < lines.length; l++) {
                    Shape clip = g.getClip();
                    g.clipRect(k * (side + 4), 0, side, strip);
                    g.drawString(lines[l], x0, 13 + 14 * l);
                    g.setClip(clip);
                }
            }
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(out, "png", file.toFile())) {
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
