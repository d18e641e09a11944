package io.github.vecnet.nn;

/** Tensors stacked vertically; backward hands each input its block of rows. */
final class ConcatRows extends Function {
    private final int parts;

    private ConcatRows(int parts) {
        this.parts = parts;
    }

    static Tensor apply(Tensor[] parts, int rows) {
        Tensor out = Tensor.zeros(rows, parts[0].cols(), parts[0].dtype());
        int at = 0;
        for (Tensor p : parts) {
            SliceRows.copyRows(p, 0, out, at, p.rows());
            at += p.rows();
        }
        return new ConcatRows(parts.length).record(out, parts);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor[] grads = new Tensor[parts];
        int at = 0;
        for (int i = 0; i < parts; i++) {
            Tensor p = input(i);
            if (needsGrad(i)) {
                grads[i] = Tensor.zeros(p.rows(), p.cols(), p.dtype());
                SliceRows.copyRows(dy, at, grads[i], 0, p.rows());
            }
            at += p.rows();
        }
        return grads;
    }
}
