package io.github.vecnet.examples.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void quotesOnlyWhatRfc4180Requires() {
        assertEquals("plain", CsvWriter.quote("plain"));
        assertEquals("\"a,b\"", CsvWriter.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvWriter.quote("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvWriter.quote("cr\rhere"));
        assertEquals("\" padded \"", CsvWriter.quote(" padded "));
        assertEquals("", CsvWriter.quote(""));
    }

    @Test
    void numbersKeepEveryDigit() {
        double third = 1.0 / 3.0;
        String line = CsvWriter.format(third, 0.1f, 7, 1e-300, Double.NaN, null);
        String[] fields = line.split(",", -1);
        assertEquals(third, Double.parseDouble(fields[0]));
        assertEquals(0.1f, Float.parseFloat(fields[1]));
        assertEquals("7", fields[2]);
        assertEquals(1e-300, Double.parseDouble(fields[3]));
        assertEquals("NaN", fields[4]);
        assertEquals("", fields[5]);
    }

    @Test
    void writesHeaderAndRowsThatReadBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/table.csv");
        try (CsvWriter w = CsvWriter.create(file, "name", "value")) {
            w.row("a,b", 1.5);
            w.row("q\"uote", -2.0);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("name,value\n\"a,b\",1.5\n\"q\"\"uote\",-2.0\n", text);
        List<String[]> back = CsvReader.read(file);
        assertEquals(3, back.size());
        assertArrayEquals(new String[] {"a,b", "1.5"}, back.get(1));
        assertArrayEquals(new String[] {"q\"uote", "-2.0"}, back.get(2));
    }

    @Test
    void rowWithWrongColumnCountIsRejectedBeforeWriting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        try (CsvWriter w = CsvWriter.create(file, "a", "b")) {
            assertThrows(IllegalArgumentException.class, () -> w.row(1));
        }
        assertEquals("a,b\n", Files.readString(file));
    }

    @Test
    void readerDropsAHalfWrittenLastRecordAndHandlesQuotedLineBreaks() {
        List<String[]> rows = CsvReader.parse("a,b\n\"x\ny\",2\n3,4");
        assertEquals(2, rows.size());
        assertArrayEquals(new String[] {"x\ny", "2"}, rows.get(1));
    }
}
