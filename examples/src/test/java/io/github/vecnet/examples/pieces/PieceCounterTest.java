package io.github.vecnet.examples.pieces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.common.ReluNet;
import io.github.vecnet.examples.common.Rng;
import org.junit.jupiter.api.Test;

class PieceCounterTest {

    private static ReluNet oneHidden(double[] w1, double[] b1, double[] w2, double b2) {
        return ReluNet.of(new int[] {1, w1.length, 1}, new double[][] {w1, w2}, new double[][] {b1, {b2}});
    }

    @Test
    void singleKinkInsideAndOutside() {
        assertEquals(
                2,
                PieceCounter.count(oneHidden(new double[] {1}, new double[] {-0.3}, new double[] {1}, 0))
                        .pieces());
        // Kinks at 0.3 and 1.5: only one inside [0, 1].
        PieceCounter.Result r =
                PieceCounter.count(oneHidden(new double[] {1, 1}, new double[] {-0.3, -1.5}, new double[] {1, 1}, 0));
        assertEquals(2, r.pieces());
        assertEquals(2, r.regions());
        assertArrayEquals(new double[] {0, 0.3, 1}, r.pieceEnds(), 1e-15);
        assertArrayEquals(new double[] {0, 1}, r.slopes(), 1e-15);
    }

    @Test
    void hatHasFourPiecesOnItsSupportAndCancellingKinksMerge() {
        // hat centred at 0.5 with half width 0.25: kinks at 0.25, 0.5, 0.75.
        ReluNet hat = oneHidden(new double[] {4, 4, 4}, new double[] {-1, -2, -3}, new double[] {1, -2, 1}, 0);
        assertEquals(4, PieceCounter.count(hat).pieces());
        // relu(x - 1/2) - relu(x - 1/2) is zero: two activation regions, one affine piece.
        ReluNet cancel = oneHidden(new double[] {1, 1}, new double[] {-0.5, -0.5}, new double[] {1, -1}, 0);
        PieceCounter.Result r = PieceCounter.count(cancel);
        assertEquals(1, r.pieces());
        assertEquals(2, r.regions());
        // A neuron with zero output weight switches without a kink in f.
        ReluNet silent = oneHidden(new double[] {1, 1}, new double[] {-0.2, -0.7}, new double[] {1, 0}, 0);
        assertEquals(2, PieceCounter.count(silent).pieces());
        assertEquals(3, PieceCounter.count(silent).regions());
    }

    @Test
    void deepKinkCreatedInASecondLayer() {
        // Layer 1: relu(x); layer 2: relu(relu(x) - 0.6) adds a kink at 0.6 through the second layer only.
        ReluNet net =
                ReluNet.of(new int[] {1, 1, 1, 1}, new double[][] {{1}, {1}, {1}}, new double[][] {{0}, {-0.6}, {0}});
        PieceCounter.Result r = PieceCounter.count(net);
        assertEquals(2, r.pieces());
        assertEquals(0.6, r.pieceEnds()[1], 1e-15);
    }

    @Test
    void sawtoothHasExactlyTwoToTheLPieces() {
        for (int depth = 1; depth <= 14; depth++) {
            PieceCounter.Result r = PieceCounter.count(Constructions.sawtooth(depth));
            assertEquals(1 << depth, r.pieces(), "depth " + depth);
            assertEquals(1 << depth, r.regions(), "depth " + depth);
        }
    }

    @Test
    void yarotskyHasTwoToTheMPiecesAndTheExactError() {
        for (int m = 1; m <= 10; m++) {
            ReluNet f = Constructions.yarotsky(m);
            assertEquals(1 << m, PieceCounter.count(f).pieces(), "m " + m);
            int k = 1 << m;
            double expected = Math.scalb(1.0, -2 * m - 2);
            double max = 0;
            // Interpolation nodes are exact; midpoints attain the error 2^(-2m-2) exactly (dyadic arithmetic).
            for (int i = 0; i <= k; i++) {
                double x = (double) i / k;
                assertEquals(x * x, f.forward(x)[0], 0.0, "node " + i);
                if (i < k) {
                    double mid = (i + 0.5) / k;
                    double err = f.forward(mid)[0] - mid * mid;
                    assertEquals(expected, err, 0.0, "midpoint " + i);
                    max = Math.max(max, err);
                }
            }
            assertEquals(expected, max, 0.0);
        }
    }

    @Test
    void randomNetsAgreeWithTheDenseGridWithinTwo() {
        Rng rng = new Rng(2024);
        int[][] shapes = {{1, 8, 1}, {1, 6, 6, 1}, {1, 5, 5, 5, 1}, {1, 4, 4, 4, 4, 1}, {1, 16, 8, 1}};
        for (int[] shape : shapes) {
            ReluNet net = PiecesExperiment.randomNet(shape, rng);
            int exact = PieceCounter.count(net).pieces();
            int grid = PieceCounter.gridCount(net, 0, 1, 1 << 20);
            assertTrue(Math.abs(exact - grid) <= 2, "exact " + exact + " vs grid " + grid);
            assertTrue(exact >= 2, "a random net with kinks inside [0, 1] expected, got " + exact);
        }
    }

    @Test
    void onlyScalarNetsAndProperIntervals() {
        ReluNet two = ReluNet.of(new int[] {2, 1}, new double[][] {{1, 1}}, new double[][] {{0}});
        assertThrows(IllegalArgumentException.class, () -> PieceCounter.count(two));
        ReluNet one = Constructions.sawtooth(1);
        assertThrows(IllegalArgumentException.class, () -> PieceCounter.count(one, 1, 0));
    }
}
