package io.github.vecnet.examples.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An XY plot saved as PNG through XChart (headless): line or scatter series, optional log axes, and fitted power
 * laws whose slope appears in the legend. Usage:
 *
 * <pre>{@code
 * Plot.titled("Sup error vs m").xLabel("m").yLabel("error").logLog()
 *     .scatter("Linf", m, linf).fit("Linf fit", m, linf).line("m^-1", m, ref).savePng(dir.resolve("errors.png"));
 * }</pre>
 */
public final class Plot {
  static {
    // XChart draws through AWT; on servers and in CI there is no display.
    System.setProperty("java.awt.headless", "true");
  }

  private enum Kind { LINE, SCATTER, LINE_MARKERS, DASHED }

  private record Series(String name, double[] x, double[] y, Kind kind) {}

  private final String title;
  private String xLabel = "x";
  private String yLabel = "y";
  private boolean logX;
  private boolean logY;
  private int width = 800;
  private int height = 560;
  private final List<Series> series = new ArrayList<>();

  private Plot(String title) {
    this.title = title;
  }

  public static Plot titled(String title) {
    return new Plot(title);
  }

  public Plot xLabel(String label) {
    this.xLabel = label;
    return this;
  }

  public Plot yLabel(String label) {
    this.yLabel = label;
    return this;
  }

  public Plot logX() {
    this.logX = true;
    return this;
  }

  public Plot logY() {
    this.logY = true;
    return this;
  }

  public Plot logLog() {
    return logX().logY();
  }

  public Plot size(int widthPixels, int heightPixels) {
    if (widthPixels < 100 || heightPixels < 100) {
      throw new IllegalArgumentException("size: expected at least 100 x 100 pixels, got " + widthPixels + " x "
          + heightPixels);
    }
    this.width = widthPixels;
    this.height = heightPixels;
    return this;
  }

  /** A solid line without markers. */
  public Plot line(String name, double[] x, double[] y) {
    return add(name, x, y, Kind.LINE);
  }

  /** A dashed line (reference rates, bounds). */
  public Plot dashed(String name, double[] x, double[] y) {
    return add(name, x, y, Kind.DASHED);
  }

  /** Markers only. */
  public Plot scatter(String name, double[] x, double[] y) {
    return add(name, x, y, Kind.SCATTER);
  }

  /** A line with markers. */
  public Plot lineMarkers(String name, double[] x, double[] y) {
    return add(name, x, y, Kind.LINE_MARKERS);
  }

  /** Adds the least-squares power law through (x, y) as a dashed line named {@code "name (slope s)"}. */
  public Plot fit(String name, double[] x, double[] y) {
    LogLogFit fit = LogLogFit.fit(x, y);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    String label = String.format(Locale.ROOT, "%s (slope %.3f)", name, fit.slope());
    return add(label, new double[] {lo, hi}, new double[] {fit.predict(lo), fit.predict(hi)}, Kind.DASHED);
  }

  private Plot add(String name, double[] x, double[] y, Kind kind) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("name: expected a series name");
    }
    if (x == null || y == null || x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("x, y of series '" + name + "': expected equal non-zero lengths");
    }
    for (Series s : series) {
      if (s.name().equals(name)) {
        throw new IllegalArgumentException("name: series '" + name + "' already exists");
      }
    }
    series.add(new Series(name, x.clone(), y.clone(), kind));
    return this;
  }

  /** Renders and writes the PNG (parent directories are created). Non-positive points are dropped on log axes. */
  public Path savePng(Path file) throws IOException {
    if (series.isEmpty()) {
      throw new IllegalStateException("plot '" + title + "' has no series");
    }
    XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel)
        .yAxisTitle(yLabel).build();
    Styler styler = chart.getStyler();
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setXAxisLogarithmic(logX);
    chart.getStyler().setYAxisLogarithmic(logY);
    styler.setChartBackgroundColor(java.awt.Color.WHITE);
    for (Series s : series) {
      double[][] xy = positiveIfLog(s.x(), s.y());
      if (xy[0].length == 0) {
        continue;
      }
      XYSeries xs = chart.addSeries(s.name(), xy[0], xy[1]);
      switch (s.kind()) {
        case LINE:
          xs.setMarker(SeriesMarkers.NONE);
          break;
        case DASHED:
          xs.setMarker(SeriesMarkers.NONE);
          xs.setLineStyle(new java.awt.BasicStroke(1.5f, java.awt.BasicStroke.CAP_BUTT,
              java.awt.BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
          break;
        case SCATTER:
          xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
          break;
        default:
          break;
      }
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    String name = file.toString();
    String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
    BitmapEncoder.saveBitmap(chart, base, BitmapEncoder.BitmapFormat.PNG);
    return Path.of(base + ".png");
  }

  private double[][] positiveIfLog(double[] x, double[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (keep(x[i], y[i])) {
        n++;
      }
    }
    double[] px = new double[n];
    double[] py = new double[n];
    int j = 0;
    for (int i = 0; i < x.length; i++) {
      if (keep(x[i], y[i])) {
        px[j] = x[i];
        py[j++] = y[i];
      }
    }
    return new double[][] {px, py};
  }

  private boolean keep(double x, double y) {
    return Double.isFinite(x) && Double.isFinite(y) && (!logX || x > 0) && (!logY || y > 0);
  }
}
