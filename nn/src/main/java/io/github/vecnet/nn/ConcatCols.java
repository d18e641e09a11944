package io.github.vecnet.nn;

/** Tensors side by side; backward hands each input its block of columns. */
final class ConcatCols extends Function {
    private final int parts;

    private ConcatCols(int parts) {
        this.parts = parts;
    }

    static Tensor apply(Tensor[] parts) {
        int cols = 0;
        for (Tensor p : parts) {
            cols += p.cols();
        }
        Tensor out = Tensor.zeros(parts[0].rows(), cols, parts[0].dtype());
        int at = 0;
        for (Tensor p : parts) {
            SliceCols.copyBlock(p, 0, out, at, p.cols());
            at += p.cols();
        }
        return new ConcatCols(parts.length).record(out, parts);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor[] grads = new Tensor[parts];
        int at = 0;
        for (int i = 0; i < parts; i++) {
            Tensor p = input(i);
            if (needsGrad(i)) {
                grads[i] = Tensor.zeros(p.rows(), p.cols(), p.dtype());
                SliceCols.copyBlock(dy, at, grads[i], 0, p.cols());
            }
            at += p.cols();
        }
        return grads;
    }
}
