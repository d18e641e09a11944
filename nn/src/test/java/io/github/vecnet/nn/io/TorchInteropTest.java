package io.github.vecnet.nn.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Losses;
import io.github.vecnet.nn.optim.Adam;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trips with PyTorch and NumPy (Debian's python3-torch and python3-numpy at /usr/bin/python3; skipped when
 * absent). A network trained in vecnet, saved as safetensors, loads strictly into the equivalent
 * {@code torch.nn.Sequential} and gives the same outputs; a torch-initialised network loads into vecnet and does
 * too; {@code .npy} files pass both ways. All python checks run in one interpreter start.
 */
class TorchInteropTest {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final int[] WIDTHS = {5, 16, 8, 3};

    @TempDir
    static Path dir;

    private static Mlp[] trained = new Mlp[2];

    private static Mlp network(DType dtype, long seed) {
        return Mlp.builder(dtype)
                .widths(WIDTHS)
                .activation(Activation.RELU)
                .rng(new SplittableRandom(seed))
                .build();
    }

    /** A few Adam steps on a small regression problem, so the weights are no longer torch-like initial values. */
    private static Mlp train(DType dtype) {
        Mlp net = network(dtype, 11);
        SplittableRandom rng = new SplittableRandom(3);
        Tensor x = Tensor.randn(32, WIDTHS[0], 0, 1, dtype, rng);
        Tensor y = Tensor.randn(32, WIDTHS[WIDTHS.length - 1], 0, 1, dtype, rng);
        Adam adam = new Adam(net.parameters(), 1e-2);
        for (int step = 0; step < 5; step++) {
            adam.zeroGrad();
            Losses.mse(net.forward(x), y).backward();
            adam.step();
        }
        return net;
    }

    private static String code(DType dtype) {
        return dtype == DType.FLOAT32 ? "F32" : "F64";
    }

    @BeforeAll
    static void runPython() throws Exception {
        assumeTrue(
                Files.isExecutable(PYTHON), "skipped: " + PYTHON + " not found (Debian: python3-torch python3-numpy)");
        Files.writeString(dir.resolve("widths.json"), "[5, 16, 8, 3]");
        for (DType dtype : DType.values()) {
            Mlp net = train(dtype);
            trained[dtype.ordinal()] = net;
            SafeTensors.saveModel(net, dir.resolve("vecnet_" + code(dtype) + ".safetensors"));
            Tensor x = Tensor.randn(9, WIDTHS[0], 0, 1, dtype, new SplittableRandom(21));
            Npy.save(x, dir.resolve("x_" + code(dtype) + ".npy"));
        }
        Npy.save(Tensor.copyOf(new float[] {1, 2, 3, 4, 5, 6}, 3, 2), dir.resolve("vecnet_matrix.npy"));

        Path script = dir.resolve("torch_interop.py");
        try (InputStream in = TorchInteropTest.class.getResourceAsStream("torch_interop.py")) {
            Files.copy(in, script);
        }
        ProcessBuilder builder = new ProcessBuilder(PYTHON.toString(), script.toString(), dir.toString());
        builder.environment().put("OPENBLAS_NUM_THREADS", "1");
        builder.environment().put("OMP_NUM_THREADS", "1");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "python did not finish");
        assumeTrue(process.exitValue() != 77, "skipped: " + output.trim());
        assertEquals(0, process.exitValue(), "python failed:\n" + output);
        assertEquals("dtype=<f4 shape=(3, 2)", output.trim(), "numpy's view of vecnet's .npy");
    }

    private static void assertClose(Tensor expected, Tensor actual, double tolerance, String what) {
        assertEquals(expected.shape(), actual.shape(), what);
        assertEquals(expected.dtype(), actual.dtype(), what);
        for (int i = 0; i < expected.size(); i++) {
            double e = expected.get(i);
            assertEquals(e, actual.get(i), tolerance * Math.max(1, Math.abs(e)), what + " element " + i);
        }
    }

    private static double tolerance(DType dtype) {
        return dtype == DType.FLOAT32 ? 1e-6 : 1e-12;
    }

    @Test
    void vecnetTrainedWeightsGiveTheSameOutputsInTorch() throws Exception {
        for (DType dtype : DType.values()) {
            Tensor x = Npy.load(dir.resolve("x_" + code(dtype) + ".npy"));
            Tensor ours;
            try (NoGrad ignored = NoGrad.enter()) {
                ours = trained[dtype.ordinal()].forward(x);
            }
            Tensor torch = Npy.load(dir.resolve("torch_out_" + code(dtype) + ".npy"));
            assertClose(torch, ours, tolerance(dtype), "vecnet -> torch " + dtype.label());
        }
    }

    @Test
    void torchInitialisedNetworkGivesTheSameOutputsInVecnet() throws Exception {
        for (DType dtype : DType.values()) {
            Mlp net = network(dtype, 999);
            SafeTensors.loadModel(net, dir.resolve("torch_" + code(dtype) + ".safetensors"));
            Tensor x = Npy.load(dir.resolve("torch_x_" + code(dtype) + ".npy"));
            Tensor expected = Npy.load(dir.resolve("torch_y_" + code(dtype) + ".npy"));
            assertClose(expected, net.predict(x, 64), tolerance(dtype), "torch -> vecnet " + dtype.label());
        }
    }

    @Test
    void npyFilesPassBothWays() throws Exception {
        Tensor echo = Npy.load(dir.resolve("numpy_echo.npy"));
        assertEquals(DType.FLOAT32, echo.dtype());
        assertArrayEquals(new float[] {2, 4, 6, 8, 10, 12}, echo.floatData());
        assertEquals("3 x 2", echo.shape());
        double[] grid = {0.5, 1.5, 2.5, 3.5, 4.5, 5.5};
        Tensor big = Npy.load(dir.resolve("numpy_big_endian.npy"));
        assertEquals("2 x 3", big.shape());
        assertArrayEquals(grid, big.doubleData());
        Tensor fortran = Npy.load(dir.resolve("numpy_fortran.npy"));
        assertEquals("2 x 3", fortran.shape());
        assertArrayEquals(grid, fortran.toDoubleArray());
        Tensor vector = Npy.load(dir.resolve("numpy_vector.npy"));
        assertEquals("1 x 3", vector.shape());
        assertArrayEquals(new float[] {1.25f, -2.5f, 3.75f}, vector.floatData());
    }
}
