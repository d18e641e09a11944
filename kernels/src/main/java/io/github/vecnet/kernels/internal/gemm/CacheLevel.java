package io.github.vecnet.kernels.internal.gemm;

/**
 * One data (or unified) cache level as Linux describes it in {@code /sys/devices/system/cpu/cpu0/cache/index*}:
 * {@code sets x ways} lines of {@code lineBytes} each.
 */
public record CacheLevel(int level, long sizeBytes, int ways, int lineBytes) {

    public CacheLevel {
        if (level < 1 || sizeBytes < 1 || ways < 1 || lineBytes < 1 || sizeBytes % ((long) ways * lineBytes) != 0) {
            throw new IllegalArgumentException("inconsistent cache L" + level + ": " + sizeBytes + " bytes, " + ways
                    + " ways, " + lineBytes + "-byte lines");
        }
    }

    /** The number of sets, {@code size / (ways x line)}. */
    public long sets() {
        return sizeBytes / ((long) ways * lineBytes);
    }

    /** The bytes of one way, {@code sets x line}: the unit the analytical model allocates. */
    public long wayBytes() {
        return sets() * lineBytes;
    }

    /** For the start-up line, e.g. {@code L2 512K/8w}. */
    public String describe() {
        long kib = sizeBytes / 1024;
        String size = kib % 1024 == 0 ? kib / 1024 + "M" : kib + "K";
        return "L" + level + " " + size + "/" + ways + "w";
    }
}
