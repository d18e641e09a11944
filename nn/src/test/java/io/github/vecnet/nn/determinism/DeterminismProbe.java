package io.github.vecnet.nn.determinism;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.data.Batch;
import io.github.vecnet.nn.data.DataLoader;
import io.github.vecnet.nn.init.Init;
import io.github.vecnet.nn.init.SplitMix64;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Losses;
import io.github.vecnet.nn.optim.Adam;
import io.github.vecnet.nn.optim.LearningRate;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Trains small tanh and sigmoid MLPs (float32 and float64, Adam with an exponential schedule, shuffled batches) and
 * prints one SHA-256 of every parameter bit and every loss. Run in child JVMs on different JDKs by
 * {@link CrossJdkDeterminismTest}: equal digests mean bit-identical training.
 */
public final class DeterminismProbe {
    private DeterminismProbe() {}

    public static void main(String[] args) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (DType dtype : DType.values()) {
            for (Activation activation : new Activation[] {Activation.TANH, Activation.SIGMOID}) {
                train(dtype, activation, digest);
            }
        }
        System.out.println("digest " + HexFormat.of().formatHex(digest.digest()));
    }

    private static void train(DType dtype, Activation activation, MessageDigest digest) {
        SplitMix64 random = new SplitMix64(42);
        int n = 64;
        double[][] x = new double[n][3];
        double[][] y = new double[n][1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextDouble() * 2 - 1;
            }
            y[i][0] = StrictMath.sin(3 * x[i][0]) * x[i][1] + x[i][2];
        }
        Mlp net = Mlp.builder()
                .widths(3, 16, 16, 1)
                .activation(activation)
                .dtype(dtype)
                .init(Init.pytorchDefault())
                .rng(new SplitMix64(7))
                .build();
        Adam adam = new Adam(net.parameters(), LearningRate.exponential(1e-2, 1e-4, 20, LearningRate.Unit.EPOCH));
        DataLoader data = new DataLoader(Tensor.of(x, dtype), Tensor.of(y, dtype), 16, true, 3);
        ByteBuffer bits = ByteBuffer.allocate(8);
        for (int epoch = 0; epoch < 20; epoch++) {
            adam.setEpoch(epoch);
            for (Batch b : data.epoch(epoch)) {
                adam.zeroGrad();
                Tensor loss = Losses.mse(net.forward(b.inputs()), b.targets());
                digest.update(bits.clear().putDouble(0, loss.item()).array());
                loss.backward();
                adam.step();
            }
        }
        for (Tensor p : net.parameters()) {
            for (int i = 0; i < p.rows(); i++) {
                for (int j = 0; j < p.cols(); j++) {
                    digest.update(bits.clear().putDouble(0, p.get(i, j)).array());
                }
            }
        }
    }
}
