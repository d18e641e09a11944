package io.github.vecnet.nn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** The backward pass: reverse topological order over the recorded graph, then the graph is freed. */
final class Autograd {
    private Autograd() {}

    /**
     * See {@link Tensor#backward()}.
     *
     * @param root the {@code 1 x 1} tensor to differentiate
     */
    static void backward(Tensor root) {
        if (root.size() != 1) {
            throw new IllegalArgumentException("backward() needs a scalar (1 x 1) tensor, got " + root.shape()
                    + "; reduce it first, e.g. with sum() or mean()");
        }
        if (root.graphFreed) {
            throw new IllegalStateException("backward() through a graph that a previous backward() already freed;"
                    + " run the forward pass again");
        }
        if (!root.requiresGrad()) {
            throw new IllegalStateException("backward() on a tensor that does not require grad: no input required grad,"
                    + " or it was computed inside NoGrad");
        }
        List<Tensor> order = topologicalOrder(root);
        Tensor seed = Tensor.ones(1, 1, root.dtype());
        Function.accumulate(root, seed, true);
        GradientBin bin = GradientBin.current();
        try {
            for (int i = order.size() - 1; i >= 0; i--) {
                Tensor node = order.get(i);
                Function fn = node.gradFn;
                if (fn == null) {
                    continue;
                }
                Tensor g = node.grad;
                if (g != null) {
                    fn.propagate(g);
                }
                bin.release(g, fn.inputs); // dead now, unless an input took it over
                freeGraph(node);
            }
        } finally {
            bin.endPass();
        }
    }

    /**
     * Post-order of the graph below {@code root} (inputs before the results that use them), by an explicit stack:
     * deep networks cannot overflow the call stack, and the order depends only on the graph.
     */
    static List<Tensor> topologicalOrder(Tensor root) {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Tensor> nodes = new ArrayDeque<>();
        ArrayDeque<int[]> nextInput = new ArrayDeque<>();
        visited.add(root);
        nodes.push(root);
        nextInput.push(new int[1]);
        while (!nodes.isEmpty()) {
            Tensor node = nodes.peek();
            int[] next = nextInput.peek();
            Function fn = node.gradFn;
            Tensor[] inputs = fn == null ? null : fn.inputs;
            if (inputs != null && next[0] < inputs.length) {
                Tensor input = inputs[next[0]++];
                if (input != null && input.requiresGrad() && visited.add(input)) {
                    if (input.graphFreed) {
                        throw new IllegalStateException(
                                "backward() reached a " + input.shape() + " tensor whose graph a previous"
                                        + " backward() already freed; run the forward pass again");
                    }
                    nodes.push(input);
                    nextInput.push(new int[1]);
                }
            } else {
                nodes.pop();
                nextInput.pop();
                order.add(node);
            }
        }
        return order;
    }

    /** Drops the graph link after backward and remembers that the graph is gone. */
    private static void freeGraph(Tensor t) {
        if (t.gradFn != null) {
            t.gradFn = null;
            t.graphFreed = true;
            t.grad = null;
        }
    }
}
