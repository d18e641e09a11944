package io.github.vecnet.examples.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An XY plot saved as PNG through XChart (headless), with the house style in one place:
 * <ul>
 *   <li>every data series gets its own colour, and its {@link #fit} (the least-squares power law, slope in the
 *       legend) shares that colour;</li>
 *   <li>reference lines ({@link #dashed}, {@link #constant}: rates, bounds, a constant predictor) are grey;</li>
 *   <li>log axes span whole decades and carry a label at every decade; tick labels are plain decimals ("0.04",
 *       "1000"; "1e-05" only outside [1e-4, 1e7));</li>
 *   <li>a compact legend in a small font; a title on every plot (required).</li>
 * </ul>
 *
 * <pre>{@code
 * Plot.titled("Sup error vs m").xLabel("m").yLabel("error").logLog()
 *     .scatter("Linf", m, linf).fit("Linf fit", m, linf).dashed("m^-1", m, ref).savePng(dir.resolve("errors.png"));
 * }</pre>
 */
public final class Plot {
    static {
        // XChart draws through AWT; on servers and in CI there is no display.
        System.setProperty("java.awt.headless", "true");
    }

    /** Distinct, print-safe colours for data series (grey is reserved for references). */
    static final Color[] PALETTE = {
        new Color(0x1f77b4),
        new Color(0xd62728),
        new Color(0x2ca02c),
        new Color(0x9467bd),
        new Color(0xff7f0e),
        new Color(0x8c564b),
        new Color(0xe377c2),
        new Color(0x17becf),
        new Color(0xbcbd22)
    };

    static final Color REFERENCE = new Color(0x808080);

    private enum Kind {
        LINE,
        SCATTER,
        LINE_MARKERS,
        FIT,
        REFERENCE,
        CONSTANT
    }

    private record Series(String name, double[] x, double[] y, Kind kind, Color color) {}

    private final String title;
    private String xLabel = "x";
    private String yLabel = "y";
    private boolean logX;
    private boolean logY;
    private int width = 800;
    private int height = 560;
    private boolean legendInside;
    private int markerSize = 8;
    private final List<Series> series = new ArrayList<>();
    private int colours;

    private Plot(String title) {
        this.title = title;
    }

    /** A plot with a (required, non-blank) title. */
    public static Plot titled(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title: every plot needs a title");
        }
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

    /** Puts the legend inside the plot area (top right) instead of below it. */
    public Plot legendInside() {
        this.legendInside = true;
        return this;
    }

    /** Marker size in pixels for every series (default 8; dense scatters read better at 3 or 4). */
    public Plot markerSize(int pixels) {
        if (pixels < 1 || pixels > 30) {
            throw new IllegalArgumentException("markerSize: expected 1..30 pixels, got " + pixels);
        }
        this.markerSize = pixels;
        return this;
    }

    public Plot size(int widthPixels, int heightPixels) {
        if (widthPixels < 100 || heightPixels < 100) {
            throw new IllegalArgumentException(
                    "size: expected at least 100 x 100 pixels, got " + widthPixels + " x " + heightPixels);
        }
        this.width = widthPixels;
        this.height = heightPixels;
        return this;
    }

    /** A solid line without markers, in a new colour. */
    public Plot line(String name, double[] x, double[] y) {
        return add(name, x, y, Kind.LINE, nextColour());
    }

    /** A grey dashed reference line (a rate, a bound). */
    public Plot dashed(String name, double[] x, double[] y) {
        return add(name, x, y, Kind.REFERENCE, REFERENCE);
    }

    /**
     * A grey dotted horizontal line at {@code value} across the x-range of the series added so far (for instance the
     * error of the constant predictor); call it after the data series.
     */
    public Plot constant(String name, double value) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.x()) {
                if (Double.isFinite(v) && (!logX || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            throw new IllegalStateException("constant '" + name + "': add the data series first");
        }
        return add(name, new double[] {lo, hi}, new double[] {value, value}, Kind.CONSTANT, REFERENCE);
    }

    /** Markers only, in a new colour. */
    public Plot scatter(String name, double[] x, double[] y) {
        return add(name, x, y, Kind.SCATTER, nextColour());
    }

    /** A line with markers, in a new colour. */
    public Plot lineMarkers(String name, double[] x, double[] y) {
        return add(name, x, y, Kind.LINE_MARKERS, nextColour());
    }

    /**
     * Adds the least-squares power law through (x, y) as a dashed line named {@code "name (slope s)"}, in the colour of
     * the data series added last (call it right after the series it fits).
     */
    public Plot fit(String name, double[] x, double[] y) {
        LogLogFit fit = LogLogFit.fit(x, y);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        Color colour = PALETTE[Math.max(0, colours - 1) % PALETTE.length];
        String label = String.format(Locale.ROOT, "%s (slope %.3f)", name, fit.slope());
        return add(label, new double[] {lo, hi}, new double[] {fit.predict(lo), fit.predict(hi)}, Kind.FIT, colour);
    }

    private Color nextColour() {
        return PALETTE[colours++ % PALETTE.length];
    }

    private Plot add(String name, double[] x, double[] y, Kind kind, Color colour) {
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
        series.add(new Series(name, x.clone(), y.clone(), kind, colour));
        return this;
    }

    /** Renders and writes the PNG (parent directories are created). Non-positive points are dropped on log axes. */
    public Path savePng(Path file) throws IOException {
        if (series.isEmpty()) {
            throw new IllegalStateException("plot '" + title + "' has no series");
        }
        XYChart chart = new XYChartBuilder()
                .width(width)
                .height(height)
                .title(title)
                .xAxisTitle(xLabel)
                .yAxisTitle(yLabel)
                .build();
        chart.getStyler()
                .setLegendPosition(legendInside ? Styler.LegendPosition.InsideNE : Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.getStyler().setLegendPadding(4);
        chart.getStyler().setLegendSeriesLineLength(18);
        chart.getStyler().setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setMarkerSize(markerSize);
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setXAxisLogarithmicDecadeOnly(true);
        chart.getStyler().setYAxisLogarithmicDecadeOnly(true);
        chart.setCustomXAxisTickLabelsFormatter(Plot::tickLabel);
        chart.setCustomYAxisTickLabelsFormatter(Plot::tickLabel);
        double[] xRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] yRange = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Series s : series) {
            double[][] xy = positiveIfLog(s.x(), s.y());
            if (xy[0].length == 0) {
                continue;
            }
            for (int i = 0; i < xy[0].length; i++) {
                xRange[0] = Math.min(xRange[0], xy[0][i]);
                xRange[1] = Math.max(xRange[1], xy[0][i]);
                yRange[0] = Math.min(yRange[0], xy[1][i]);
                yRange[1] = Math.max(yRange[1], xy[1][i]);
            }
            XYSeries xs = chart.addSeries(s.name(), xy[0], xy[1]);
            xs.setLineColor(s.color());
            xs.setMarkerColor(s.color());
            switch (s.kind()) {
                case LINE:
                    xs.setMarker(SeriesMarkers.NONE);
                    xs.setLineStyle(new BasicStroke(1.5f));
                    break;
                case FIT:
                case REFERENCE:
                    xs.setMarker(SeriesMarkers.NONE);
                    xs.setLineStyle(new BasicStroke(
                            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                    break;
                case CONSTANT:
                    xs.setMarker(SeriesMarkers.NONE);
                    xs.setLineStyle(new BasicStroke(
                            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
                    break;
                case SCATTER:
                    xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    break;
                default:
                    break;
            }
        }
        // Whole decades on log axes, so that every decade has a labelled tick (no lone "100").
        if (logX && xRange[0] <= xRange[1]) {
            chart.getStyler().setXAxisMin(decadeBelow(xRange[0]));
            chart.getStyler().setXAxisMax(decadeAbove(xRange[1]));
        }
        if (logY && yRange[0] <= yRange[1]) {
            chart.getStyler().setYAxisMin(decadeBelow(yRange[0]));
            chart.getStyler().setYAxisMax(decadeAbove(yRange[1]));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String name = file.toString();
        String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        Path png = Path.of(base + ".png");
        // What XChart 4's deprecated BitmapEncoder.saveBitmap(chart, name, PNG) does, through its supported part.
        try (OutputStream out = Files.newOutputStream(png)) {
            ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", out);
        }
        return png;
    }

    static double decadeBelow(double v) {
        return StrictMath.pow(10, StrictMath.floor(StrictMath.log10(v) + 1e-9));
    }

    static double decadeAbove(double v) {
        return StrictMath.pow(10, StrictMath.ceil(StrictMath.log10(v) - 1e-9));
    }

    /** A plain decimal tick label: "0.04", "1000", "-2.5"; powers of ten written 1e-05 outside [1e-4, 1e6). */
    static String tickLabel(Double value) {
        double v = value;
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double a = Math.abs(v);
        if (a < 1e-4 || a >= 1e7) {
            return String.format(Locale.ROOT, "%.3g", v).replaceAll("\\.?0+e", "e");
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
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
