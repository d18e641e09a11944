package io.github.vecnet.examples.hello;

import io.github.vecnet.examples.BuildVersion;
import io.github.vecnet.examples.intrinsic.DataNotFoundException;
import io.github.vecnet.examples.intrinsic.FashionMnist;
import io.github.vecnet.kernels.Kernels;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.data.Batch;
import io.github.vecnet.nn.data.DataLoader;
import io.github.vecnet.nn.io.ModelFile;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Losses;
import io.github.vecnet.nn.optim.Adam;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The "hello world" of vecnet: train a 784-256-10 ReLU MLP on Fashion-MNIST (float32, Adam, cross-entropy), print
 * the test accuracy after every epoch, save the model with {@link ModelFile}, load it into a fresh network and
 * evaluate again (the two accuracies must be equal). The IDX files come from Debian's {@code dataset-fashion-mnist}
 * ({@code /usr/share/datasets/fashion-mnist/}) or {@code --data DIR}.
 *
 * <p>Run it from an IDE (VM option {@code --add-modules=jdk.incubator.vector}) or with
 * {@code java --add-modules=jdk.incubator.vector -cp examples/target/vecnet-examples.jar
 * io.github.vecnet.examples.hello.FashionMnistClassifier --epochs 2}.
 */
@Command(
        name = "fashion-mnist-classifier",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = "Trains an MLP on Fashion-MNIST, prints the test accuracy per epoch, saves and reloads it.")
public final class FashionMnistClassifier implements Callable<Integer> {
    /** Exit code when the reloaded model does not reproduce the in-memory accuracy. */
    public static final int EXIT_RELOAD_MISMATCH = 3;

    static final int HIDDEN = 256;
    static final int CLASSES = 10;
    private static final int EVAL_CHUNK = 2000;
    private static final int PROGRESS_STEPS = 4;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Directory with the four IDX files (.gz or raw); default: /usr/share/datasets/fashion-mnist.")
    Path dataDir;

    @Option(names = "--epochs", paramLabel = "N", description = "Training epochs (default: ${DEFAULT-VALUE}).")
    int epochs = 2;

    @Option(names = "--batch-size", paramLabel = "N", description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
    int batchSize = 64;

    @Option(names = "--lr", paramLabel = "RATE", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate = 1e-3;

    @Option(names = "--limit", paramLabel = "N", description = "Use only the first N training images (default: all).")
    Integer limit;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of the initial weights and the shuffle " + "(default: ${DEFAULT-VALUE}).")
    long seed = 0;

    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = "Where the trained model is saved " + "(default: ${DEFAULT-VALUE}).")
    Path modelFile = Paths.get("results", "hello", "fashion-mnist-mlp.vecnet");

    /** What one run measured; kept for callers that embed the command (tests). */
    record Result(double[] epochAccuracy, double reloadedAccuracy, Path modelFile) {
        double finalAccuracy() {
            return epochAccuracy[epochAccuracy.length - 1];
        }
    }

    Result result;

    public static void main(String[] args) {
        System.exit(new CommandLine(new FashionMnistClassifier()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        FashionMnist data;
        try {
            data = FashionMnist.load(dataDir);
        } catch (DataNotFoundException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return spec.exitCodeOnInvalidInput();
        }
        int pixels = data.pixels();
        int trainCount = limit == null ? data.trainCount() : Math.min(limit, data.trainCount());
        Tensor trainX = Tensor.wrap(Arrays.copyOf(data.trainImages(), trainCount * pixels), trainCount, pixels);
        Tensor trainY = labelColumn(Arrays.copyOf(data.trainLabels(), trainCount));
        Tensor testX = Tensor.wrap(data.testImages(), data.testCount(), pixels);
        int[] testLabels = data.testLabels();
        out.printf(
                Locale.ROOT,
                "Fashion-MNIST: %d training / %d test images of %d pixels; MLP %d-%d-%d float32;" + " kernels: %s%n",
                trainCount,
                data.testCount(),
                pixels,
                pixels,
                HIDDEN,
                CLASSES,
                Kernels.info().summary());

        Mlp net = newNetwork(pixels, seed);
        Adam adam = new Adam(net.parameters(), learningRate);
        DataLoader loader = new DataLoader(trainX, trainY, batchSize, true, seed);
        double[] accuracy = new double[epochs];
        for (int epoch = 0; epoch < epochs; epoch++) {
            long start = System.nanoTime();
            double lossSum = 0;
            int batches = loader.batchesPerEpoch();
            int reported = 0;
            for (Batch batch : loader.epoch(epoch)) {
                adam.zeroGrad();
                Tensor loss = Losses.crossEntropy(net.forward(batch.inputs()), batch.targets());
                lossSum += loss.item();
                loss.backward();
                adam.step();
                int done = batch.index() + 1;
                if (done * PROGRESS_STEPS >= (reported + 1) * batches && done < batches) {
                    reported = done * PROGRESS_STEPS / batches;
                    out.printf(
                            Locale.ROOT,
                            "  epoch %d/%d: %3d %% of %d batches, mean loss %.4f%n",
                            epoch + 1,
                            epochs,
                            100 * done / batches,
                            batches,
                            lossSum / done);
                }
            }
            accuracy[epoch] = accuracy(net, testX, testLabels);
            out.printf(
                    Locale.ROOT,
                    "epoch %d/%d: train loss %.4f, test accuracy %.2f %%, %.1f s%n",
                    epoch + 1,
                    epochs,
                    lossSum / batches,
                    100 * accuracy[epoch],
                    (System.nanoTime() - start) / 1e9);
        }

        Path parent = modelFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ModelFile.save(net, modelFile);
        // A fresh network with other initial weights: only the file can make it agree with the trained one.
        Mlp reloaded = newNetwork(pixels, seed + 1);
        ModelFile.load(reloaded, modelFile);
        double reloadedAccuracy = accuracy(reloaded, testX, testLabels);
        result = new Result(accuracy, reloadedAccuracy, modelFile);
        boolean same = reloadedAccuracy == accuracy[epochs - 1];
        out.printf(
                Locale.ROOT,
                "saved %s (%d bytes); reloaded: test accuracy %.2f %% (%s)%n",
                modelFile,
                Files.size(modelFile),
                100 * reloadedAccuracy,
                same ? "same as in memory" : "DIFFERS from in memory");
        out.flush();
        return same ? 0 : EXIT_RELOAD_MISMATCH;
    }

    static Mlp newNetwork(int inputs, long seed) {
        return Mlp.builder()
                .widths(inputs, HIDDEN, CLASSES)
                .activation(Activation.RELU)
                .outputActivation(Activation.IDENTITY)
                .dtype(DType.FLOAT32)
                .rng(new SplittableRandom(seed))
                .build();
    }

    /** Fraction of test images whose largest logit is the true class (forward pass without a graph). */
    static double accuracy(Mlp net, Tensor images, int[] labels) {
        int[] predicted = net.predict(images, EVAL_CHUNK).argmaxRows();
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] == labels[i]) {
                correct++;
            }
        }
        return correct / (double) labels.length;
    }

    private static Tensor labelColumn(int[] labels) {
        float[] column = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            column[i] = labels[i];
        }
        return Tensor.wrap(column, labels.length, 1);
    }

    private void validate() {
        if (epochs < 1) {
            throw bad("--epochs must be >= 1, got " + epochs);
        }
        if (batchSize < 1) {
            throw bad("--batch-size must be >= 1, got " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw bad("--lr must be a positive finite number, got " + learningRate);
        }
        if (limit != null && limit < 1) {
            throw bad("--limit must be >= 1, got " + limit);
        }
        if (dataDir != null && !Files.isDirectory(dataDir)) {
            throw bad("--data: no such directory: " + dataDir);
        }
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
