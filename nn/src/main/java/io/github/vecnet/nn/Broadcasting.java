package io.github.vecnet.nn;

/** Shape rules shared by the element-wise binary operations. */
final class Broadcasting {
    private Broadcasting() {}

    /** Reduces a gradient of the broadcast shape back to an operand of shape {@code rows x cols}. */
    static Tensor reduceTo(Tensor g, int rows, int cols) {
        if (g.rows() == rows && g.cols() == cols) {
            return g;
        }
        if (rows == 1 && cols == 1) {
            return Tensor.scalar(Kern.sum(g), g.dtype());
        }
        if (rows == 1) {
            Tensor out = Tensor.zeros(1, cols, g.dtype());
            Kern.columnSums(g, out);
            return out;
        }
        Tensor out = Tensor.zeros(rows, 1, g.dtype());
        Kern.rowSums(g, out);
        return out;
    }
}
