package io.github.vecnet.examples;

import io.github.vecnet.examples.ResultRow.Kind;
import io.github.vecnet.examples.ResultRow.Status;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules every experiment's rows obey, and the launcher's console table.
 *
 * <p>Totals: every row counts once under its status (identity rows included), and the identity rows are counted
 * again after the semicolon, as "I of J identities hold" (I = identity rows that PASS). So
 * {@code "41 rows: 30 PASS, 0 FAIL, 6 NOT JUDGED, 1 SKIPPED; 4 of 4 identities hold"} has 30 PASS rows of which 4
 * are identities and 26 are claims or protocols. An identity that does not hold is a bug, not a finding.
 */
public final class Verdicts {
    /** The console table never exceeds this many columns. */
    public static final int CONSOLE_WIDTH = 120;

    private Verdicts() {}

    /**
     * Refuses NOT JUDGED rows in a preset that must judge everything (STANDARD, FULL): such a row is a programming
     * error in the experiment (its preset is too small for its own target).
     *
     * @throws IllegalStateException naming the first offending row
     */
    public static void requireJudged(Preset preset, List<ResultRow> rows) {
        if (preset == null || !preset.judgesEverything()) {
            return;
        }
        for (ResultRow r : rows) {
            if (r.status() == Status.NOT_JUDGED) {
                throw new IllegalStateException("row '" + r.label() + "' of " + r.experiment() + " is NOT JUDGED under "
                        + preset.option() + ", which must judge every row (" + r.note() + ")");
            }
        }
    }

    /** The totals line, e.g. {@code "41 rows: 30 PASS, 0 FAIL, 6 NOT JUDGED, 1 SKIPPED; 4 of 4 identities hold"}. */
    public static String totals(List<ResultRow> rows) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        int identities = 0;
        int holding = 0;
        for (ResultRow r : rows) {
            counts.merge(r.status(), 1, Integer::sum);
            if (r.kind() == Kind.IDENTITY) {
                identities++;
                holding += r.pass() ? 1 : 0;
            }
        }
        StringBuilder line = new StringBuilder().append(rows.size()).append(rows.size() == 1 ? " row: " : " rows: ");
        Status[] order = Status.values();
        for (int i = 0; i < order.length; i++) {
            line.append(i == 0 ? "" : ", ")
                    .append(counts.getOrDefault(order[i], 0))
                    .append(' ')
                    .append(order[i].label());
        }
        line.append(String.format(Locale.ROOT, "; %d of %d identities hold", holding, identities));
        return line.toString();
    }

    /**
     * Prints the rows as a table of at most {@link #CONSOLE_WIDTH} columns (status first, then kind, experiment,
     * short label and measured value; long cells are cut with "..."), then the totals line.
     */
    public static void printTable(PrintWriter out, List<ResultRow> rows) {
        int wStatus = "NOT JUDGED".length();
        int wKind = "protocol".length();
        int wExp = "experiment".length();
        int wLabel = "row".length();
        for (ResultRow r : rows) {
            wExp = Math.max(wExp, r.experiment().length());
            wLabel = Math.max(wLabel, r.label().length());
        }
        wExp = Math.min(wExp, 12);
        wLabel = Math.min(wLabel, ResultRow.LABEL_WIDTH);
        int wMeasured = CONSOLE_WIDTH - wStatus - wKind - wExp - wLabel - 4 * 2;
        out.println();
        out.println(line(
                new String[] {"status", "kind", "experiment", "row", "measured"},
                new int[] {wStatus, wKind, wExp, wLabel, wMeasured}));
        out.println(line(
                new String[] {
                    "-".repeat(wStatus), "-".repeat(wKind), "-".repeat(wExp), "-".repeat(wLabel), "-".repeat(wMeasured)
                },
                new int[] {wStatus, wKind, wExp, wLabel, wMeasured}));
        for (ResultRow r : rows) {
            out.println(line(
                    new String[] {r.status().label(), r.kind().label(), r.experiment(), r.label(), consoleMeasured(r)},
                    new int[] {wStatus, wKind, wExp, wLabel, wMeasured}));
        }
        out.println(totals(rows));
        out.flush();
    }

    /** What the console shows as the measurement: for NOT JUDGED and SKIPPED rows the note comes first. */
    static String consoleMeasured(ResultRow r) {
        switch (r.status()) {
            case NOT_JUDGED:
                return "(" + r.note().replace("judged by ", "by ") + ") " + r.measured();
            case SKIPPED:
                return "needs " + r.note();
            default:
                return r.measured();
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = fit(flatten(cells[i]), widths[i]);
            b.append(c);
            if (i < cells.length - 1) {
                b.append(" ".repeat(widths[i] - c.length() + 2));
            }
        }
        return b.toString().stripTrailing();
    }

    private static String flatten(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** Cuts {@code s} to {@code width} characters, ending in "..." when cut. */
    static String fit(String s, int width) {
        if (s.length() <= width) {
            return s;
        }
        return width <= 3 ? s.substring(0, width) : s.substring(0, width - 3) + "...";
    }
}
