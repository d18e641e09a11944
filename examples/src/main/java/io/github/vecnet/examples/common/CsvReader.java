package io.github.vecnet.examples.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads back what {@link CsvWriter} writes (RFC 4180 quoting, quoted line breaks), for resuming runs. */
public final class CsvReader {
    private CsvReader() {}

    /** All records of {@code file}, header first; an absent file gives an empty list. */
    public static List<String[]> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses CSV text into records. A trailing incomplete record (no line end, from a crash) is dropped. */
    public static List<String[]> parse(String text) {
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                records.add(fields.toArray(new String[0]));
                fields.clear();
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        // Whatever follows the last line end is a half-written record (CsvWriter always ends rows with '\n'): dropped.
        return records;
    }
}
