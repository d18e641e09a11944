package io.github.vecnet.examples.firenet.imaging;

/**
 * One ellipse of an additive phantom, in the [-1, 1]^2 coordinates of MATLAB's {@code phantom} (x to the right,
 * y upwards).
 *
 * @param intensity value added inside the ellipse
 * @param semiAxisX half-axis along the (rotated) x direction
 * @param semiAxisY half-axis along the (rotated) y direction
 * @param centreX centre x
 * @param centreY centre y
 * @param angleDegrees counter-clockwise rotation
 */
public record Ellipse(
        double intensity, double semiAxisX, double semiAxisY, double centreX, double centreY, double angleDegrees) {

    public Ellipse {
        if (!(semiAxisX > 0) || !(semiAxisY > 0)) {
            throw new IllegalArgumentException("semi-axes must be > 0, got " + semiAxisX + ", " + semiAxisY);
        }
    }

    boolean contains(double x, double y) {
        double phi = Math.toRadians(angleDegrees);
        return contains(x, y, StrictMath.cos(phi), StrictMath.sin(phi));
    }

    /** Same test with the rotation's cosine and sine precomputed (rendering calls this per pixel). */
    boolean contains(double x, double y, double cos, double sin) {
        double dx = x - centreX;
        double dy = y - centreY;
        double u = dx * cos + dy * sin;
        double v = -dx * sin + dy * cos;
        return (u * u) / (semiAxisX * semiAxisX) + (v * v) / (semiAxisY * semiAxisY) <= 1.0;
    }
}
