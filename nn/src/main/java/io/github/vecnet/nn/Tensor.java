package io.github.vecnet.nn;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A 2-D row-major matrix of float32 or float64 values that can record the operations applied to it and compute
 * gradients with {@link #backward()}. Vectors are {@code 1 x n} or {@code n x 1}; scalars are {@code 1 x 1}.
 *
 * <p><b>Creating tensors.</b> {@code copyOf(...)} and {@code of(...)} copy the given values; {@code wrap(...)}
 * uses the given array as storage without copying (later writes to the array are visible in the tensor and vice
 * versa). {@link #floatData()} / {@link #doubleData()} return the live storage.
 *
 * <p><b>Gradients.</b> A leaf tensor created by the user or a layer requires gradients only after
 * {@link #requiresGrad(boolean) requiresGrad(true)}. An operation's result requires gradients if any input does
 * and recording is enabled (see {@link NoGrad}). After {@link #backward()} the leaves hold their gradient in
 * {@link #grad()} (accumulated across calls until cleared) and the intermediate graph is freed: calling backward
 * through it again throws {@link IllegalStateException}.
 *
 * <p>Operations never modify their inputs; they validate shapes and dtypes first and throw
 * {@link IllegalArgumentException} naming both shapes.
 */
public final class Tensor {
    private final int rows;
    private final int cols;
    private final DType dtype;
    private final float[] f;
    private final double[] d;

    // The graph fields: package-private so that Function and Autograd, beside this class, keep them.
    boolean requiresGrad;
    Tensor grad;
    Function gradFn;
    boolean graphFreed;
    private boolean recyclable; // storage from GradientBin: it may take the array back when the graph is freed

    private Tensor(int rows, int cols, DType dtype, float[] f, double[] d) {
        this.rows = rows;
        this.cols = cols;
        this.dtype = dtype;
        this.f = f;
        this.d = d;
    }

    // ------------------------------------------------------------------ factories
    /** A tensor over a buffer {@link GradientBin} recycled (elements unspecified), itself recyclable. */
    static Tensor overRecycled(int rows, int cols, DType dtype, Object storage) {
        Tensor t = dtype == DType.FLOAT32
                ? new Tensor(rows, cols, dtype, (float[]) storage, null)
                : new Tensor(rows, cols, dtype, null, (double[]) storage);
        return t.markRecyclable();
    }

    Tensor markRecyclable() {
        recyclable = true;
        return this;
    }

    boolean recyclable() {
        return recyclable;
    }

    /** The storage array, float[] or double[]. */
    Object storage() {
        return f != null ? f : d;
    }

    /**
     * A new {@code rows x cols} tensor of zeros.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param dtype the element type
     * @return a new {@code rows x cols} tensor of zeros
     */
    public static Tensor zeros(int rows, int cols, DType dtype) {
        long size = checkShape(rows, cols);
        requireDType(dtype);
        return dtype == DType.FLOAT32
                ? new Tensor(rows, cols, dtype, new float[(int) size], null)
                : new Tensor(rows, cols, dtype, null, new double[(int) size]);
    }

    /**
     * A new {@code rows x cols} tensor filled with {@code value}.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param value the value of every element
     * @param dtype the element type
     * @return a new {@code rows x cols} tensor filled with {@code value}
     */
    public static Tensor full(int rows, int cols, double value, DType dtype) {
        Tensor t = zeros(rows, cols, dtype);
        t.fill(value);
        return t;
    }

    /**
     * A new {@code rows x cols} tensor of ones.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param dtype the element type
     * @return a new {@code rows x cols} tensor of ones
     */
    public static Tensor ones(int rows, int cols, DType dtype) {
        return full(rows, cols, 1.0, dtype);
    }

    /**
     * A new {@code 1 x 1} tensor.
     *
     * @param value the value
     * @param dtype the element type
     * @return a new {@code 1 x 1} tensor
     */
    public static Tensor scalar(double value, DType dtype) {
        return full(1, 1, value, dtype);
    }

    /**
     * Copies {@code values} (row-major, length {@code rows * cols}) into a new float32 tensor.
     *
     * @param values the values, row-major
     * @param rows the number of rows
     * @param cols the number of columns
     * @return a new float32 tensor
     */
    public static Tensor copyOf(float[] values, int rows, int cols) {
        checkData(values == null ? -1 : values.length, rows, cols);
        return new Tensor(rows, cols, DType.FLOAT32, values.clone(), null);
    }

    /**
     * Copies {@code values} (row-major, length {@code rows * cols}) into a new float64 tensor.
     *
     * @param values the values, row-major
     * @param rows the number of rows
     * @param cols the number of columns
     * @return a new float64 tensor
     */
    public static Tensor copyOf(double[] values, int rows, int cols) {
        checkData(values == null ? -1 : values.length, rows, cols);
        return new Tensor(rows, cols, DType.FLOAT64, null, values.clone());
    }

    /**
     * Copies {@code values} (row-major, length {@code rows * cols}) into a new tensor of the given dtype.
     *
     * @param values the values, row-major
     * @param rows the number of rows
     * @param cols the number of columns
     * @param dtype the element type
     * @return a new tensor of the given dtype
     */
    public static Tensor copyOf(double[] values, int rows, int cols, DType dtype) {
        checkData(values == null ? -1 : values.length, rows, cols);
        requireDType(dtype);
        if (dtype == DType.FLOAT64) {
            return new Tensor(rows, cols, dtype, null, values.clone());
        }
        float[] data = new float[values.length];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) values[i];
        }
        return new Tensor(rows, cols, dtype, data, null);
    }

    /**
     * Uses {@code storage} (row-major, length exactly {@code rows * cols}) as the storage of a float32 tensor.
     *
     * @param storage the array to use as storage, row-major
     * @param rows the number of rows
     * @param cols the number of columns
     * @return a tensor backed by {@code storage}
     */
    public static Tensor wrap(float[] storage, int rows, int cols) {
        checkData(storage == null ? -1 : storage.length, rows, cols);
        return new Tensor(rows, cols, DType.FLOAT32, storage, null);
    }

    /**
     * Uses {@code storage} (row-major, length exactly {@code rows * cols}) as the storage of a float64 tensor.
     *
     * @param storage the array to use as storage, row-major
     * @param rows the number of rows
     * @param cols the number of columns
     * @return a tensor backed by {@code storage}
     */
    public static Tensor wrap(double[] storage, int rows, int cols) {
        checkData(storage == null ? -1 : storage.length, rows, cols);
        return new Tensor(rows, cols, DType.FLOAT64, null, storage);
    }

    /**
     * Copies a rectangular {@code float[rows][cols]} array into a new float32 tensor.
     *
     * @param values the rows, all of the same non-zero length
     * @return a new {@code rows x cols} float32 tensor
     */
    public static Tensor of(float[][] values) {
        if (values == null || values.length == 0 || values[0] == null) {
            throw new IllegalArgumentException("values must be a non-empty float[rows][cols] array");
        }
        int r = values.length;
        int c = values[0].length;
        float[] flat = new float[Math.multiplyExact(r, c)];
        for (int i = 0; i < r; i++) {
            if (values[i] == null || values[i].length != c) {
                throw new IllegalArgumentException("values must be rectangular: row 0 has " + c + " columns, row " + i
                        + " has " + (values[i] == null ? "null" : values[i].length));
            }
            System.arraycopy(values[i], 0, flat, i * c, c);
        }
        checkData(flat.length, r, c);
        return new Tensor(r, c, DType.FLOAT32, flat, null);
    }

    /**
     * Copies a rectangular {@code double[rows][cols]} array into a new float64 tensor.
     *
     * @param values the rows, all of the same non-zero length
     * @return a new {@code rows x cols} float64 tensor
     */
    public static Tensor of(double[][] values) {
        return of(values, DType.FLOAT64);
    }

    /**
     * Copies a rectangular {@code double[rows][cols]} array into a new tensor.
     *
     * @param values the rows, all of the same non-zero length
     * @param dtype the new tensor's dtype (float32 rounds each value)
     * @return a new {@code rows x cols} tensor
     */
    public static Tensor of(double[][] values, DType dtype) {
        if (values == null || values.length == 0 || values[0] == null) {
            throw new IllegalArgumentException("values must be a non-empty double[rows][cols] array");
        }
        int r = values.length;
        int c = values[0].length;
        double[] flat = new double[Math.multiplyExact(r, c)];
        for (int i = 0; i < r; i++) {
            if (values[i] == null || values[i].length != c) {
                throw new IllegalArgumentException("values must be rectangular: row 0 has " + c + " columns, row " + i
                        + " has " + (values[i] == null ? "null" : values[i].length));
            }
            System.arraycopy(values[i], 0, flat, i * c, c);
        }
        return copyOf(flat, r, c, dtype);
    }

    /**
     * A column vector ({@code n x 1}) holding a copy of {@code values}.
     *
     * @param values the values, row-major
     * @param dtype the element type
     * @return a column vector ({@code n x 1}) holding a copy of {@code values}
     */
    public static Tensor column(double[] values, DType dtype) {
        return copyOf(values, values == null ? -1 : values.length, 1, dtype);
    }

    /**
     * A row vector ({@code 1 x n}) holding a copy of {@code values}.
     *
     * @param values the values, row-major
     * @param dtype the element type
     * @return a row vector ({@code 1 x n}) holding a copy of {@code values}
     */
    public static Tensor row(double[] values, DType dtype) {
        return copyOf(values, 1, values == null ? -1 : values.length, dtype);
    }

    // ------------------------------------------------------------------ shape and data
    /**
     * The number of rows.
     *
     * @return the number of rows
     */
    public int rows() {
        return rows;
    }

    /**
     * The number of columns.
     *
     * @return the number of columns
     */
    public int cols() {
        return cols;
    }

    /**
     * Number of elements, {@code rows * cols}.
     *
     * @return the number of elements, {@code rows * cols}
     */
    public int size() {
        return rows * cols;
    }

    /**
     * The element type.
     *
     * @return the dtype
     */
    public DType dtype() {
        return dtype;
    }

    /**
     * {@code "rows x cols"}, as used in error messages.
     *
     * @return the shape as {@code "rows x cols"}
     */
    public String shape() {
        return rows + " x " + cols;
    }

    /**
     * True if the shape equals {@code other}'s.
     *
     * @param other the other operand
     * @return true if the shape equals {@code other}'s
     */
    public boolean sameShape(Tensor other) {
        return rows == other.rows && cols == other.cols;
    }

    /**
     * The live float32 storage (row-major). Throws if this tensor is float64.
     *
     * @return the live float32 storage (row-major)
     */
    public float[] floatData() {
        if (f == null) {
            throw new IllegalStateException("floatData() on a float64 tensor; use doubleData()");
        }
        return f;
    }

    /**
     * The live float64 storage (row-major). Throws if this tensor is float32.
     *
     * @return the live float64 storage (row-major)
     */
    public double[] doubleData() {
        if (d == null) {
            throw new IllegalStateException("doubleData() on a float32 tensor; use floatData()");
        }
        return d;
    }

    /**
     * Element {@code (r, c)} as a double.
     *
     * @param r the row index
     * @param c the column index
     * @return element {@code (r, c)} as a double
     */
    public double get(int r, int c) {
        checkIndex(r, c);
        return f != null ? f[r * cols + c] : d[r * cols + c];
    }

    /**
     * Element {@code i} of the row-major storage as a double.
     *
     * @param i the row-major index
     * @return element {@code i} as a double
     */
    public double get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("index " + i + " outside a " + shape() + " tensor");
        }
        return f != null ? f[i] : d[i];
    }

    /**
     * Sets element {@code (r, c)} (rounded to float for float32). Do not modify tensors a graph still needs.
     *
     * @param r the row index
     * @param c the column index
     * @param value the new value (rounded to float for float32)
     */
    public void set(int r, int c, double value) {
        checkIndex(r, c);
        if (f != null) {
            f[r * cols + c] = (float) value;
        } else {
            d[r * cols + c] = value;
        }
    }

    /**
     * Sets element {@code i} of the row-major storage.
     *
     * @param i the row-major index
     * @param value the new value (rounded to float for float32)
     */
    public void set(int i, double value) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("index " + i + " outside a " + shape() + " tensor");
        }
        if (f != null) {
            f[i] = (float) value;
        } else {
            d[i] = value;
        }
    }

    /**
     * Sets every element to {@code value}.
     *
     * @param value the value of every element (rounded to float for float32)
     */
    public void fill(double value) {
        if (f != null) {
            Arrays.fill(f, (float) value);
        } else {
            Arrays.fill(d, value);
        }
    }

    /**
     * Copies {@code source}'s values into this tensor (same shape; dtypes may differ, values are converted).
     *
     * @param source the tensor to copy from
     */
    public void copyFrom(Tensor source) {
        if (!sameShape(source)) {
            throw new IllegalArgumentException("copyFrom: source is " + source.shape() + ", this is " + shape());
        }
        if (f != null && source.f != null) {
            System.arraycopy(source.f, 0, f, 0, f.length);
        } else if (d != null && source.d != null) {
            System.arraycopy(source.d, 0, d, 0, d.length);
        } else if (f != null) {
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) source.d[i];
            }
        } else {
            for (int i = 0; i < d.length; i++) {
                d[i] = source.f[i];
            }
        }
    }

    /**
     * The value of a {@code 1 x 1} tensor.
     *
     * @return the value of a {@code 1 x 1} tensor
     */
    public double item() {
        if (size() != 1) {
            throw new IllegalStateException("item() needs a 1 x 1 tensor, this is " + shape());
        }
        return get(0);
    }

    /**
     * A copy of the values as doubles, row-major.
     *
     * @return a copy of the values as doubles, row-major
     */
    public double[] toDoubleArray() {
        if (d != null) {
            return d.clone();
        }
        double[] out = new double[f.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = f[i];
        }
        return out;
    }

    /**
     * A copy of the values as floats, row-major (float64 values are rounded to the nearest float).
     *
     * @return a new array of length {@link #size()}
     */
    public float[] toFloatArray() {
        if (f != null) {
            return f.clone();
        }
        float[] out = new float[d.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) d[i];
        }
        return out;
    }

    /**
     * A copy of the values as {@code float[rows][cols]} (float64 values are rounded to the nearest float).
     *
     * @return a new array of {@link #rows()} rows of {@link #cols()} values
     */
    public float[][] toFloatMatrix() {
        float[][] out = new float[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = f != null ? f[r * cols + c] : (float) d[r * cols + c];
            }
        }
        return out;
    }

    /**
     * A copy of the values as {@code double[rows][cols]}.
     *
     * @return a copy of the values as {@code double[rows][cols]}
     */
    public double[][] toDoubleMatrix() {
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = f != null ? f[r * cols + c] : d[r * cols + c];
            }
        }
        return out;
    }

    /**
     * A new tensor with a copy of the values, no graph, no gradient.
     *
     * @return a new tensor with a copy of the values, no graph, no gradient
     */
    public Tensor copy() {
        return f != null
                ? new Tensor(rows, cols, dtype, f.clone(), null)
                : new Tensor(rows, cols, dtype, null, d.clone());
    }

    /**
     * A copy converted to {@code target} (a plain copy if the dtype already matches); no graph.
     *
     * @param target the target values
     * @return a copy converted to {@code target} (a plain copy if the dtype already matches); no graph
     */
    public Tensor to(DType target) {
        requireDType(target);
        if (target == dtype) {
            return copy();
        }
        Tensor out = zeros(rows, cols, target);
        out.copyFrom(this);
        return out;
    }

    /**
     * A tensor sharing this storage but outside any graph (does not require grad).
     *
     * @return a tensor sharing this storage but outside any graph (does not require grad)
     */
    public Tensor detach() {
        return new Tensor(rows, cols, dtype, f, d);
    }

    /**
     * True if every element is finite (no NaN, no infinity).
     *
     * @return true if every element is finite (no NaN, no infinity)
     */
    public boolean isFinite() {
        if (f != null) {
            for (float v : f) {
                if (!Float.isFinite(v)) {
                    return false;
                }
            }
        } else {
            for (double v : d) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ gradients
    /**
     * True if gradients flow to (leaf) or through (result) this tensor.
     *
     * @return true if gradients flow to (leaf) or through (result) this tensor
     */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /**
     * Turns gradient tracking of a leaf tensor on or off (off = frozen: no gradient is computed or stored, and the
     * current gradient is dropped). Returns this tensor.
     *
     * @param enabled true to track gradients
     * @return this tensor
     */
    public Tensor requiresGrad(boolean enabled) {
        if (gradFn != null) {
            throw new IllegalStateException("requiresGrad(" + enabled + ") is only for leaf tensors; this " + shape()
                    + " tensor is the result of " + gradFn.name() + " (use detach())");
        }
        requiresGrad = enabled;
        if (!enabled) {
            grad = null;
        }
        return this;
    }

    /**
     * True if this tensor was not produced by a recorded operation.
     *
     * @return true if this tensor was not produced by a recorded operation
     */
    public boolean isLeaf() {
        return gradFn == null && !graphFreed;
    }

    /**
     * The accumulated gradient (same shape and dtype), or null if none has been computed. Live, not a copy.
     *
     * @return the accumulated gradient (same shape and dtype), or null if none has been computed
     */
    public Tensor grad() {
        return grad;
    }

    /**
     * Replaces the gradient (null clears it); a non-null gradient must match shape and dtype. A leaf keeps
     * {@code newGrad} itself (backward then adds into it); a tensor computed by a recorded operation keeps a copy,
     * because backward computes its inputs' gradients in that buffer (the activations overwrite it in place).
     *
     * @param newGrad the new gradient, or null
     */
    public void setGrad(Tensor newGrad) {
        if (newGrad != null && (!sameShape(newGrad) || newGrad.dtype != dtype)) {
            throw new IllegalArgumentException("gradient must be " + shape() + " " + dtype.label() + ", got "
                    + newGrad.shape() + " " + newGrad.dtype.label());
        }
        grad = newGrad != null && gradFn != null ? newGrad.copy() : newGrad;
    }

    /** Sets the gradient to zero in place (keeps the buffer, so steps do not allocate); no-op if there is none. */
    public void zeroGrad() {
        if (grad != null) {
            grad.fill(0);
        }
    }

    /**
     * The operation that produced this tensor, or null for leaves and freed graphs.
     *
     * @return the operation that produced this tensor, or null for leaves and freed graphs
     */
    public Function gradFn() {
        return gradFn;
    }

    /**
     * Computes the gradient of this {@code 1 x 1} tensor with respect to every leaf that requires grad, adding it
     * into their {@link #grad()}, and frees the graph.
     */
    public void backward() {
        Autograd.backward(this);
    }

    // ------------------------------------------------------------------ operations (see Ops for details)
    /**
     * Matrix product {@code this (m x k) * other (k x n)}.
     *
     * @param other the other operand
     * @return the {@code m x n} matrix product
     */
    public Tensor matmul(Tensor other) {
        return Ops.matmul(this, other);
    }

    /**
     * Element-wise sum; a {@code 1 x n}, {@code m x 1} or {@code 1 x 1} operand is broadcast.
     *
     * @param other the other operand
     * @return the element-wise sum
     */
    public Tensor add(Tensor other) {
        return Ops.add(this, other);
    }

    /**
     * Element-wise difference, with broadcasting as in {@link #add(Tensor)}.
     *
     * @param other the other operand
     * @return the element-wise difference
     */
    public Tensor sub(Tensor other) {
        return Ops.sub(this, other);
    }

    /**
     * Element-wise product, with broadcasting as in {@link #add(Tensor)}.
     *
     * @param other the other operand
     * @return the element-wise product
     */
    public Tensor mul(Tensor other) {
        return Ops.mul(this, other);
    }

    /**
     * Element-wise quotient, with broadcasting as in {@link #add(Tensor)}.
     *
     * @param other the other operand
     * @return the element-wise quotient
     */
    public Tensor div(Tensor other) {
        return Ops.div(this, other);
    }

    /**
     * {@code alpha * this}.
     *
     * @param alpha the scale factor
     * @return {@code alpha * this}
     */
    public Tensor mul(double alpha) {
        return Ops.scale(this, alpha);
    }

    /**
     * {@code this + c} element-wise.
     *
     * @param c the constant to add
     * @return {@code this + c} element-wise
     */
    public Tensor add(double c) {
        return Ops.addScalar(this, c);
    }

    /**
     * {@code -this}.
     *
     * @return {@code -this}
     */
    public Tensor neg() {
        return Ops.scale(this, -1.0);
    }

    /**
     * Sum of all elements ({@code 1 x 1}).
     *
     * @return the sum of all elements ({@code 1 x 1})
     */
    public Tensor sum() {
        return Ops.sum(this);
    }

    /**
     * Mean of all elements ({@code 1 x 1}).
     *
     * @return the mean of all elements ({@code 1 x 1})
     */
    public Tensor mean() {
        return Ops.mean(this);
    }

    /**
     * Sum of each row ({@code rows x 1}).
     *
     * @return the sum of each row ({@code rows x 1})
     */
    public Tensor sumRows() {
        return Ops.sumRows(this);
    }

    /**
     * Mean of each row ({@code rows x 1}).
     *
     * @return the mean of each row ({@code rows x 1})
     */
    public Tensor meanRows() {
        return Ops.meanRows(this);
    }

    /**
     * Sum of each column ({@code 1 x cols}).
     *
     * @return the sum of each column ({@code 1 x cols})
     */
    public Tensor sumCols() {
        return Ops.sumCols(this);
    }

    /**
     * Mean of each column ({@code 1 x cols}).
     *
     * @return the mean of each column ({@code 1 x cols})
     */
    public Tensor meanCols() {
        return Ops.meanCols(this);
    }

    /**
     * Rectified linear unit.
     *
     * @return {@code max(this, 0)} element-wise
     */
    public Tensor relu() {
        return Ops.relu(this);
    }

    /**
     * Logistic sigmoid.
     *
     * @return {@code 1 / (1 + exp(-this))} element-wise
     */
    public Tensor sigmoid() {
        return Ops.sigmoid(this);
    }

    /**
     * Hyperbolic tangent.
     *
     * @return {@code tanh(this)} element-wise
     */
    public Tensor tanh() {
        return Ops.tanh(this);
    }

    /**
     * Exponential.
     *
     * @return {@code exp(this)} element-wise
     */
    public Tensor exp() {
        return Ops.exp(this);
    }

    /**
     * Natural logarithm.
     *
     * @return the natural logarithm of each element
     */
    public Tensor log() {
        return Ops.log(this);
    }

    /**
     * Square.
     *
     * @return {@code this * this} element-wise
     */
    public Tensor square() {
        return Ops.square(this);
    }

    /**
     * Absolute value; subgradient 0 at 0.
     *
     * @return {@code |this|} element-wise
     */
    public Tensor abs() {
        return Ops.abs(this);
    }

    /**
     * Maximum of each row ({@code rows x 1}); the gradient goes to the first maximal element.
     *
     * @return the maximum of each row ({@code rows x 1})
     */
    public Tensor maxRows() {
        return Ops.maxRows(this);
    }

    /**
     * Softmax of each row.
     *
     * @return the softmax of each row
     */
    public Tensor softmaxRows() {
        return Ops.softmaxRows(this);
    }

    /**
     * Log-softmax of each row (stable).
     *
     * @return the log-softmax of each row
     */
    public Tensor logSoftmaxRows() {
        return Ops.logSoftmaxRows(this);
    }

    /**
     * Columns {@code [from, to)}.
     *
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return a new tensor of columns {@code [from, to)}
     */
    public Tensor sliceCols(int from, int to) {
        return Ops.sliceCols(this, from, to);
    }

    /**
     * Tensors side by side (same number of rows, same dtype).
     *
     * @param parts the tensors to join, in order
     * @return the tensors side by side
     */
    public static Tensor concatCols(Tensor... parts) {
        return Ops.concatCols(parts);
    }

    /**
     * Rows {@code [from, to)}.
     *
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return a new tensor of rows {@code [from, to)}
     */
    public Tensor sliceRows(int from, int to) {
        return Ops.sliceRows(this, from, to);
    }

    /**
     * Tensors stacked vertically (same number of columns, same dtype).
     *
     * @param parts the tensors to join, in order
     * @return the tensors stacked vertically
     */
    public static Tensor concatRows(Tensor... parts) {
        return Ops.concatRows(parts);
    }

    /**
     * Column index of the first maximum of each row (e.g. predicted classes); not differentiable.
     *
     * @return the column index of the first maximum of each row
     */
    public int[] argmaxRows() {
        int[] out = new int[rows];
        for (int r = 0; r < rows; r++) {
            int best = 0;
            double bestValue = get(r * cols);
            for (int c = 1; c < cols; c++) {
                double v = f != null ? f[r * cols + c] : d[r * cols + c];
                if (v > bestValue) {
                    best = c;
                    bestValue = v;
                }
            }
            out[r] = best;
        }
        return out;
    }

    /**
     * A new tensor with entries uniform in {@code [lo, hi)}, drawn row-major from {@code rng}.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param lo the lower bound, inclusive
     * @param hi the upper bound, exclusive
     * @param dtype the element type
     * @param rng the generator the values are drawn from
     * @return a new tensor with entries uniform in {@code [lo, hi)}, drawn row-major from {@code rng}
     */
    public static Tensor rand(int rows, int cols, double lo, double hi, DType dtype, RandomGenerator rng) {
        if (!(lo < hi) || rng == null) {
            throw new IllegalArgumentException(
                    "rand needs lo < hi and a generator, got [" + lo + ", " + hi + "), " + rng);
        }
        Tensor t = zeros(rows, cols, dtype);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, lo + (hi - lo) * rng.nextDouble());
        }
        return t;
    }

    /**
     * A new tensor with entries N(mean, sigma^2), drawn row-major from {@code rng}.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param mean the mean
     * @param sigma the standard deviation
     * @param dtype the element type
     * @param rng the generator the values are drawn from
     * @return a new tensor with entries N(mean, sigma^2), drawn row-major from {@code rng}
     */
    public static Tensor randn(int rows, int cols, double mean, double sigma, DType dtype, RandomGenerator rng) {
        if (!(sigma >= 0) || rng == null) {
            throw new IllegalArgumentException("randn needs sigma >= 0 and a generator, got " + sigma + ", " + rng);
        }
        Tensor t = zeros(rows, cols, dtype);
        for (int i = 0; i < t.size(); i++) {
            t.set(i, mean + sigma * rng.nextGaussian());
        }
        return t;
    }

    @Override
    public String toString() {
        StringBuilder sb =
                new StringBuilder("Tensor(").append(shape()).append(", ").append(dtype.label());
        if (requiresGrad) {
            sb.append(", requiresGrad");
        }
        sb.append(")[");
        int shown = Math.min(size(), 8);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ");
            // float32 values print as floats (0.1f is "0.1", not its double expansion 0.10000000149011612).
            if (f != null) {
                sb.append(f[i]);
            } else {
                sb.append(d[i]);
            }
        }
        return sb.append(size() > shown ? ", ...]" : "]").toString();
    }

    // ------------------------------------------------------------------ checks
    private static long checkShape(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("tensor shape must be positive, got " + rows + " x " + cols);
        }
        long size = (long) rows * cols;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "tensor " + rows + " x " + cols + " has too many elements for one array");
        }
        return size;
    }

    private static void checkData(int length, int rows, int cols) {
        if (length < 0) {
            throw new IllegalArgumentException("values must not be null");
        }
        long size = checkShape(rows, cols);
        if (length != size) {
            throw new IllegalArgumentException(
                    "values has " + length + " elements, a " + rows + " x " + cols + " tensor needs " + size);
        }
    }

    private static void requireDType(DType dtype) {
        if (dtype == null) {
            throw new IllegalArgumentException("dtype must not be null");
        }
    }

    private void checkIndex(int r, int c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            throw new IndexOutOfBoundsException("index (" + r + ", " + c + ") outside a " + shape() + " tensor");
        }
    }
}
