package io.github.vecnet.nn.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Module;
import java.util.List;

/** A copy of a float32 module's parameter values, to check that a rejected load changed none of them. */
final class ParameterSnapshot {
    private final Module model;
    private final float[][] values;

    private ParameterSnapshot(Module model) {
        this.model = model;
        List<Tensor> params = model.parameters();
        values = new float[params.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = params.get(i).floatData().clone();
        }
    }

    static ParameterSnapshot of(Module model) {
        return new ParameterSnapshot(model);
    }

    void assertUnchanged(String why) {
        List<Tensor> params = model.parameters();
        for (int i = 0; i < values.length; i++) {
            assertArrayEquals(values[i], params.get(i).floatData(), why + ": parameter " + i + " changed");
        }
    }
}
