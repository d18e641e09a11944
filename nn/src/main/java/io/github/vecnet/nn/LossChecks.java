package io.github.vecnet.nn;

/** Argument checks of the loss functions in {@link Ops}. */
final class LossChecks {
    private LossChecks() {}

    static void sameShape(String op, Tensor a, Tensor b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException(op + ": prediction and target must not be null");
        }
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(op + ": dtype mismatch, prediction is "
                    + a.dtype().label() + ", target is " + b.dtype().label() + "; convert one with Tensor.to(DType)");
        }
        if (!a.sameShape(b)) {
            throw new IllegalArgumentException(op + ": prediction is " + a.shape() + ", target is " + b.shape()
                    + "; they must have the same shape");
        }
    }

    static void labels(String op, Tensor logits, int[] labels) {
        if (logits == null || labels == null) {
            throw new IllegalArgumentException(op + ": logits and labels must not be null");
        }
        if (labels.length != logits.rows()) {
            throw new IllegalArgumentException(op + ": logits are " + logits.shape() + " but there are " + labels.length
                    + " labels; need one label per row");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= logits.cols()) {
                throw new IllegalArgumentException(
                        op + ": label " + i + " is " + labels[i] + ", outside [0, " + logits.cols() + ")");
            }
        }
    }
}
