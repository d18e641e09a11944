package io.github.vecnet.examples.common;

import java.util.Locale;

/**
 * The units a process runs: those with {@code index mod count == index()}. {@link #ALL} (0/1) is an unsharded run.
 *
 * @param index this shard, 0 &lt;= index &lt; count
 * @param count the number of shards, &gt;= 1
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException(
                    "shard: expected i/N with N >= 1 and 0 <= i < N, got " + index + "/" + count);
        }
    }

    /** Parses {@code i/N}, e.g. {@code 3/8}; the message names the expected form. */
    public static Shard parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("/", -1);
        if (parts.length == 2) {
            try {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            } catch (IllegalArgumentException e) {
                // not numbers, or out of range (NumberFormatException is one): reported below
            }
        }
        throw new IllegalArgumentException(
                "--shard: expected i/N with N >= 1 and 0 <= i < N (e.g. 0/4), got '" + text + "'");
    }

    /** Whether the unit at {@code unitIndex} belongs to this shard. */
    public boolean contains(int unitIndex) {
        return unitIndex % count == index;
    }

    public boolean isAll() {
        return count == 1;
    }

    /** The shard's own results folder name for an experiment, e.g. {@code sampling.shard-3-of-8}. */
    public String folder(String experiment) {
        return String.format(Locale.ROOT, "%s.shard-%d-of-%d", experiment, index, count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
