package io.github.vecnet.nn;

/** Rows [from, to) of x (contiguous in row-major storage, so one array copy). */
final class SliceRows extends Function {
    private final int from;

    private SliceRows(int from) {
        this.from = from;
    }

    static Tensor apply(Tensor x, int from, int to) {
        Tensor out = Tensor.zeros(to - from, x.cols(), x.dtype());
        copyRows(x, from, out, 0, out.rows());
        return new SliceRows(from).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor x = input(0);
        Tensor dx = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        copyRows(dy, 0, dx, from, dy.rows());
        return new Tensor[] {dx};
    }

    /** dst rows [dstRow, dstRow + count) = src rows [srcRow, srcRow + count); same number of columns. */
    static void copyRows(Tensor src, int srcRow, Tensor dst, int dstRow, int count) {
        int cols = src.cols();
        if (Kern.f32(src)) {
            System.arraycopy(src.floatData(), srcRow * cols, dst.floatData(), dstRow * cols, count * cols);
        } else {
            System.arraycopy(src.doubleData(), srcRow * cols, dst.doubleData(), dstRow * cols, count * cols);
        }
    }
}
