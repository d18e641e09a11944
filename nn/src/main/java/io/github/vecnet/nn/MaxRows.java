package io.github.vecnet.nn;

/** Maximum of each row (rows x 1); saves the column of the first maximum of each row. */
final class MaxRows extends Function {
    private final int[] argmax;

    private MaxRows(int[] argmax) {
        this.argmax = argmax;
    }

    static Tensor apply(Tensor x) {
        int rows = x.rows();
        int cols = x.cols();
        Tensor out = Tensor.zeros(rows, 1, x.dtype());
        int[] argmax = new int[rows];
        for (int i = 0; i < rows; i++) {
            int best = 0;
            double bestValue = x.get(i * cols);
            for (int j = 1; j < cols; j++) {
                double v = x.get(i * cols + j);
                if (v > bestValue || (Double.isNaN(v) && !Double.isNaN(bestValue))) {
                    best = j;
                    bestValue = v;
                }
            }
            argmax[i] = best;
            out.set(i, bestValue);
        }
        return new MaxRows(argmax).record(out, x);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor x = input(0);
        Tensor dx = Tensor.zeros(x.rows(), x.cols(), x.dtype());
        for (int i = 0; i < argmax.length; i++) {
            dx.set(i * x.cols() + argmax[i], dy.get(i));
        }
        return new Tensor[] {dx};
    }
}
