package io.github.vecnet.examples.firenet.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Additive ellipse phantoms: the modified Shepp-Logan phantom and random ellipse images for training. */
public final class Phantoms {
    private Phantoms() {}

    /**
     * The standard 10-ellipse Shepp-Logan table with Toft's "modified" intensities (better contrast), as in MATLAB's
     * {@code phantom('Modified Shepp-Logan')}; values lie in [0, 1].
     */
    public static List<Ellipse> modifiedSheppLoganTable() {
        return List.of(
                new Ellipse(1.0, 0.69, 0.92, 0, 0, 0),
                new Ellipse(-0.8, 0.6624, 0.8740, 0, -0.0184, 0),
                new Ellipse(-0.2, 0.1100, 0.3100, 0.22, 0, -18),
                new Ellipse(-0.2, 0.1600, 0.4100, -0.22, 0, 18),
                new Ellipse(0.1, 0.2100, 0.2500, 0, 0.35, 0),
                new Ellipse(0.1, 0.0460, 0.0460, 0, 0.1, 0),
                new Ellipse(0.1, 0.0460, 0.0460, 0, -0.1, 0),
                new Ellipse(0.1, 0.0460, 0.0230, -0.08, -0.605, 0),
                new Ellipse(0.1, 0.0230, 0.0230, 0, -0.606, 0),
                new Ellipse(0.1, 0.0230, 0.0460, 0.06, -0.605, 0));
    }

    /** The modified Shepp-Logan phantom on an n x n grid (row 0 = top, y = +1). */
    public static double[] modifiedSheppLogan(int n) {
        return render(n, modifiedSheppLoganTable());
    }

    /**
     * Renders additive ellipses on an n x n grid with MATLAB's pixel coordinates: pixel (r, c) sits at
     * x = (c - (n-1)/2) / ((n-1)/2), y = ((n-1)/2 - r) / ((n-1)/2).
     */
    public static double[] render(int n, List<Ellipse> ellipses) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2, got " + n);
        }
        double[] image = new double[n * n];
        double half = (n - 1) / 2.0;
        for (Ellipse e : ellipses) {
            double phi = Math.toRadians(e.angleDegrees());
            double cos = StrictMath.cos(phi);
            double sin = StrictMath.sin(phi);
            for (int r = 0; r < n; r++) {
                double y = (half - r) / half;
                for (int c = 0; c < n; c++) {
                    double x = (c - half) / half;
                    if (e.contains(x, y, cos, sin)) {
                        image[r * n + c] += e.intensity();
                    }
                }
            }
        }
        return image;
    }

    /**
     * A random ellipse image: a bright elliptical "body" of intensity 0.5-1 with {@code inner} smaller ellipses of
     * intensity in [-0.3, 0.3] inside it, clipped to [0, 1]. Deterministic for a given {@link Random}.
     */
    public static double[] randomEllipses(int n, int inner, Random random) {
        List<Ellipse> list = new ArrayList<>();
        double ax = 0.55 + 0.3 * random.nextDouble();
        double ay = 0.55 + 0.3 * random.nextDouble();
        list.add(new Ellipse(
                0.5 + 0.5 * random.nextDouble(),
                ax,
                ay,
                0.1 * (random.nextDouble() - 0.5),
                0.1 * (random.nextDouble() - 0.5),
                180 * random.nextDouble()));
        for (int i = 0; i < inner; i++) {
            double size = 0.05 + 0.25 * random.nextDouble();
            list.add(new Ellipse(
                    0.6 * (random.nextDouble() - 0.5),
                    size,
                    size * (0.4 + 0.6 * random.nextDouble()),
                    ax * 0.8 * (random.nextDouble() - 0.5) * 2 * 0.7,
                    ay * 0.8 * (random.nextDouble() - 0.5) * 2 * 0.7,
                    180 * random.nextDouble()));
        }
        double[] image = render(n, list);
        for (int i = 0; i < image.length; i++) {
            image[i] = Math.min(1.0, Math.max(0.0, image[i]));
        }
        return image;
    }
}
