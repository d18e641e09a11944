package io.github.vecnet.doctests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the {@code ```java} blocks of markdown files, with the optional marker comment right above each block.
 *
 * <p>The marker is an HTML comment (invisible on GitHub) directly before the fence:
 *
 * <pre>
 * &lt;!-- snippet
 * import: io.github.vecnet.nn.Tensor
 * given: Tensor x = Tensor.zeros(4, 1, DType.FLOAT64);
 * mode: compile-only
 * --&gt;
 * </pre>
 *
 * {@code import:} and {@code given:} lines supply what the prose defined earlier (imports, variables); {@code mode:}
 * is {@code run} (the default) or {@code compile-only} for blocks that would not finish quickly.
 */
final class MarkdownSnippets {
    private static final String FENCE = "```";
    private static final String MARKER_START = "<!-- snippet";
    private static final String MARKER_END = "-->";

    private MarkdownSnippets() {}

    /** README.md and every {@code *.md} under docs/, in a stable order. */
    static List<Path> markdownFiles(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> walk = Files.walk(docs)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static List<Snippet> read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every java block of one file; {@code source} names the file in messages. */
    static List<Snippet> parse(String source, List<String> lines) {
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith(FENCE)) {
                continue;
            }
            int end = closingFence(lines, i, source);
            if (fence.equals(FENCE + "java")) {
                Marker marker = markerAbove(lines, i, source);
                String code = String.join("\n", lines.subList(i + 1, end)) + "\n";
                snippets.add(new Snippet(source, i + 1, code, marker.imports, marker.given, marker.run));
            }
            i = end;
        }
        return snippets;
    }

    private static int closingFence(List<String> lines, int open, String source) {
        for (int j = open + 1; j < lines.size(); j++) {
            if (lines.get(j).strip().equals(FENCE)) {
                return j;
            }
        }
        throw new IllegalArgumentException(source + ":" + (open + 1) + ": code block is never closed");
    }

    private static final class Marker {
        final List<String> imports = new ArrayList<>();
        final List<String> given = new ArrayList<>();
        boolean run = true;
    }

    private static Marker markerAbove(List<String> lines, int fence, String source) {
        Marker marker = new Marker();
        int last = fence - 1;
        if (last < 0 || !lines.get(last).strip().equals(MARKER_END)) {
            return marker;
        }
        int first = last - 1;
        while (first >= 0 && !lines.get(first).strip().startsWith(MARKER_START)) {
            first--;
        }
        if (first < 0) {
            throw new IllegalArgumentException(source + ":" + (last + 1) + ": '-->' without '<!-- snippet'");
        }
        for (String raw : lines.subList(first + 1, last)) {
            String line = raw.strip();
            if (line.startsWith("import:")) {
                marker.imports.add(line.substring("import:".length()).strip());
            } else if (line.startsWith("given:")) {
                marker.given.add(line.substring("given:".length()).strip());
            } else if (line.equals("mode: compile-only")) {
                marker.run = false;
            } else if (!line.isEmpty() && !line.equals("mode: run")) {
                throw new IllegalArgumentException(source + ": snippet marker line not understood: '" + line
                        + "' (expected import:, given: or mode: run|compile-only)");
            }
        }
        return marker;
    }
}
