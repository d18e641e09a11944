package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.ComplexOperator;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import io.github.vecnet.kernels.VectorOps;
import java.util.List;

/**
 * Reverse-mode derivative (vector-Jacobian product) of FIRENET's output psi with respect to the measurements y, by
 * hand through the unrolled layers: the forward run records the pre-threshold u_j and pre-projection w_j of every
 * layer, and the backward pass applies the transposed layer Jacobians in reverse order, one A and one A^H per layer
 * as in the forward pass. The restart scales a_k (which depend on eps0, itself ||y|| in the paper's set-up) are
 * held fixed: this is the exact derivative of the network with eps0 frozen at its value for this y. Complex
 * numbers are handled as real pairs, so the result is d/dRe y + i d/dIm y of {@code <w, psi(y)>}.
 *
 * <p>Per layer (j = p..1) with bars for adjoints:
 * <pre>
 *   wBar = Jproj(w_j)^T vBar_j;  h = A^H wBar;  xBar_j += 2 sigma h;  uBar = Jsoft(u_j)^T xBar_j
 *   xBar_{j-1} = uBar - sigma h;  vBar_{j-1} = wBar - tau A uBar;  y'Bar -= sigma wBar
 * </pre>
 * with xBar_j also collecting S's share 1/(p a_k) of psi's adjoint.
 */
final class FirenetVjp {
    private FirenetVjp() {}

    /** {@code J^T outBar} for the network run on y (re-runs the forward pass with a tape). */
    static SplitComplex apply(Firenet net, ComplexOperator a, SplitComplex y, SplitComplex outBar) {
        Firenet.Tape tape = new Firenet.Tape();
        net.reconstruct(y, null, tape);
        Firenet.Parameters prm = net.parameters();
        int n = a.domainSize();
        int m = a.rangeSize();
        int p = prm.innerIterations();
        double tau = prm.tau();
        double sigma = prm.sigma();
        List<Double> scales = tape.scales;
        SplitComplex psiBar = outBar.copy();
        SplitComplex yBar = SplitComplex.zeros(m);
        SplitComplex xBar = SplitComplex.zeros(n);
        SplitComplex vBar = SplitComplex.zeros(m);
        SplitComplex wBar = SplitComplex.zeros(m);
        SplitComplex h = SplitComplex.zeros(n);
        SplitComplex uBar = SplitComplex.zeros(n);
        SplitComplex aU = SplitComplex.zeros(m);
        SplitComplex yPrimeBar = SplitComplex.zeros(m);
        for (int k = scales.size() - 1; k >= 0; k--) {
            double scale = scales.get(k);
            double sShare = 1.0 / (p * scale);
            java.util.Arrays.fill(xBar.re(), 0);
            java.util.Arrays.fill(xBar.im(), 0);
            java.util.Arrays.fill(vBar.re(), 0);
            java.util.Arrays.fill(vBar.im(), 0);
            java.util.Arrays.fill(yPrimeBar.re(), 0);
            java.util.Arrays.fill(yPrimeBar.im(), 0);
            for (int j = p - 1; j >= 0; j--) {
                int layer = k * p + j;
                SplitComplex u = tape.preThreshold.get(layer);
                SplitComplex w = tape.preProjection.get(layer);
                // S = sum x_j, psi = S / (p a_k)
                VectorOps.axpy(n, sShare, psiBar.re(), 0, xBar.re(), 0);
                VectorOps.axpy(n, sShare, psiBar.im(), 0, xBar.im(), 0);
                projectionTranspose(w, vBar, wBar);
                a.adjoint(wBar.re(), wBar.im(), h.re(), h.im());
                VectorOps.axpy(n, 2 * sigma, h.re(), 0, xBar.re(), 0);
                VectorOps.axpy(n, 2 * sigma, h.im(), 0, xBar.im(), 0);
                softThresholdTranspose(u, net.thresholds, xBar, uBar);
                // x_{j-1}: uBar - sigma h ; v_{j-1}: wBar - tau A uBar
                VectorOps.axpy(n, -sigma, h.re(), 0, uBar.re(), 0);
                VectorOps.axpy(n, -sigma, h.im(), 0, uBar.im(), 0);
                System.arraycopy(uBar.re(), 0, xBar.re(), 0, n);
                System.arraycopy(uBar.im(), 0, xBar.im(), 0, n);
                VectorOps.axpy(n, sigma, h.re(), 0, uBar.re(), 0); // restore uBar for A uBar
                VectorOps.axpy(n, sigma, h.im(), 0, uBar.im(), 0);
                a.apply(uBar.re(), uBar.im(), aU.re(), aU.im());
                System.arraycopy(wBar.re(), 0, vBar.re(), 0, m);
                System.arraycopy(wBar.im(), 0, vBar.im(), 0, m);
                VectorOps.axpy(m, -tau, aU.re(), 0, vBar.re(), 0);
                VectorOps.axpy(m, -tau, aU.im(), 0, vBar.im(), 0);
                VectorOps.axpy(m, -sigma, wBar.re(), 0, yPrimeBar.re(), 0);
                VectorOps.axpy(m, -sigma, wBar.im(), 0, yPrimeBar.im(), 0);
            }
            // y' = a_k y ; x_0 = a_k psi_{k-1}
            VectorOps.axpy(m, scale, yPrimeBar.re(), 0, yBar.re(), 0);
            VectorOps.axpy(m, scale, yPrimeBar.im(), 0, yBar.im(), 0);
            VectorOps.scale(n, scale, xBar.re(), 0, psiBar.re(), 0);
            VectorOps.scale(n, scale, xBar.im(), 0, psiBar.im(), 0);
        }
        return yBar;
    }

    /** out = Jsoft(u)^T bar: per entry (1 - t/|u|) bar + (t/|u|^3) (u . bar) u where |u| > t, else 0. */
    static void softThresholdTranspose(SplitComplex u, double[] thresholds, SplitComplex bar, SplitComplex out) {
        for (int i = 0; i < u.length(); i++) {
            double ur = u.re()[i];
            double ui = u.im()[i];
            double mag = Math.sqrt(ur * ur + ui * ui);
            double t = thresholds[i];
            if (mag > t) {
                double dot = ur * bar.re()[i] + ui * bar.im()[i];
                double radial = t / (mag * mag * mag) * dot;
                double keep = 1 - t / mag;
                out.re()[i] = keep * bar.re()[i] + radial * ur;
                out.im()[i] = keep * bar.im()[i] + radial * ui;
            } else {
                out.re()[i] = 0;
                out.im()[i] = 0;
            }
        }
    }

    /** out = Jproj(w)^T bar: bar inside the ball, (bar - w (w . bar)/||w||^2)/||w|| outside. */
    static void projectionTranspose(SplitComplex w, SplitComplex bar, SplitComplex out) {
        int m = w.length();
        double norm = w.norm() + 1e-43;
        if (norm <= 1.0) {
            System.arraycopy(bar.re(), 0, out.re(), 0, m);
            System.arraycopy(bar.im(), 0, out.im(), 0, m);
            return;
        }
        double dot = VectorOps.dot(m, w.re(), 0, bar.re(), 0) + VectorOps.dot(m, w.im(), 0, bar.im(), 0);
        double radial = dot / (norm * norm);
        for (int i = 0; i < m; i++) {
            out.re()[i] = (bar.re()[i] - radial * w.re()[i]) / norm;
            out.im()[i] = (bar.im()[i] - radial * w.im()[i]) / norm;
        }
    }
}
