package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * A tuning file ({@code vecnet.kernels.tuning=FILE}, written by {@code io.github.vecnet.kernels.Tune}): a
 * properties file with {@code vectorBits} and {@code sgemm.mc/kc/nc}, {@code dgemm.mc/kc/nc}. Any problem (missing
 * file, unknown key, bad number, another vector width) is an exception whose message names the file and the key.
 */
public final class TuningFile {
    public static final String VECTOR_BITS = "vectorBits";
    private static final Set<String> KEYS =
            Set.of(VECTOR_BITS, "sgemm.mc", "sgemm.kc", "sgemm.nc", "dgemm.mc", "dgemm.kc", "dgemm.nc");

    private TuningFile() {}

    /** The blocks for {@code precision} ({@code sgemm} or {@code dgemm}), or empty if the file has none. */
    static Optional<BlockSizes> load(String file, String precision, int bits, int mr, int nr) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file))) {
            p.load(reader);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("tuning file " + file + ": cannot read it (" + e + ")");
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(
                        "tuning file " + file + ": unknown key " + key + " (expected " + KEYS + ")");
            }
        }
        String fileBits = p.getProperty(VECTOR_BITS);
        if (fileBits == null) {
            throw new IllegalArgumentException("tuning file " + file + ": missing key " + VECTOR_BITS);
        }
        if (BlockSizeText.number(fileBits, "tuning file " + file + ": " + VECTOR_BITS) != bits) {
            throw new IllegalArgumentException("tuning file " + file + ": key " + VECTOR_BITS + "=" + fileBits.trim()
                    + " was tuned for another vector width than this JVM's " + bits + " bits");
        }
        String mc = p.getProperty(precision + ".mc");
        String kc = p.getProperty(precision + ".kc");
        String nc = p.getProperty(precision + ".nc");
        if (mc == null && kc == null && nc == null) {
            return Optional.empty();
        }
        String where = "tuning file " + file + ": key ";
        for (String key : new String[] {"mc", "kc", "nc"}) {
            if (p.getProperty(precision + "." + key) == null) {
                throw new IllegalArgumentException(where + precision + "." + key + " is missing");
            }
        }
        return Optional.of(BlockSizeText.check(
                BlockSizeText.number(mc, where + precision + ".mc"),
                BlockSizeText.number(kc, where + precision + ".kc"),
                BlockSizeText.number(nc, where + precision + ".nc"),
                mr,
                nr,
                "tuning file " + file + " (" + precision + ")"));
    }

    /** The text of a tuning file for these blocks (the {@code Tune} main writes it). */
    public static String format(String comment, int bits, BlockSizes sgemm, BlockSizes dgemm) {
        return "# " + comment + "\n" + VECTOR_BITS + "=" + bits + "\n"
                + "sgemm.mc=" + sgemm.mc() + "\nsgemm.kc=" + sgemm.kc() + "\nsgemm.nc=" + sgemm.nc() + "\n"
                + "dgemm.mc=" + dgemm.mc() + "\ndgemm.kc=" + dgemm.kc() + "\ndgemm.nc=" + dgemm.nc() + "\n";
    }
}
