package io.github.vecnet.examples.firenet;

import io.github.vecnet.examples.firenet.imaging.ComplexOperator;
import io.github.vecnet.examples.firenet.imaging.Phantoms;
import io.github.vecnet.examples.firenet.imaging.SplitComplex;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.init.Init;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.loss.Losses;
import io.github.vecnet.nn.optim.Adam;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The trained reconstructor of experiment 3c: an MLP (ReLU, float64) from the measurements (Re y, Im y) straight to
 * the n x n image, trained with vecnet's autodiff and Adam on random ellipse images with noiseless y = A x (the
 * usual "learn the inverse map" set-up). Its input gradient (for the attack) also comes from autodiff.
 */
public final class MlpReconstructor {

    /**
     * @param trainImages number of random ellipse training images
     * @param epochs passes over them
     * @param batch mini-batch size
     * @param hidden hidden widths
     * @param learningRate Adam step
     * @param seed initialisation, data and shuffling
     */
    public record Settings(int trainImages, int epochs, int batch, int[] hidden, double learningRate, long seed) {
        public Settings {
            if (trainImages < 1
                    || epochs < 1
                    || batch < 1
                    || hidden == null
                    || hidden.length == 0
                    || !(learningRate > 0)) {
                throw new IllegalArgumentException("need trainImages, epochs, batch >= 1, hidden widths and lr > 0");
            }
        }
    }

    private final Mlp net;
    private final ComplexOperator imageOperator;
    private final int imagePixels;

    private MlpReconstructor(Mlp net, ComplexOperator imageOperator) {
        this.net = net;
        this.imageOperator = imageOperator;
        this.imagePixels = imageOperator.domainSize();
    }

    /** Trains a new reconstructor for the image operator (n x n images, P_Omega U). */
    public static MlpReconstructor train(
            ComplexOperator imageOperator,
            int n,
            Settings s,
            List<Double> epochLoss,
            ConvergenceStudy.ProgressSink progress) {
        int m = imageOperator.rangeSize();
        int pixels = n * n;
        if (imageOperator.domainSize() != pixels) {
            throw new IllegalArgumentException("operator domain must be n*n = " + pixels);
        }
        Random data = new Random(s.seed());
        double[] inputs = new double[s.trainImages() * 2 * m];
        double[] targets = new double[s.trainImages() * pixels];
        double[] zero = new double[pixels];
        SplitComplex y = SplitComplex.zeros(m);
        for (int i = 0; i < s.trainImages(); i++) {
            double[] image = Phantoms.randomEllipses(n, 1 + data.nextInt(6), data);
            imageOperator.apply(image, zero, y.re(), y.im());
            System.arraycopy(y.re(), 0, inputs, i * 2 * m, m);
            System.arraycopy(y.im(), 0, inputs, i * 2 * m + m, m);
            System.arraycopy(image, 0, targets, i * pixels, pixels);
        }
        int[] widths = new int[s.hidden().length + 2];
        widths[0] = 2 * m;
        System.arraycopy(s.hidden(), 0, widths, 1, s.hidden().length);
        widths[widths.length - 1] = pixels;
        Mlp net = Mlp.builder()
                .widths(widths)
                .activation(Activation.RELU)
                .dtype(DType.FLOAT64)
                .init(Init.pytorchDefault())
                .rng(new SplittableRandom(s.seed() + 1))
                .build();
        Adam adam = new Adam(net.parameters(), s.learningRate());
        int[] order = new int[s.trainImages()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random shuffle = new Random(s.seed() + 2);
        for (int epoch = 0; epoch < s.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) { // Fisher-Yates
                int j = shuffle.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double lossSum = 0;
            int batches = 0;
            for (int start = 0; start < order.length; start += s.batch()) {
                int b = Math.min(s.batch(), order.length - start);
                double[] xb = new double[b * 2 * m];
                double[] tb = new double[b * pixels];
                for (int k = 0; k < b; k++) {
                    System.arraycopy(inputs, order[start + k] * 2 * m, xb, k * 2 * m, 2 * m);
                    System.arraycopy(targets, order[start + k] * pixels, tb, k * pixels, pixels);
                }
                adam.zeroGrad();
                Tensor loss = Losses.mse(net.forward(Tensor.wrap(xb, b, 2 * m)), Tensor.wrap(tb, b, pixels));
                loss.backward();
                adam.step();
                lossSum += loss.item();
                batches++;
            }
            epochLoss.add(lossSum / batches);
            progress.report(
                    String.format("3c: MLP epoch %d/%d, mean MSE %.3e", epoch + 1, s.epochs(), lossSum / batches));
        }
        return new MlpReconstructor(net, imageOperator);
    }

    /**
     * Mean relative l2 error ||Phi(A x) - x|| / ||x|| over {@code images} fresh random-ellipse images drawn like the
     * training set (from a different seed): the test error on the MLP's own distribution.
     */
    public double testError(int images, long seed) {
        if (images < 1) {
            throw new IllegalArgumentException("images must be >= 1, got " + images);
        }
        int n = (int) Math.round(Math.sqrt(imagePixels));
        Random data = new Random(seed);
        SplitComplex y = SplitComplex.zeros(imageOperator.rangeSize());
        double[] zero = new double[imagePixels];
        double sum = 0;
        for (int i = 0; i < images; i++) {
            double[] image = Phantoms.randomEllipses(n, 1 + data.nextInt(6), data);
            imageOperator.apply(image, zero, y.re(), y.im());
            sum += StabilityStudy.relativeError(apply(y), image);
        }
        return sum / images;
    }

    /** The reconstructed image (n x n, row-major). */
    public double[] apply(SplitComplex y) {
        try (NoGrad ignored = NoGrad.enter()) {
            return net.forward(input(y, false)).toDoubleArray();
        }
    }

    /** J^T w with respect to (Re y, Im y), via autodiff of {@code <w, Phi(y)>}. */
    public SplitComplex vectorJacobian(SplitComplex y, double[] w) {
        if (w == null || w.length != imagePixels) {
            throw new IllegalArgumentException("w must have length " + imagePixels);
        }
        Tensor in = input(y, true);
        Tensor out = net.forward(in);
        out.mul(Tensor.copyOf(w, 1, imagePixels, DType.FLOAT64)).sum().backward();
        double[] g = in.grad().toDoubleArray();
        int m = y.length();
        SplitComplex result = SplitComplex.zeros(m);
        System.arraycopy(g, 0, result.re(), 0, m);
        System.arraycopy(g, m, result.im(), 0, m);
        for (Tensor p : net.parameters()) {
            p.zeroGrad(); // the attack must not leave gradients behind in the model
        }
        return result;
    }

    private Tensor input(SplitComplex y, boolean grad) {
        int m = imageOperator.rangeSize();
        if (y == null || y.length() != m) {
            throw new IllegalArgumentException("y must have length " + m);
        }
        double[] x = new double[2 * m];
        System.arraycopy(y.re(), 0, x, 0, m);
        System.arraycopy(y.im(), 0, x, m, m);
        Tensor t = Tensor.copyOf(x, 1, 2 * m, DType.FLOAT64);
        return grad ? t.requiresGrad(true) : t;
    }
}
