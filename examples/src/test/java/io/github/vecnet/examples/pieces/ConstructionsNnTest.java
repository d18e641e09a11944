package io.github.vecnet.examples.pieces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.examples.common.NnBridge;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.layers.Sequential;
import org.junit.jupiter.api.Test;

/** The constructions as real nn models: pieces counted from their Linear layers, errors from nn's forward. */
class ConstructionsNnTest {

    @Test
    void sawtoothAsAnNnModelHasTwoToTheLPieces() {
        for (int depth : new int[] {1, 5, 12}) {
            Sequential model = NnBridge.toNn(Constructions.sawtooth(depth), DType.FLOAT64);
            assertEquals(
                    1 << depth,
                    PieceCounter.count(NnBridge.toReluNet(NnBridge.linears(model)))
                            .pieces());
        }
    }

    @Test
    void yarotskyAsAnNnModelHasTheExactError() {
        for (int m : new int[] {1, 4, 9}) {
            Sequential model = NnBridge.toNn(Constructions.yarotsky(m), DType.FLOAT64);
            // Independent of the formula in the code: the interpolation error of x^2 on a grid of spacing 2^-m is
            // (spacing / 2)^2 at every midpoint.
            double spacing = Math.pow(2, -m);
            assertEquals(spacing * spacing / 4, PiecesExperiment.yarotskyError(model, m, 1 << 12), 0.0);
            assertEquals(
                    1 << m,
                    PieceCounter.count(NnBridge.toReluNet(NnBridge.linears(model)))
                            .pieces());
        }
    }
}
