package io.github.vecnet.examples;

import java.util.Locale;

/**
 * One verdict of an experiment: which target, of which kind, what was measured, and its status.
 *
 * <p>Build rows with {@link #claim}, {@link #protocol} or {@link #identity}, then {@link Builder#from} (where the
 * target comes from) and one of {@link Builder#judged}, {@link Builder#notJudged} or {@link Builder#skipped}:
 *
 * <pre>{@code
 * ResultRow.claim("sampling", "1a d=1 Linf >= 3 L2", "Linf >= 3 x L2 at every m")
 *     .from("Berner et al. 2023, Fig. 3").judged("min Linf/L2 = 4.1", ratio >= 3);
 * }</pre>
 *
 * @param experiment launcher name of the experiment
 * @param kind claim, protocol or identity (see {@link Kind})
 * @param label a short name for the console table (at most {@link #LABEL_WIDTH} characters are shown there)
 * @param target the full target text (summary.md)
 * @param measured the measured value(s), formatted for humans ({@code ""} when nothing was measured)
 * @param status PASS, FAIL, NOT JUDGED or SKIPPED
 * @param note for NOT JUDGED: the preset that judges the row; for SKIPPED: the package or option that supplies the
 *     data; else {@code ""}
 * @param source where the target comes from: a paper section/figure, an EXPERIMENTS.md protocol, or the
 *     construction
 */
public record ResultRow(
        String experiment,
        Kind kind,
        String label,
        String target,
        String measured,
        Status status,
        String note,
        String source) {

    /** Labels longer than this are cut in the console table (summary.md has the full target). */
    public static final int LABEL_WIDTH = 34;

    /** What a row checks. */
    public enum Kind {
        /** A statement of the paper; must be able to fail. */
        CLAIM,
        /** Our executable protocol where the paper has no numerics (EXPERIMENTS.md marks it [P]); must be able to fail. */
        PROTOCOL,
        /** An implementation check that holds by construction (exact counts, bounds the construction guarantees). */
        IDENTITY;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The verdict. */
    public enum Status {
        PASS,
        FAIL,
        /** This preset is too small to judge the target; {@link #note} names the preset that does. */
        NOT_JUDGED,
        /** The input data is absent; {@link #note} names the package or option that supplies it. */
        SKIPPED;

        public String label() {
            return this == NOT_JUDGED ? "NOT JUDGED" : name();
        }
    }

    public ResultRow {
        require(experiment, "experiment");
        require(label, "label");
        require(target, "target");
        require(source, "source");
        if (kind == null || status == null) {
            throw new IllegalArgumentException("kind, status: expected non-null for row '" + label + "'");
        }
        measured = measured == null ? "" : measured;
        note = note == null ? "" : note;
        if ((status == Status.NOT_JUDGED || status == Status.SKIPPED) && note.isBlank()) {
            throw new IllegalArgumentException("note: a " + status.label() + " row must name "
                    + (status == Status.SKIPPED
                            ? "the package or option that supplies the data"
                            : "the preset that judges it")
                    + " (row '" + label + "')");
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": expected a non-blank string");
        }
    }

    /** True only for PASS. */
    public boolean pass() {
        return status == Status.PASS;
    }

    public static Builder claim(String experiment, String label, String target) {
        return new Builder(experiment, Kind.CLAIM, label, target);
    }

    public static Builder protocol(String experiment, String label, String target) {
        return new Builder(experiment, Kind.PROTOCOL, label, target);
    }

    public static Builder identity(String experiment, String label, String target) {
        return new Builder(experiment, Kind.IDENTITY, label, target);
    }

    /** The row of an experiment that crashed (a FAIL identity: the run must complete). */
    public static ResultRow crashed(String experiment, Throwable t) {
        return identity(experiment, "run completes", "the experiment runs to its end")
                .from("launcher")
                .judged("crashed: " + t, false);
    }

    /** Collects the parts of a row; {@link #from} is required before the terminal call. */
    public static final class Builder {
        private final String experiment;
        private final Kind kind;
        private final String label;
        private final String target;
        private String source;

        private Builder(String experiment, Kind kind, String label, String target) {
            this.experiment = experiment;
            this.kind = kind;
            this.label = label;
            this.target = target;
        }

        /** Where the target comes from (paper section or figure, EXPERIMENTS.md protocol, construction). */
        public Builder from(String provenance) {
            this.source = provenance;
            return this;
        }

        public ResultRow judged(String measured, boolean pass) {
            return build(measured, pass ? Status.PASS : Status.FAIL, "");
        }

        /**
         * A row this preset cannot judge. Refused (IllegalStateException naming the row) when {@code current} is
         * {@link Preset#STANDARD} or {@link Preset#FULL}: those presets must judge every row, so a NOT JUDGED row
         * there is a programming error in the experiment.
         */
        public ResultRow notJudged(String measured, Preset current, Preset judgedBy) {
            if (current == null || judgedBy == null || !judgedBy.judgesEverything()) {
                throw new IllegalArgumentException(
                        "current, judgedBy: expected a preset and a judging preset (standard or " + "full) for row '"
                                + label + "', got " + current + ", " + judgedBy);
            }
            ResultRow row = build(measured, Status.NOT_JUDGED, "judged by " + judgedBy.option());
            Verdicts.requireJudged(current, java.util.List.of(row));
            return row;
        }

        /** A row whose input data is absent; {@code supplier} names the package or option that supplies it. */
        public ResultRow skipped(String supplier) {
            return build("", Status.SKIPPED, supplier);
        }

        private ResultRow build(String measured, Status status, String note) {
            if (source == null || source.isBlank()) {
                throw new IllegalStateException("row '" + label + "': say where the target comes from with from(...)");
            }
            return new ResultRow(experiment, kind, label, target, measured, status, note, source);
        }
    }
}
