package io.github.vecnet.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.ResultRow.Kind;
import io.github.vecnet.examples.ResultRow.Status;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    private static ResultRow pass(Kind kind, String label) {
        return new ResultRow("exp", kind, label, "target " + label, "1", Status.PASS, "", "src");
    }

    @Test
    void totalsCountEveryStatusAndTheIdentitiesThatHold() {
        List<ResultRow> rows = List.of(
                pass(Kind.CLAIM, "a"),
                pass(Kind.IDENTITY, "b"),
                pass(Kind.IDENTITY, "c"),
                ResultRow.identity("exp", "d", "t").from("construction").judged("0", false),
                ResultRow.protocol("exp", "e", "t").from("[P]").judged("0", false),
                ResultRow.claim("exp", "f", "t").from("paper").notJudged("0.1", Preset.QUICK, Preset.STANDARD),
                ResultRow.protocol("exp", "g", "t").from("[P]").skipped("Debian package dataset-x"));
        assertEquals("7 rows: 3 PASS, 2 FAIL, 1 NOT JUDGED, 1 SKIPPED; 2 of 3 identities hold", Verdicts.totals(rows));
        assertEquals(
                "1 row: 1 PASS, 0 FAIL, 0 NOT JUDGED, 0 SKIPPED; 0 of 0 identities hold",
                Verdicts.totals(List.of(pass(Kind.CLAIM, "a"))));
    }

    @Test
    void statusesKeepTheirNotes() {
        ResultRow skipped =
                ResultRow.protocol("intrinsic", "fashion", "t").from("[P]").skipped("dataset-fashion-mnist");
        assertEquals(Status.SKIPPED, skipped.status());
        assertFalse(skipped.pass());
        assertEquals("dataset-fashion-mnist", skipped.note());
        ResultRow later = ResultRow.claim("s", "x", "t").from("paper").notJudged("3.1", Preset.SMOKE, Preset.FULL);
        assertEquals("judged by --full", later.note());
        assertEquals("NOT JUDGED", later.status().label());
        // A SKIPPED or NOT JUDGED row must say who supplies the data or which preset judges it.
        assertThrows(
                IllegalArgumentException.class,
                () -> new ResultRow("e", Kind.CLAIM, "x", "t", "", Status.SKIPPED, " ", "src"));
        assertThrows(
                IllegalStateException.class,
                () -> ResultRow.claim("e", "x", "t").judged("1", true),
                "a row without provenance is refused");
    }

    @Test
    void notJudgedIsRefusedUnderStandardAndFull() {
        for (Preset p : new Preset[] {Preset.STANDARD, Preset.FULL}) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> ResultRow.claim("sampling", "1a d=1 ratio", "t")
                            .from("paper")
                            .notJudged("2", p, Preset.STANDARD));
            assertTrue(e.getMessage().contains("1a d=1 ratio") && e.getMessage().contains(p.option()), e.getMessage());
        }
        ResultRow quick = ResultRow.claim("sampling", "1a d=3 ratio", "t")
                .from("paper")
                .notJudged("2", Preset.QUICK, Preset.STANDARD);
        Verdicts.requireJudged(Preset.QUICK, List.of(quick));
        Verdicts.requireJudged(Preset.SMOKE, List.of(quick));
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Verdicts.requireJudged(Preset.STANDARD, List.of(pass(Kind.CLAIM, "ok"), quick)));
        assertTrue(e.getMessage().contains("1a d=3 ratio"), e.getMessage());
        // Only STANDARD and FULL judge rows.
        assertThrows(
                IllegalArgumentException.class,
                () -> ResultRow.claim("s", "x", "t").from("p").notJudged("1", Preset.SMOKE, Preset.QUICK));
    }

    @Test
    void consoleTableFitsIn120ColumnsEvenWithLongLabelsAndValues() {
        String longLabel = "a very long row label that goes on and on well past any sensible width";
        String longValue = "measured ".repeat(30);
        List<ResultRow> rows = List.of(
                new ResultRow(
                        "experimentwithalongname", Kind.PROTOCOL, longLabel, "t", longValue, Status.FAIL, "", "s"),
                ResultRow.claim("sampling", "short", "t").from("paper").notJudged("2.5", Preset.QUICK, Preset.STANDARD),
                ResultRow.protocol("intrinsic", "fashion", "t").from("[P]").skipped("dataset-fashion-mnist or --data"),
                pass(Kind.IDENTITY, "line\nbreak"));
        StringWriter text = new StringWriter();
        Verdicts.printTable(new PrintWriter(text), rows);
        List<String> lines = text.toString().lines().toList();
        for (String line : lines) {
            assertTrue(line.length() <= Verdicts.CONSOLE_WIDTH, line.length() + ": " + line);
        }
        // header, rule, 4 rows, totals (after a leading blank line)
        assertEquals(8, lines.size(), text.toString());
        assertTrue(lines.get(1).startsWith("status"));
        assertTrue(
                lines.get(3).startsWith("FAIL")
                        && lines.get(3).contains("protocol")
                        && lines.get(3).endsWith("..."),
                lines.get(3));
        assertTrue(lines.get(3).contains(longLabel.substring(0, ResultRow.LABEL_WIDTH - 3) + "..."), lines.get(3));
        assertTrue(lines.get(4).startsWith("NOT JUDGED") && lines.get(4).contains("(by --standard) 2.5"));
        assertTrue(lines.get(5).startsWith("SKIPPED") && lines.get(5).contains("needs dataset-fashion-mnist"));
        assertTrue(lines.get(6).contains("line break"), lines.get(6));
        assertEquals("4 rows: 1 PASS, 1 FAIL, 1 NOT JUDGED, 1 SKIPPED; 1 of 1 identities hold", lines.get(7));
    }
}
