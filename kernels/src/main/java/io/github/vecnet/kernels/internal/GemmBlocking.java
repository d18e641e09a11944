package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.internal.gemm.AnalyticalBlocking;
import io.github.vecnet.kernels.internal.gemm.BlockSizeTable;
import io.github.vecnet.kernels.internal.gemm.BlockSizes;
import io.github.vecnet.kernels.internal.gemm.CacheHierarchy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each Panama micro-kernel's cache blocks come from, decided once per process and precision, in this order:
 * <ol>
 *   <li>{@code vecnet.kernels.profile=reproducible}: the fixed {@link BlockSizeTable} for the vector width, so that
 *       the same width gives the same bits on every CPU (docs/DETERMINISM.md);</li>
 *   <li>{@code vecnet.kernels.sgemm.blocks=mc,kc,nc} (or {@code dgemm}): an explicit override for experiments;</li>
 *   <li>{@code vecnet.kernels.tuning=FILE}: a properties file written by {@code io.github.vecnet.kernels.Tune};</li>
 *   <li>the BLIS analytical model ({@link AnalyticalBlocking}) on the caches Linux reports: by default at 512 bits,
 *       at every width with {@code vecnet.kernels.profile=machine};</li>
 *   <li>the fixed table: by default at 256 bits, always with {@code vecnet.kernels.profile=table}, and whenever there
 *       is no sysfs or the model has no room.</li>
 * </ol>
 * Why the default depends on the width: at 512 bits the model measured as fast as the table or faster (Sapphire
 * Rapids, 2026-12-03 and 2026-12-08: sgemm 3-8 % ahead at most shapes, dgemm within the noise); at 256 bits the
 * table's KC = 1024, which streams the B micro-panel from L2, beat the model's L1-bound KC = 320 by 3-20 % on a
 * Zen 3 (docs/KERNELS.md, "Block sizes at 256 bits"), and the model has no term that would give it.
 * A bad override or tuning file is logged once, naming the property or file and the bad key, and the next source
 * is used. The register tile ({@code mr x nr}) is the kernel's and never changes here.
 */
public final class GemmBlocking {
    public static final String PROFILE_PROPERTY = "vecnet.kernels.profile";
    public static final String TUNING_PROPERTY = "vecnet.kernels.tuning";
    /** {@code vecnet.kernels.mr=4} or {@code 6}: the register tile's rows, both precisions (default: the table's). */
    public static final String ROWS_PROPERTY = "vecnet.kernels.mr";
    /** {@code vecnet.kernels.sgemm.blocks} or {@code vecnet.kernels.dgemm.blocks}: {@code mc,kc,nc}. */
    public static final String BLOCKS_PROPERTY_FORMAT = "vecnet.kernels.%s.blocks";

    private static final Map<String, Choice> CHOSEN = new ConcurrentHashMap<>();

    private GemmBlocking() {}

    /** The blocks and a short word on where they came from ({@code analytical}, {@code table}, ...). */
    public record Choice(BlockSizes blocks, String source) {
        public String describe() {
            return shape(blocks) + " (" + source + ")";
        }
    }

    /** The system properties and caches a choice depends on; tests pass their own. */
    record Inputs(String profile, String blocksOverride, String tuningFile, Optional<CacheHierarchy> caches) {
        static Inputs ofThisProcess(String precision) {
            return new Inputs(
                    System.getProperty(PROFILE_PROPERTY),
                    System.getProperty(String.format(Locale.ROOT, BLOCKS_PROPERTY_FORMAT, precision)),
                    System.getProperty(TUNING_PROPERTY),
                    CacheHierarchy.ofThisMachine());
        }
    }

    /**
     * The register tile's rows at this vector width: {@link #ROWS_PROPERTY} when it names a tile the Panama kernels
     * have (4 or 6 rows) and the profile is not {@code reproducible}, else the table's. Results do not depend on it
     * (each element of C sums its k products in the same order whatever the tile): only the speed does.
     */
    public static int rows(int bits) {
        int table = BlockSizeTable.sgemm(bits).mr();
        String requested = System.getProperty(ROWS_PROPERTY);
        if (requested == null) {
            return table;
        }
        if ("reproducible"
                .equalsIgnoreCase(
                        String.valueOf(System.getProperty(PROFILE_PROPERTY)).trim())) {
            StartupNotice.warn("vecnet kernels: " + PROFILE_PROPERTY + "=reproducible ignores " + ROWS_PROPERTY);
            return table;
        }
        switch (requested.trim()) {
            case "4":
                return 4;
            case "6":
                return 6;
            default:
                StartupNotice.warn("vecnet kernels: ignoring " + ROWS_PROPERTY + "=" + requested
                        + " (expected 4 or 6); using " + table);
                return table;
        }
    }

    /** The float kernel's blocks at this vector width and register tile (decided at the first call). */
    public static BlockSizes sgemm(int bits, int mr, int nr) {
        return chosen(
                        "sgemm",
                        bits,
                        mr,
                        nr,
                        Float.BYTES,
                        BlockSizeTable.sgemm(bits).withRows(mr))
                .blocks();
    }

    /** The double kernel's blocks at this vector width and register tile (decided at the first call). */
    public static BlockSizes dgemm(int bits, int mr, int nr) {
        return chosen(
                        "dgemm",
                        bits,
                        mr,
                        nr,
                        Double.BYTES,
                        BlockSizeTable.dgemm(bits).withRows(mr))
                .blocks();
    }

    /**
     * The GEMM part of the start-up line: both kernels' tiles and blocks and where the blocks came from, e.g.
     * {@code sgemm 4x16 mc=304 kc=320 nc=22928, dgemm 4x8 mc=192 kc=256 nc=14336 (analytical, L1 32K/8w ...)}.
     */
    public static String describe(BlockSizes sgemm, BlockSizes dgemm) {
        String s = sourceOf("sgemm", sgemm);
        String d = sourceOf("dgemm", dgemm);
        String shapes = "sgemm " + shape(sgemm) + (s.equals(d) ? "" : " (" + s + ")") + ", dgemm " + shape(dgemm);
        return shapes + " (" + d + ")";
    }

    private static String shape(BlockSizes b) {
        return b.mr() + "x" + b.nr() + " mc=" + b.mc() + " kc=" + b.kc() + " nc=" + b.nc();
    }

    private static String sourceOf(String precision, BlockSizes blocks) {
        return CHOSEN.entrySet().stream()
                .filter(e -> e.getKey().startsWith(precision)
                        && e.getValue().blocks().equals(blocks))
                .map(e -> e.getValue().source())
                .findFirst()
                .orElse("table");
    }

    private static Choice chosen(String precision, int bits, int mr, int nr, int elementBytes, BlockSizes table) {
        return CHOSEN.computeIfAbsent(precision + "/" + bits + "/" + mr + "x" + nr, key -> {
            List<String> warnings = new ArrayList<>();
            Choice choice =
                    choose(precision, bits, mr, nr, elementBytes, table, Inputs.ofThisProcess(precision), warnings);
            warnings.forEach(StartupNotice::warn);
            return choice;
        });
    }

    /** The decision itself, free of global state: warnings go to {@code warnings}. */
    static Choice choose(
            String precision,
            int bits,
            int mr,
            int nr,
            int elementBytes,
            BlockSizes table,
            Inputs in,
            List<String> warnings) {
        String profile = in.profile() == null ? "default" : in.profile().trim().toLowerCase(Locale.ROOT);
        if (profile.equals("reproducible")) {
            if (in.blocksOverride() != null || in.tuningFile() != null) {
                warnings.add("vecnet kernels: " + PROFILE_PROPERTY
                        + "=reproducible ignores the block-size override and " + "the tuning file");
            }
            return new Choice(table, "reproducible profile");
        }
        if (!profile.equals("machine") && !profile.equals("table") && !profile.equals("default")) {
            warnings.add("vecnet kernels: ignoring unknown " + PROFILE_PROPERTY + "=" + in.profile()
                    + " (expected table, machine or reproducible)");
            profile = "default";
        }
        String property = String.format(Locale.ROOT, BLOCKS_PROPERTY_FORMAT, precision);
        if (in.blocksOverride() != null) {
            try {
                return new Choice(BlockSizeText.parse(in.blocksOverride(), mr, nr, property), property);
            } catch (IllegalArgumentException e) {
                warnings.add("vecnet kernels: ignoring " + e.getMessage());
            }
        }
        if (in.tuningFile() != null) {
            try {
                Optional<BlockSizes> tuned = TuningFile.load(in.tuningFile(), precision, bits, mr, nr);
                if (tuned.isPresent()) {
                    return new Choice(tuned.get(), "tuning file " + in.tuningFile());
                }
                warnings.add("vecnet kernels: tuning file " + in.tuningFile() + " has no " + precision + " entries");
            } catch (IllegalArgumentException e) {
                warnings.add("vecnet kernels: ignoring " + e.getMessage() + "; using the " + profile + " default");
            }
        }
        boolean useModel = profile.equals("machine") || (profile.equals("default") && bits >= 512);
        if (useModel && in.caches().isPresent()) {
            CacheHierarchy caches = in.caches().get();
            Optional<BlockSizes> model = AnalyticalBlocking.derive(mr, nr, elementBytes, caches, table.nc());
            if (model.isPresent()) {
                return new Choice(model.get(), "analytical, " + caches.describe());
            }
        }
        return new Choice(table, "table");
    }
}
