package io.github.vecnet.nn;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * A tiny scalar reverse-mode autodiff engine (micrograd-style), independent of the tensor engine: the second
 * oracle for gradients. Recursion is fine here, graphs in tests are small.
 */
final class Value {
    final double data;
    double grad;
    private final Value[] parents;
    private final double[] localGrads;

    Value(double data) {
        this(data, new Value[0], new double[0]);
    }

    private Value(double data, Value[] parents, double[] localGrads) {
        this.data = data;
        this.parents = parents;
        this.localGrads = localGrads;
    }

    Value add(Value o) {
        return new Value(data + o.data, new Value[] {this, o}, new double[] {1, 1});
    }

    Value sub(Value o) {
        return new Value(data - o.data, new Value[] {this, o}, new double[] {1, -1});
    }

    Value mul(Value o) {
        return new Value(data * o.data, new Value[] {this, o}, new double[] {o.data, data});
    }

    Value div(Value o) {
        return new Value(data / o.data, new Value[] {this, o}, new double[] {1 / o.data, -data / (o.data * o.data)});
    }

    Value mul(double c) {
        return new Value(data * c, new Value[] {this}, new double[] {c});
    }

    Value relu() {
        return new Value(data > 0 ? data : 0, new Value[] {this}, new double[] {data > 0 ? 1 : 0});
    }

    Value tanh() {
        double t = Math.tanh(data);
        return new Value(t, new Value[] {this}, new double[] {1 - t * t});
    }

    Value sigmoid() {
        double s = 1 / (1 + Math.exp(-data));
        return new Value(s, new Value[] {this}, new double[] {s * (1 - s)});
    }

    Value exp() {
        double e = Math.exp(data);
        return new Value(e, new Value[] {this}, new double[] {e});
    }

    Value log() {
        return new Value(Math.log(data), new Value[] {this}, new double[] {1 / data});
    }

    Value abs() {
        return new Value(Math.abs(data), new Value[] {this}, new double[] {Math.signum(data)});
    }

    void backward() {
        List<Value> order = new ArrayList<>();
        build(this, new IdentityHashMap<>(), order);
        grad = 1;
        for (int i = order.size() - 1; i >= 0; i--) {
            Value v = order.get(i);
            for (int k = 0; k < v.parents.length; k++) {
                v.parents[k].grad += v.localGrads[k] * v.grad;
            }
        }
    }

    private static void build(Value v, IdentityHashMap<Value, Boolean> seen, List<Value> order) {
        if (seen.put(v, Boolean.TRUE) != null) {
            return;
        }
        for (Value p : v.parents) {
            build(p, seen, order);
        }
        order.add(v);
    }

    static Value sum(List<Value> values) {
        Value total = new Value(0);
        for (Value v : values) {
            total = total.add(v);
        }
        return total;
    }
}
