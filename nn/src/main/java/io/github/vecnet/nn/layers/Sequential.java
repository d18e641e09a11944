package io.github.vecnet.nn.layers;

import io.github.vecnet.nn.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Modules applied in order; parameters are named {@code "<index>.<name>"} as in PyTorch. A {@link Linear} directly
 * followed by an {@link Activation} runs as one fused graph node ({@code Ops.linearRelu} and its siblings), with the
 * same bits as the two modules one after the other.
 */
public final class Sequential implements Module {
    private final List<Module> modules;

    /**
     * The modules applied in the given order.
     *
     * @param modules the modules
     */
    public Sequential(Module... modules) {
        this(modules == null ? null : List.of(modules));
    }

    /**
     * The modules applied in list order (the list is copied).
     *
     * @param modules the modules
     */
    public Sequential(List<? extends Module> modules) {
        if (modules == null) {
            throw new IllegalArgumentException("Sequential: modules must not be null");
        }
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i) == null) {
                throw new IllegalArgumentException("Sequential: module " + i + " is null");
            }
        }
        this.modules = Collections.unmodifiableList(new ArrayList<>(modules));
    }

    @Override
    public Tensor forward(Tensor x) {
        Tensor h = x;
        for (int i = 0; i < modules.size(); i++) {
            Module m = modules.get(i);
            if (m instanceof Linear && i + 1 < modules.size() && modules.get(i + 1) instanceof Activation) {
                // Fused (the same bits): one graph node and one buffer instead of two.
                h = ((Linear) m).forward(h, (Activation) modules.get(++i));
            } else {
                h = m.forward(h);
            }
        }
        return h;
    }

    /**
     * The modules, in order (unmodifiable).
     *
     * @return the modules, in order (unmodifiable)
     */
    public List<Module> modules() {
        return modules;
    }

    /**
     * One module.
     *
     * @param index its position, from 0
     * @return the module
     */
    public Module get(int index) {
        return modules.get(index);
    }

    /**
     * The number of modules.
     *
     * @return the number of modules
     */
    public int size() {
        return modules.size();
    }

    @Override
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (int i = 0; i < modules.size(); i++) {
            for (Map.Entry<String, Tensor> e : modules.get(i).namedParameters().entrySet()) {
                out.put(i + "." + e.getKey(), e.getValue());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Sequential" + modules;
    }
}
