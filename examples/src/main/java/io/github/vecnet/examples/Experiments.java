package io.github.vecnet.examples;

import java.util.ArrayList;
import java.util.List;

/** The registry of experiments, in the launcher's order. Each paper package adds its one line here. */
public final class Experiments {
    private Experiments() {}

    public static List<Experiment> all() {
        List<Experiment> list = new ArrayList<>();
        list.add(new io.github.vecnet.examples.sampling.SamplingExperiment());
        list.add(new io.github.vecnet.examples.pieces.PiecesExperiment());
        list.add(new io.github.vecnet.examples.firenet.FirenetExperiment());
        list.add(new io.github.vecnet.examples.ball.BallExperiment());
        list.add(new io.github.vecnet.examples.intrinsic.IntrinsicExperiment());
        return list;
    }
}
