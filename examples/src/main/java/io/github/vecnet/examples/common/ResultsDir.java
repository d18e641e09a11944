package io.github.vecnet.examples.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The results directory of one experiment: {@code <root>/<experiment>/}, created on demand. */
public final class ResultsDir {
    /** The default results root, relative to the working directory. */
    public static final Path DEFAULT_ROOT = Path.of("results");

    private ResultsDir() {}

    /** Creates (if needed) and returns {@code root/experiment}. */
    public static Path create(Path root, String experiment) throws IOException {
        if (experiment == null || experiment.isBlank() || experiment.contains("/") || experiment.contains("\\")) {
            throw new IllegalArgumentException("experiment: expected a plain name, got " + experiment);
        }
        Path dir = root.resolve(experiment);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException("results directory " + dir + " exists and is not a directory");
        }
        return Files.createDirectories(dir);
    }
}
