package io.github.vecnet.bench;

import io.github.vecnet.kernels.Kernels;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Losses;
import io.github.vecnet.nn.optim.Adam;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training step (zeroGrad, forward, loss, backward, Adam step) of the three MLPs of the nn issue; compare with
 * {@code bench/pytorch/mlp_step.py}, which builds the same models, data shapes, losses and optimizer.
 * <ul>
 *   <li>{@code a_784_256_256_10_f32_b256}: ReLU MLP 784-256-256-10, batch 256, float32, cross-entropy;</li>
 *   <li>{@code b_10_64x3_1_sigmoid_f32_b1024}: sigmoid MLP 10-64-64-64-1 (sigmoid output), batch 1024, float32,
 *       MSE;</li>
 *   <li>{@code c_1_32x4_1_relu_f64_b20}: ReLU MLP [1, 32, 32, 32, 32, 1], batch 20, float64, MSE (the
 *       teacher-student regime).</li>
 * </ul>
 * Threads: {@code -p threads=1} (default) pins the GEMM to one thread, as the PyTorch script does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class MlpStepBenchmark {

    @Param({"a_784_256_256_10_f32_b256", "b_10_64x3_1_sigmoid_f32_b1024", "c_1_32x4_1_relu_f64_b20"})
    public String config;

    @Param({"1"})
    public int threads;

    private Mlp net;
    private Adam adam;
    private Tensor x;
    private Tensor y;
    private int[] labels;

    @Setup
    public void setUp() {
        Kernels.setThreads(threads);
        SplittableRandom rng = new SplittableRandom(42);
        int batch;
        int[] widths;
        Activation hidden;
        Activation output = Activation.IDENTITY;
        DType dtype;
        switch (config) {
            case "a_784_256_256_10_f32_b256":
                widths = new int[] {784, 256, 256, 10};
                batch = 256;
                hidden = Activation.RELU;
                dtype = DType.FLOAT32;
                break;
            case "b_10_64x3_1_sigmoid_f32_b1024":
                widths = new int[] {10, 64, 64, 64, 1};
                batch = 1024;
                hidden = Activation.SIGMOID;
                output = Activation.SIGMOID;
                dtype = DType.FLOAT32;
                break;
            case "c_1_32x4_1_relu_f64_b20":
                widths = new int[] {1, 32, 32, 32, 32, 1};
                batch = 20;
                hidden = Activation.RELU;
                dtype = DType.FLOAT64;
                break;
            default:
                throw new IllegalArgumentException("unknown config " + config);
        }
        net = Mlp.builder()
                .widths(widths)
                .activation(hidden)
                .outputActivation(output)
                .dtype(dtype)
                .rng(rng)
                .build();
        adam = new Adam(net.parameters(), 1e-4);
        int in = widths[0];
        int out = widths[widths.length - 1];
        double[] xs = new double[batch * in];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = rng.nextDouble(-1, 1);
        }
        x = Tensor.copyOf(xs, batch, in, dtype);
        labels = new int[batch];
        double[] ys = new double[batch * out];
        for (int i = 0; i < batch; i++) {
            labels[i] = rng.nextInt(out);
        }
        for (int i = 0; i < ys.length; i++) {
            ys[i] = rng.nextDouble();
        }
        y = Tensor.copyOf(ys, batch, out, dtype);
    }

    @Benchmark
    public double step() {
        adam.zeroGrad();
        Tensor prediction = net.forward(x);
        Tensor loss = out() == 10 ? Losses.crossEntropy(prediction, labels) : Losses.mse(prediction, y);
        loss.backward();
        adam.step();
        return loss.item();
    }

    private int out() {
        return y.cols();
    }
}
