package io.github.vecnet.nn;

/** mean(|p - t|); saves the difference. */
final class L1Loss extends Function {
    private final Tensor diff;

    private L1Loss(Tensor diff) {
        this.diff = diff;
    }

    static Tensor apply(Tensor p, Tensor t) {
        Tensor diff = Tensor.zeros(p.rows(), p.cols(), p.dtype());
        Kern.sub(p, t, diff);
        Tensor abs = Tensor.zeros(p.rows(), p.cols(), p.dtype());
        Kern.abs(diff, abs);
        Tensor out = Tensor.scalar(Kern.sum(abs) / p.size(), p.dtype());
        return new L1Loss(diff).record(out, p, t);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        double factor = dy.get(0) / diff.size();
        Tensor scaled = Tensor.full(diff.rows(), diff.cols(), factor, diff.dtype());
        Tensor g = Tensor.zeros(diff.rows(), diff.cols(), diff.dtype());
        Kern.absBackward(diff, scaled, g);
        Tensor gt = null;
        if (needsGrad(1)) {
            gt = Tensor.zeros(diff.rows(), diff.cols(), diff.dtype());
            Kern.scale(-1.0, g, gt);
        }
        return new Tensor[] {g, gt};
    }
}
