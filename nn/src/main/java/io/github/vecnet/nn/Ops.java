package io.github.vecnet.nn;

/**
 * The differentiable operations, in functional form (the {@link Tensor} methods delegate here), and the fused
 * operations that are not {@code Tensor} methods: the affine map of a {@code Linear} layer and the losses (which
 * {@code nn.loss.Losses} offers under their usual names). Every method checks shapes and dtypes before computing and
 * throws {@link IllegalArgumentException} naming both shapes.
 *
 * <p>Broadcasting (add, sub, mul, div): each operand has either the result's number of rows or 1 row, and either
 * the result's number of columns or 1 column; so a {@code 1 x n} bias, an {@code m x 1} column or a {@code 1 x 1}
 * scalar combine with an {@code m x n} matrix. Gradients are summed back over the broadcast dimensions.
 */
public final class Ops {
    private Ops() {}

    /**
     * {@code a (m x k) * b (k x n)}.
     *
     * @param a the {@code m x k} left operand
     * @param b the {@code k x n} right operand
     * @return the {@code m x n} product
     */
    public static Tensor matmul(Tensor a, Tensor b) {
        checkPair("matmul", a, b);
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException(
                    "matmul: a is " + a.shape() + ", b is " + b.shape() + "; a's columns must equal b's rows");
        }
        return MatMul.apply(a, b);
    }

    /**
     * {@code x * w + b}: x is {@code batch x in}, w is {@code in x out}, b is {@code 1 x out} or null. One graph node
     * (what the {@code Linear} layer uses).
     *
     * @param x the {@code batch x in} input
     * @param w the {@code in x out} weight
     * @param b the {@code 1 x out} bias, or null
     * @return the {@code batch x out} result
     */
    public static Tensor linear(Tensor x, Tensor w, Tensor b) {
        checkLinear("linear", x, w, b);
        return Affine.apply(x, w, b, Affine.Then.NOTHING);
    }

    /**
     * {@code relu(x * w + b)} as one graph node in one buffer: the same bits as {@code linear(x, w, b).relu()},
     * without the intermediate tensor (what {@code Sequential} uses for a {@code Linear} followed by
     * {@code Activation.RELU}).
     *
     * @param x the {@code batch x in} input
     * @param w the {@code in x out} weight
     * @param b the {@code 1 x out} bias, or null
     * @return the {@code batch x out} result
     */
    public static Tensor linearRelu(Tensor x, Tensor w, Tensor b) {
        checkLinear("linearRelu", x, w, b);
        return Affine.apply(x, w, b, Affine.Then.RELU);
    }

    /**
     * {@code sigmoid(x * w + b)} as one graph node in one buffer: the same bits as
     * {@code linear(x, w, b).sigmoid()}, without the intermediate tensor.
     *
     * @param x the {@code batch x in} input
     * @param w the {@code in x out} weight
     * @param b the {@code 1 x out} bias, or null
     * @return the {@code batch x out} result
     */
    public static Tensor linearSigmoid(Tensor x, Tensor w, Tensor b) {
        checkLinear("linearSigmoid", x, w, b);
        return Affine.apply(x, w, b, Affine.Then.SIGMOID);
    }

    /**
     * {@code tanh(x * w + b)} as one graph node in one buffer: the same bits as {@code linear(x, w, b).tanh()},
     * without the intermediate tensor.
     *
     * @param x the {@code batch x in} input
     * @param w the {@code in x out} weight
     * @param b the {@code 1 x out} bias, or null
     * @return the {@code batch x out} result
     */
    public static Tensor linearTanh(Tensor x, Tensor w, Tensor b) {
        checkLinear("linearTanh", x, w, b);
        return Affine.apply(x, w, b, Affine.Then.TANH);
    }

    private static void checkLinear(String op, Tensor x, Tensor w, Tensor b) {
        checkPair(op, x, w);
        if (x.cols() != w.rows()) {
            throw new IllegalArgumentException(op + ": input is " + x.shape() + ", weight is " + w.shape()
                    + "; the input's columns must equal the weight's rows");
        }
        if (b != null) {
            checkPair(op, x, b);
            if (b.rows() != 1 || b.cols() != w.cols()) {
                throw new IllegalArgumentException(op + ": bias is " + b.shape() + ", expected 1 x " + w.cols());
            }
        }
    }

    /**
     * Element-wise sum; a {@code 1 x n}, {@code m x 1} or {@code 1 x 1} operand is broadcast.
     *
     * @param a the first operand
     * @param b the second operand
     * @return {@code a + b}
     */
    public static Tensor add(Tensor a, Tensor b) {
        int[] shape = broadcastShape("add", a, b);
        return Add.apply(a, b, shape[0], shape[1]);
    }

    /**
     * Element-wise difference, broadcasting as {@link #add(Tensor, Tensor)}.
     *
     * @param a the minuend
     * @param b the subtrahend
     * @return {@code a - b}
     */
    public static Tensor sub(Tensor a, Tensor b) {
        int[] shape = broadcastShape("sub", a, b);
        return Sub.apply(a, b, shape[0], shape[1]);
    }

    /**
     * Element-wise product, broadcasting as {@link #add(Tensor, Tensor)}.
     *
     * @param a the first operand
     * @param b the second operand
     * @return {@code a * b}
     */
    public static Tensor mul(Tensor a, Tensor b) {
        int[] shape = broadcastShape("mul", a, b);
        return Mul.apply(a, b, shape[0], shape[1]);
    }

    /**
     * Element-wise quotient, broadcasting as {@link #add(Tensor, Tensor)}.
     *
     * @param a the dividend
     * @param b the divisor
     * @return {@code a / b}
     */
    public static Tensor div(Tensor a, Tensor b) {
        int[] shape = broadcastShape("div", a, b);
        return Div.apply(a, b, shape[0], shape[1]);
    }

    /**
     * {@code alpha * x}.
     *
     * @param x the input values
     * @param alpha the scale factor
     * @return {@code alpha * x}
     */
    public static Tensor scale(Tensor x, double alpha) {
        checkOne("scale", x);
        return Scale.apply(x, alpha);
    }

    /**
     * {@code x + c}.
     *
     * @param x the input values
     * @param c the constant to add
     * @return {@code x + c}
     */
    public static Tensor addScalar(Tensor x, double c) {
        checkOne("addScalar", x);
        return AddScalar.apply(x, c);
    }

    /**
     * Negation.
     *
     * @param x the input
     * @return {@code -x}
     */
    public static Tensor neg(Tensor x) {
        return scale(x, -1.0);
    }

    /**
     * Sum of all elements.
     *
     * @param x the input
     * @return the {@code 1 x 1} sum
     */
    public static Tensor sum(Tensor x) {
        checkOne("sum", x);
        return SumAll.apply(x, 1.0);
    }

    /**
     * Mean of all elements.
     *
     * @param x the input
     * @return the {@code 1 x 1} mean
     */
    public static Tensor mean(Tensor x) {
        checkOne("mean", x);
        return SumAll.apply(x, 1.0 / x.size());
    }

    /**
     * Sum of each row: {@code rows x 1}.
     *
     * @param x the input values
     * @return the sum of each row
     */
    public static Tensor sumRows(Tensor x) {
        checkOne("sumRows", x);
        return SumRows.apply(x, 1.0);
    }

    /**
     * Mean of each row.
     *
     * @param x the input
     * @return the {@code rows x 1} means
     */
    public static Tensor meanRows(Tensor x) {
        checkOne("meanRows", x);
        return SumRows.apply(x, 1.0 / x.cols());
    }

    /**
     * Sum of each column: {@code 1 x cols}.
     *
     * @param x the input values
     * @return the sum of each column
     */
    public static Tensor sumCols(Tensor x) {
        checkOne("sumCols", x);
        return SumCols.apply(x, 1.0);
    }

    /**
     * Mean of each column.
     *
     * @param x the input
     * @return the {@code 1 x cols} means
     */
    public static Tensor meanCols(Tensor x) {
        checkOne("meanCols", x);
        return SumCols.apply(x, 1.0 / x.rows());
    }

    /**
     * Rectified linear unit (saves its output for the backward pass).
     *
     * @param x the input
     * @return {@code max(x, 0)} element-wise
     */
    public static Tensor relu(Tensor x) {
        checkOne("relu", x);
        return Relu.apply(x);
    }

    /**
     * Logistic sigmoid.
     *
     * @param x the input
     * @return {@code 1 / (1 + exp(-x))} element-wise
     */
    public static Tensor sigmoid(Tensor x) {
        checkOne("sigmoid", x);
        return Sigmoid.apply(x);
    }

    /**
     * Hyperbolic tangent.
     *
     * @param x the input
     * @return {@code tanh(x)} element-wise
     */
    public static Tensor tanh(Tensor x) {
        checkOne("tanh", x);
        return Tanh.apply(x);
    }

    /**
     * Exponential.
     *
     * @param x the input
     * @return {@code exp(x)} element-wise
     */
    public static Tensor exp(Tensor x) {
        checkOne("exp", x);
        return Exp.apply(x);
    }

    /**
     * Natural logarithm.
     *
     * @param x the input
     * @return {@code log(x)} element-wise
     */
    public static Tensor log(Tensor x) {
        checkOne("log", x);
        return Log.apply(x);
    }

    /**
     * Square.
     *
     * @param x the input
     * @return {@code x * x} element-wise
     */
    public static Tensor square(Tensor x) {
        checkOne("square", x);
        return Square.apply(x);
    }

    /**
     * Absolute value; subgradient 0 at 0.
     *
     * @param x the input
     * @return {@code |x|} element-wise
     */
    public static Tensor abs(Tensor x) {
        checkOne("abs", x);
        return Abs.apply(x);
    }

    /**
     * Maximum of each row: {@code rows x 1}.
     *
     * @param x the input values
     * @return the maximum of each row
     */
    public static Tensor maxRows(Tensor x) {
        checkOne("maxRows", x);
        return MaxRows.apply(x);
    }

    /**
     * Softmax of each row, computed stably.
     *
     * @param x the input
     * @return the softmax of each row
     */
    public static Tensor softmaxRows(Tensor x) {
        checkOne("softmaxRows", x);
        return SoftmaxRows.apply(x);
    }

    /**
     * Log-softmax of each row, computed stably.
     *
     * @param x the input
     * @return the log-softmax of each row
     */
    public static Tensor logSoftmaxRows(Tensor x) {
        checkOne("logSoftmaxRows", x);
        return LogSoftmaxRows.apply(x);
    }

    /**
     * Columns {@code [from, to)}, {@code 0 <= from < to <= cols}.
     *
     * @param x the input values
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return a new tensor of the columns
     */
    public static Tensor sliceCols(Tensor x, int from, int to) {
        checkOne("sliceCols", x);
        if (from < 0 || to > x.cols() || from >= to) {
            throw new IndexOutOfBoundsException("sliceCols: columns [" + from + ", " + to + ") of a " + x.shape()
                    + " tensor; need 0 <= from < to <= " + x.cols());
        }
        return SliceCols.apply(x, from, to);
    }

    /**
     * Tensors side by side: same rows, same dtype.
     *
     * @param parts the tensors to join, in order
     * @return the tensors side by side
     */
    public static Tensor concatCols(Tensor... parts) {
        if (parts == null || parts.length == 0) {
            throw new IllegalArgumentException("concatCols: need at least one tensor");
        }
        long cols = 0;
        for (int i = 0; i < parts.length; i++) {
            checkPair("concatCols", parts[0], parts[i]);
            if (parts[i].rows() != parts[0].rows()) {
                throw new IllegalArgumentException("concatCols: part 0 is " + parts[0].shape() + ", part " + i + " is "
                        + parts[i].shape() + "; all parts need the same number of rows");
            }
            cols += parts[i].cols();
        }
        if (cols > Integer.MAX_VALUE / Math.max(1, parts[0].rows())) {
            throw new IllegalArgumentException("concatCols: result too large");
        }
        return ConcatCols.apply(parts.clone());
    }

    /**
     * Rows {@code [from, to)}, {@code 0 <= from < to <= rows}.
     *
     * @param x the input values
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return a new tensor of the rows
     */
    public static Tensor sliceRows(Tensor x, int from, int to) {
        checkOne("sliceRows", x);
        if (from < 0 || to > x.rows() || from >= to) {
            throw new IndexOutOfBoundsException("sliceRows: rows [" + from + ", " + to + ") of a " + x.shape()
                    + " tensor; need 0 <= from < to <= " + x.rows());
        }
        return SliceRows.apply(x, from, to);
    }

    /**
     * Tensors stacked vertically: same columns, same dtype.
     *
     * @param parts the tensors to join, in order
     * @return the tensors stacked vertically
     */
    public static Tensor concatRows(Tensor... parts) {
        if (parts == null || parts.length == 0) {
            throw new IllegalArgumentException("concatRows: need at least one tensor");
        }
        long rows = 0;
        for (int i = 0; i < parts.length; i++) {
            checkPair("concatRows", parts[0], parts[i]);
            if (parts[i].cols() != parts[0].cols()) {
                throw new IllegalArgumentException("concatRows: part 0 is " + parts[0].shape() + ", part " + i + " is "
                        + parts[i].shape() + "; all parts need the same number of columns");
            }
            rows += parts[i].rows();
        }
        if (rows * parts[0].cols() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("concatRows: result too large");
        }
        return ConcatRows.apply(parts.clone(), (int) rows);
    }

    // ------------------------------------------------------------------ losses (one graph node each)
    /**
     * Mean squared error {@code mean((prediction - target)^2)} over all elements.
     *
     * @param prediction the predicted values
     * @param target the target values, of the prediction's shape and dtype
     * @return the mean squared error ({@code 1 x 1})
     */
    public static Tensor mse(Tensor prediction, Tensor target) {
        LossChecks.sameShape("mse", prediction, target);
        return MseLoss.apply(prediction, target);
    }

    /**
     * Mean absolute error {@code mean(|prediction - target|)}; subgradient 0 where they are equal.
     *
     * @param prediction the predicted values
     * @param target the target values, of the prediction's shape and dtype
     * @return the mean absolute error ({@code 1 x 1})
     */
    public static Tensor l1(Tensor prediction, Tensor target) {
        LossChecks.sameShape("l1", prediction, target);
        return L1Loss.apply(prediction, target);
    }

    /**
     * Binary cross-entropy on logits z with targets y in [0, 1]: {@code mean(max(z, 0) - z y + log(1 + exp(-|z|)))}.
     *
     * @param logits the logits
     * @param target the target values, of the logits' shape and dtype
     * @return the mean binary cross-entropy ({@code 1 x 1})
     */
    public static Tensor bceWithLogits(Tensor logits, Tensor target) {
        LossChecks.sameShape("bceWithLogits", logits, target);
        return BceWithLogitsLoss.apply(logits, target);
    }

    /**
     * Cross-entropy of {@code n x classes} logits against class indices: {@code mean_i(logsumexp(z_i) - z_i[label_i])}.
     *
     * @param logits the {@code n x classes} unnormalised log-probabilities
     * @param labels the class index of each row, in {@code [0, classes)}
     * @return the mean cross-entropy ({@code 1 x 1})
     */
    public static Tensor crossEntropy(Tensor logits, int[] labels) {
        LossChecks.labels("crossEntropy", logits, labels);
        return CrossEntropyLoss.apply(logits, labels.clone());
    }

    // ------------------------------------------------------------------ checks
    private static void checkOne(String op, Tensor x) {
        if (x == null) {
            throw new IllegalArgumentException(op + ": input must not be null");
        }
    }

    /** Non-null and the same dtype. */
    static void checkPair(String op, Tensor a, Tensor b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException(op + ": inputs must not be null");
        }
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(
                    op + ": dtype mismatch, " + a.shape() + " " + a.dtype().label() + " vs " + b.shape() + " "
                            + b.dtype().label() + "; convert one with Tensor.to(DType)");
        }
    }

    private static int[] broadcastShape(String op, Tensor a, Tensor b) {
        checkPair(op, a, b);
        int rows = Math.max(a.rows(), b.rows());
        int cols = Math.max(a.cols(), b.cols());
        boolean ok = (a.rows() == rows || a.rows() == 1)
                && (b.rows() == rows || b.rows() == 1)
                && (a.cols() == cols || a.cols() == 1)
                && (b.cols() == cols || b.cols() == 1);
        if (!ok) {
            throw new IllegalArgumentException(op + ": shapes " + a.shape() + " and " + b.shape()
                    + " do not broadcast; each dimension must match or be 1");
        }
        return new int[] {rows, cols};
    }
}
