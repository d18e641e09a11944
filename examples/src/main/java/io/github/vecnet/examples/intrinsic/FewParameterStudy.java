package io.github.vecnet.examples.intrinsic;

import io.github.vecnet.examples.common.FrozenPrefixTraining;
import io.github.vecnet.examples.common.Seeds;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.NoGrad;
import io.github.vecnet.nn.Tensor;
import io.github.vecnet.nn.layers.Activation;
import io.github.vecnet.nn.layers.Linear;
import io.github.vecnet.nn.layers.Mlp;
import io.github.vecnet.nn.layers.Sequential;
import io.github.vecnet.nn.loss.Loss;
import io.github.vecnet.nn.optim.Adam;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Few trainable parameters on Fashion-MNIST with the MLP 784-256-128-10: (A) train all; (B) random frozen body,
 * train only the last layer; (C) pre-train all on classes 0-4, then freeze the body, re-draw the last layer and
 * train only it on classes 5-9. C is compared with (A') = all parameters trained on classes 5-9 only, the fair
 * reference for a 5-class task. Freezing is done on the nn parameters; training is the same code for all.
 */
final class FewParameterStudy {
    private static final Logger LOG = LoggerFactory.getLogger(FewParameterStudy.class);
    static final int[] WIDTHS = {784, 256, 128, 10};

    private FewParameterStudy() {}

    /**
     * One setting's outcome.
     *
     * @param classes the classes trained and tested on, e.g. "0-9"
     */
    record Outcome(
            String setting,
            String classes,
            int trainCount,
            int testCount,
            long trainable,
            long parameters,
            double testAccuracy,
            double seconds) {

        double fractionTrained() {
            return (double) trainable / parameters;
        }
    }

    static List<Outcome> run(FashionMnist data, IntrinsicSettings s, long seed) {
        int pixels = data.pixels();
        Split train = Split.of(data.trainImages(), data.trainLabels(), pixels, s.fashionTrain(), c -> true, s.dtype());
        Split test = Split.of(data.testImages(), data.testLabels(), pixels, s.fashionTest(), c -> true, s.dtype());
        Split trainLow =
                Split.of(data.trainImages(), data.trainLabels(), pixels, s.fashionTrain(), c -> c < 5, s.dtype());
        Split trainHigh =
                Split.of(data.trainImages(), data.trainLabels(), pixels, s.fashionTrain(), c -> c >= 5, s.dtype());
        Split testHigh =
                Split.of(data.testImages(), data.testLabels(), pixels, s.fashionTest(), c -> c >= 5, s.dtype());
        List<Outcome> out = new ArrayList<>();

        long start = System.nanoTime();
        Mlp all = mlp(s.dtype(), Seeds.derive(seed, "fashion", "A"));
        fit("fashion A", all.sequential(), train, s.epochsAll(), s, Seeds.derive(seed, "fashion", "A", "shuffle"));
        out.add(outcome("A: all trained", "0-9", train, test, all.sequential(), start));
        LOG.info("fashion A: accuracy {}", out.get(out.size() - 1).testAccuracy());

        start = System.nanoTime();
        Mlp random = mlp(s.dtype(), Seeds.derive(seed, "fashion", "B"));
        freezeBody(random);
        fit(
                "fashion B",
                random.sequential(),
                train,
                s.epochsLastLayer(),
                s,
                Seeds.derive(seed, "fashion", "B", "shuffle"));
        out.add(outcome("B: random frozen body, last layer trained", "0-9", train, test, random.sequential(), start));
        LOG.info("fashion B: accuracy {}", out.get(out.size() - 1).testAccuracy());

        start = System.nanoTime();
        Mlp high = mlp(s.dtype(), Seeds.derive(seed, "fashion", "A'"));
        fit(
                "fashion A'",
                high.sequential(),
                trainHigh,
                s.epochsAll(),
                s,
                Seeds.derive(seed, "fashion", "A'", "shuffle"));
        out.add(outcome("A': all trained on 5-9", "5-9", trainHigh, testHigh, high.sequential(), start));
        LOG.info("fashion A': accuracy {}", out.get(out.size() - 1).testAccuracy());

        start = System.nanoTime();
        Mlp transfer = mlp(s.dtype(), Seeds.derive(seed, "fashion", "C"));
        fit(
                "fashion C pre-training",
                transfer.sequential(),
                trainLow,
                s.epochsAll(),
                s,
                Seeds.derive(seed, "fashion", "C", "pretrain"));
        freezeBody(transfer);
        Linear head = transfer.linears().get(transfer.linears().size() - 1);
        redraw(head, s.dtype(), Seeds.derive(seed, "fashion", "C", "head"));
        fit(
                "fashion C",
                transfer.sequential(),
                trainHigh,
                s.epochsLastLayer(),
                s,
                Seeds.derive(seed, "fashion", "C", "shuffle"));
        out.add(outcome(
                "C: pre-trained on 0-4, last layer re-trained on 5-9",
                "5-9",
                trainHigh,
                testHigh,
                transfer.sequential(),
                start));
        LOG.info("fashion C: accuracy {}", out.get(out.size() - 1).testAccuracy());
        return out;
    }

    static Mlp mlp(DType dtype, long seed) {
        return Mlp.builder()
                .widths(WIDTHS)
                .activation(Activation.RELU)
                .dtype(dtype)
                .rng(new SplittableRandom(seed))
                .build();
    }

    /** Freezes every linear layer but the last: only 128 x 10 + 10 = 1290 of 235 146 parameters stay trainable. */
    static void freezeBody(Mlp mlp) {
        List<Linear> linears = mlp.linears();
        for (int i = 0; i < linears.size() - 1; i++) {
            linears.get(i).freeze();
        }
    }

    /** Draws the layer's weights again (PyTorch's default law) so C's head starts fresh for the new classes. */
    private static void redraw(Linear layer, DType dtype, long seed) {
        Linear fresh = new Linear(layer.inFeatures(), layer.outFeatures(), dtype, new SplittableRandom(seed));
        try (NoGrad ignored = NoGrad.enter()) {
            layer.weight().copyFrom(fresh.weight());
            layer.bias().copyFrom(fresh.bias());
        }
    }

    /** With {@code s.logEpochs()}, logs the Trainer's line (loss, ETA) about ten times per setting. */
    private static void fit(String name, Sequential model, Split data, int epochs, IntrinsicSettings s, long seed) {
        FrozenPrefixTraining.train(
                model,
                data.x(),
                data.y(),
                Loss.CROSS_ENTROPY,
                params -> new Adam(params, s.learningRate()),
                epochs,
                s.batch(),
                seed,
                name,
                s.logEpochs() ? Math.max(1, epochs / 10) : 0);
    }

    private static Outcome outcome(
            String setting, String classes, Split train, Split test, Sequential model, long startNanos) {
        Tensor logits = FrozenPrefixTraining.forwardInChunks(model, test.x(), 2048);
        int right = 0;
        for (int r = 0; r < logits.rows(); r++) {
            int best = 0;
            for (int c = 1; c < logits.cols(); c++) {
                if (logits.get(r, c) > logits.get(r, best)) {
                    best = c;
                }
            }
            if (best == test.labels()[r]) {
                right++;
            }
        }
        return new Outcome(
                setting,
                classes,
                train.labels().length,
                test.labels().length,
                model.trainableParameterCount(),
                model.parameterCount(),
                (double) right / logits.rows(),
                (System.nanoTime() - startNanos) / 1e9);
    }

    /** The first {@code limit} images of a split whose label passes {@code keep}. */
    record Split(Tensor x, Tensor y, int[] labels) {

        static Split of(float[] images, int[] labels, int pixels, int limit, IntPredicate keep, DType dtype) {
            int count = 0;
            for (int i = 0; i < Math.min(limit, labels.length); i++) {
                if (keep.test(labels[i])) {
                    count++;
                }
            }
            Tensor x = Tensor.zeros(count, pixels, dtype);
            Tensor y = Tensor.zeros(count, 1, dtype);
            int[] kept = new int[count];
            int row = 0;
            for (int i = 0; i < Math.min(limit, labels.length); i++) {
                if (keep.test(labels[i])) {
                    for (int p = 0; p < pixels; p++) {
                        x.set(row, p, images[i * pixels + p]);
                    }
                    y.set(row, 0, labels[i]);
                    kept[row] = labels[i];
                    row++;
                }
            }
            if (count == 0) {
                throw new IllegalArgumentException("no image with the requested classes among the first " + limit);
            }
            return new Split(x, y, kept);
        }
    }
}
