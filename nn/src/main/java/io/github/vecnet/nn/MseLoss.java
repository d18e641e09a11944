package io.github.vecnet.nn;

/** mean((p - t)^2); saves the difference. */
final class MseLoss extends Function {
    private final Tensor diff;

    private MseLoss(Tensor diff) {
        this.diff = diff;
    }

    static Tensor apply(Tensor p, Tensor t) {
        Tensor diff = Tensor.zeros(p.rows(), p.cols(), p.dtype());
        Kern.sub(p, t, diff);
        Tensor out = Tensor.scalar(Kern.dot(diff, diff) / p.size(), p.dtype());
        return new MseLoss(diff).record(out, p, t);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        double factor = 2.0 * dy.get(0) / diff.size();
        Tensor gp = null;
        if (needsGrad(0)) {
            gp = Tensor.zeros(diff.rows(), diff.cols(), diff.dtype());
            Kern.scale(factor, diff, gp);
        }
        Tensor gt = null;
        if (needsGrad(1)) {
            gt = Tensor.zeros(diff.rows(), diff.cols(), diff.dtype());
            Kern.scale(-factor, diff, gt);
        }
        return new Tensor[] {gp, gt};
    }
}
