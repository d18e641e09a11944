package io.github.vecnet.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Losses;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The tensor engine's gradients against the independent scalar {@link Value} engine. */
class ValueOracleTest {

    @Test
    void mlpLossGradientsMatchScalarEngine() {
        for (Activation act : new Activation[] {Activation.RELU, Activation.TANH, Activation.SIGMOID}) {
            Mlp net = Mlp.builder()
                    .widths(3, 6, 5, 2)
                    .activation(act)
                    .dtype(DType.FLOAT64)
                    .rng(new SplittableRandom(11))
                    .build();
            Tensor x = GradCheck.random(7, 3, -2, 2, new SplittableRandom(12)).requiresGrad(false);
            Tensor y = GradCheck.random(7, 2, -1, 1, new SplittableRandom(13)).requiresGrad(false);
            Losses.mse(net.forward(x), y).backward();

            // Same network in scalar Values.
            List<Value[][]> ws = new ArrayList<>();
            List<Value[]> bs = new ArrayList<>();
            for (Linear l : net.linears()) {
                Value[][] w = new Value[l.inFeatures()][l.outFeatures()];
                Value[] b = new Value[l.outFeatures()];
                for (int i = 0; i < l.inFeatures(); i++) {
                    for (int j = 0; j < l.outFeatures(); j++) {
                        w[i][j] = new Value(l.weight().get(i, j));
                    }
                }
                for (int j = 0; j < l.outFeatures(); j++) {
                    b[j] = new Value(l.bias().get(0, j));
                }
                ws.add(w);
                bs.add(b);
            }
            List<Value> squares = new ArrayList<>();
            for (int r = 0; r < x.rows(); r++) {
                Value[] h = new Value[x.cols()];
                for (int i = 0; i < h.length; i++) {
                    h[i] = new Value(x.get(r, i));
                }
                for (int layer = 0; layer < ws.size(); layer++) {
                    Value[][] w = ws.get(layer);
                    Value[] next = new Value[w[0].length];
                    for (int j = 0; j < next.length; j++) {
                        Value s = bs.get(layer)[j];
                        for (int i = 0; i < h.length; i++) {
                            s = s.add(h[i].mul(w[i][j]));
                        }
                        if (layer + 1 < ws.size()) {
                            s = act == Activation.RELU ? s.relu() : act == Activation.TANH ? s.tanh() : s.sigmoid();
                        }
                        next[j] = s;
                    }
                    h = next;
                }
                for (int j = 0; j < h.length; j++) {
                    Value e = h[j].sub(new Value(y.get(r, j)));
                    squares.add(e.mul(e));
                }
            }
            Value loss = Value.sum(squares).mul(1.0 / squares.size());
            loss.backward();

            for (int layer = 0; layer < ws.size(); layer++) {
                Linear l = net.linears().get(layer);
                for (int i = 0; i < l.inFeatures(); i++) {
                    for (int j = 0; j < l.outFeatures(); j++) {
                        double expected = ws.get(layer)[i][j].grad;
                        assertEquals(
                                expected,
                                l.weight().grad().get(i, j),
                                1e-12 * Math.max(1, Math.abs(expected)),
                                act + " layer " + layer + " w[" + i + "][" + j + "]");
                    }
                }
                for (int j = 0; j < l.outFeatures(); j++) {
                    double expected = bs.get(layer)[j].grad;
                    assertEquals(
                            expected,
                            l.bias().grad().get(0, j),
                            1e-12 * Math.max(1, Math.abs(expected)),
                            act + " layer " + layer + " b[" + j + "]");
                }
            }
        }
    }

    @Test
    void elementwiseChainMatchesScalarEngine() {
        // f = sum( exp(a) / (1 + |b|) * log(c) ) with broadcasting of a row vector b.
        SplittableRandom rng = new SplittableRandom(21);
        Tensor a = GradCheck.random(3, 4, -1, 1, rng);
        Tensor b = GradCheck.awayFromZero(1, 4, rng);
        Tensor c = GradCheck.random(3, 4, 0.5, 2, rng);
        a.exp().div(b.abs().add(1.0)).mul(c.log()).sum().backward();

        Value[] vb = new Value[4];
        for (int j = 0; j < 4; j++) {
            vb[j] = new Value(b.get(0, j));
        }
        Value[][] va = new Value[3][4];
        Value[][] vc = new Value[3][4];
        List<Value> terms = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                va[i][j] = new Value(a.get(i, j));
                vc[i][j] = new Value(c.get(i, j));
                terms.add(va[i][j].exp().div(vb[j].abs().add(new Value(1))).mul(vc[i][j].log()));
            }
        }
        Value.sum(terms).backward();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(va[i][j].grad, a.grad().get(i, j), 1e-12);
                assertEquals(vc[i][j].grad, c.grad().get(i, j), 1e-12);
            }
        }
        for (int j = 0; j < 4; j++) {
            assertEquals(vb[j].grad, b.grad().get(0, j), 1e-12);
        }
    }
}
