package io.github.vecnet.nn;

/** mean_i(logsumexp(z_i) - z_i[label_i]); d/dz = (softmax(z) - onehot) / n. Saves the softmax. */
final class CrossEntropyLoss extends Function {
    private final Tensor softmax;
    private final int[] labels;

    private CrossEntropyLoss(Tensor softmax, int[] labels) {
        this.softmax = softmax;
        this.labels = labels;
    }

    static Tensor apply(Tensor z, int[] labels) {
        int rows = z.rows();
        Tensor lse = Tensor.zeros(rows, 1, z.dtype());
        Kern.logSumExpRows(z, lse);
        double total = 0;
        for (int i = 0; i < rows; i++) {
            total += lse.get(i) - z.get(i, labels[i]);
        }
        Tensor out = Tensor.scalar(total / rows, z.dtype());
        if (!needsGraph(z)) {
            return out;
        }
        Tensor softmax = Tensor.zeros(rows, z.cols(), z.dtype());
        Kern.softmaxRows(z, softmax);
        return new CrossEntropyLoss(softmax, labels).record(out, z);
    }

    @Override
    protected Tensor[] backward(Tensor dy) {
        Tensor z = input(0);
        double factor = dy.get(0) / z.rows();
        Tensor g = Tensor.zeros(z.rows(), z.cols(), z.dtype());
        Kern.scale(factor, softmax, g);
        for (int i = 0; i < labels.length; i++) {
            int at = i * z.cols() + labels[i];
            g.set(at, g.get(at) - factor);
        }
        return new Tensor[] {g};
    }
}
