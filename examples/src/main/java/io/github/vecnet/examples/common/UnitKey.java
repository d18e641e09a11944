package io.github.vecnet.examples.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The key of one unit of a sweep: the run table it belongs to and its key columns as written in that table (e.g.
 * {@code teacher_student.csv}, d=1, teacher=0, width=32, batch=b20, seed=0, m=100). Everything a unit computes is a
 * function of its key and of the sweep's settings (experiment, preset, base seed).
 *
 * @param table the run table's file name, e.g. {@code teacher_student.csv}
 * @param names the key column names
 * @param values the key values as text ({@link CsvWriter#text})
 */
public record UnitKey(String table, List<String> names, List<String> values) {
    public UnitKey {
        if (names.size() != values.size()) {
            throw new IllegalArgumentException(
                    "values: expected " + names.size() + " key values, got " + values.size());
        }
        names = List.copyOf(names);
        values = List.copyOf(values);
    }

    /** A key from raw values (formatted as the CSV writes them). */
    public static UnitKey of(String table, List<String> names, Object... values) {
        List<String> text = new ArrayList<>(values.length);
        for (Object v : values) {
            text.add(CsvWriter.text(v));
        }
        return new UnitKey(table, names, text);
    }

    /** E.g. {@code teacher_student.csv[d=1, teacher=0, width=32]}: how errors name a unit. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(table).append('[');
        for (int i = 0; i < names.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(values.get(i));
        }
        return s.append(']').toString();
    }
}
