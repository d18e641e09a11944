package io.github.vecnet.nn;

/** Columns [from, to) of x. */
final class SliceCols extends Function {
    private final int from;

    private SliceCols(int from) {
        this.from = from;
    }

    static Tensor apply(Tensor x, int from, int to) {
        Tensor out = Tensor.zeros(x.rows(), to - from, x.dtype());
        copyBlock(x, from, out, 0, out.cols());
        return new SliceCols(from).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor x = input(0);
        Tensor dx = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        copyBlock(dy, 0, dx, from, dy.cols());
        return new Tensor[] {dx};
    }

    /** dst[:, dstCol + j] = src[:, srcCol + j] for j < width. */
    static void copyBlock(Tensor src, int srcCol, Tensor dst, int dstCol, int width) {
        int rows = src.rows();
        for (int i = 0; i < rows; i++) {
            int s = i * src.cols() + srcCol;
            int d = i * dst.cols() + dstCol;
            if (Kern.f32(src)) {
                System.arraycopy(src.floatData(), s, dst.floatData(), d, width);
            } else {
                System.arraycopy(src.doubleData(), s, dst.doubleData(), d, width);
            }
        }
    }
}
