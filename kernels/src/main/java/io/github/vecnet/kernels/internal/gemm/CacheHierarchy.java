package io.github.vecnet.kernels.internal.gemm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The L1 data, L2 and L3 caches of one core, read from Linux's {@code /sys/devices/system/cpu/cpu0/cache}. Any
 * missing or unreadable entry gives an empty result (other operating systems, containers without sysfs): the caller
 * then uses the fixed table.
 *
 * @param l3 may be null: a CPU or VM without an L3 (the model then keeps the table's nc)
 */
public record CacheHierarchy(CacheLevel l1, CacheLevel l2, CacheLevel l3) {
    static final Path LINUX_CPU0 = Path.of("/sys/devices/system/cpu/cpu0/cache");

    public CacheHierarchy {
        if (l1 == null || l2 == null) {
            throw new IllegalArgumentException("the model needs an L1 data cache and an L2");
        }
    }

    /** This machine's caches, if Linux describes them. */
    public static Optional<CacheHierarchy> ofThisMachine() {
        return read(LINUX_CPU0);
    }

    /** Reads the {@code index*} directories under {@code dir} (a copy of the sysfs layout in tests). */
    static Optional<CacheHierarchy> read(Path dir) {
        CacheLevel[] byLevel = new CacheLevel[4];
        try {
            if (!Files.isDirectory(dir)) {
                return Optional.empty();
            }
            try (var entries = Files.list(dir)) {
                for (Path index : entries.filter(p -> p.getFileName().toString().startsWith("index"))
                        .toList()) {
                    String type = text(index, "type").toLowerCase(Locale.ROOT);
                    if (type.equals("instruction")) {
                        continue;
                    }
                    int level = Integer.parseInt(text(index, "level"));
                    CacheLevel cache = new CacheLevel(
                            level,
                            parseSize(text(index, "size")),
                            Integer.parseInt(text(index, "ways_of_associativity")),
                            Integer.parseInt(text(index, "coherency_line_size")));
                    if (level >= 1 && level <= 3) {
                        byLevel[level] = cache;
                    }
                }
            }
            if (byLevel[1] == null || byLevel[2] == null) {
                return Optional.empty();
            }
            return Optional.of(new CacheHierarchy(byLevel[1], byLevel[2], byLevel[3]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // e.g. ways_of_associativity 0 (fully associative) or an unreadable file
        }
    }

    /** {@code 32K}, {@code 32768K}, {@code 2M} or a plain byte count. */
    static long parseSize(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("K")) {
            unit = 1024;
        } else if (t.endsWith("M")) {
            unit = 1024 * 1024;
        }
        return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
    }

    private static String text(Path index, String name) throws IOException {
        return Files.readString(index.resolve(name)).trim();
    }

    /** For the start-up line, e.g. {@code L1 32K/8w L2 512K/8w L3 32M/16w}. */
    public String describe() {
        return l1.describe() + " " + l2.describe() + (l3 == null ? "" : " " + l3.describe());
    }
}
