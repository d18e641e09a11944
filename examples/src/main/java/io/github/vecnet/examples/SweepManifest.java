package io.github.vecnet.examples;

import io.github.vecnet.examples.common.Shard;
import io.github.vecnet.nn.io.AtomicFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * What a shard folder holds ({@code sweep.properties}): the experiment, the settings its units depend on (preset,
 * seed, precision) and the shard. {@code merge} checks that all shard folders come from the same sweep; a re-run into
 * a folder with other settings is refused instead of mixing rows of two sweeps.
 *
 * @param precision null for the experiment's default
 */
public record SweepManifest(String experiment, Preset preset, long seed, String precision, Shard shard) {
    static final String FILE = "sweep.properties";

    static SweepManifest of(String experiment, RunContext ctx) {
        return new SweepManifest(experiment, ctx.preset(), ctx.seed(), ctx.precision(), ctx.shard());
    }

    /** Same sweep (all but the shard index). */
    boolean sameSweep(SweepManifest other) {
        return experiment.equals(other.experiment)
                && preset == other.preset
                && seed == other.seed
                && String.valueOf(precision).equals(String.valueOf(other.precision))
                && shard.count() == other.shard.count();
    }

    String describe() {
        return String.format(
                Locale.ROOT,
                "%s %s, seed %d%s, shard %s",
                experiment,
                preset.option(),
                seed,
                precision == null ? "" : ", precision " + precision,
                shard);
    }

    void write(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("experiment", experiment);
        p.setProperty("preset", preset.name());
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("precision", precision == null ? "" : precision);
        p.setProperty("shard", shard.toString());
        StringWriter text = new StringWriter();
        p.store(text, "vecnet sweep shard: the settings its units depend on");
        AtomicFile.write(dir.resolve(FILE), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The manifest of a shard folder; the message names the folder when it has none or a malformed one. */
    static SweepManifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " is not a shard folder (no " + FILE + "; shards are written by "
                    + "'run <experiment> --shard i/N')");
        }
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        try {
            String precision = p.getProperty("precision", "");
            return new SweepManifest(
                    p.getProperty("experiment"),
                    Preset.valueOf(p.getProperty("preset")),
                    Long.parseLong(p.getProperty("seed")),
                    precision.isEmpty() ? null : precision,
                    Shard.parse(p.getProperty("shard")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is malformed: " + e.getMessage());
        }
    }
}
