package io.github.vecnet.examples;

import java.util.Locale;

/**
 * Scale of a run. {@link #QUICK} is the CI smoke scale (all five experiments in about two minutes on 2 cores) and
 * may mark rows NOT JUDGED; {@link #STANDARD} runs the papers' recipes at reduced width/count and judges every claim
 * and protocol row; {@link #FULL} is the paper's scale (resumable). {@link #SMOKE} (hidden launcher option
 * {@code --smoke}) is a few seconds, for the tests that check every output file is written; an experiment without a
 * smaller setting treats SMOKE as QUICK.
 */
public enum Preset {
    SMOKE,
    QUICK,
    STANDARD,
    FULL;

    /** True for STANDARD and FULL, which must judge every row (no NOT JUDGED). */
    public boolean judgesEverything() {
        return this == STANDARD || this == FULL;
    }

    /** The launcher option, e.g. {@code --standard}. */
    public String option() {
        return "--" + name().toLowerCase(Locale.ROOT);
    }
}
