package io.github.vecnet.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * nn's packages form no import cycle, and the autodiff core ({@code io.github.vecnet.nn}: Tensor, Function, the
 * operations and their kernel dispatch) uses no other nn package. Read from the compiled classes' constant pools,
 * as jdeps does: every class named in a class reference, descriptor or signature counts.
 */
class PackageCyclesTest {
    private static final String CORE = "io.github.vecnet.nn";
    private static final Pattern NN_CLASS = Pattern.compile("io/github/vecnet/nn(?:/[a-z0-9_]+)*(?=/[A-Z])");

    @Test
    void theCoreUsesNoOtherNnPackage() throws IOException, URISyntaxException {
        assertEquals(Set.of(CORE), packageGraph().get(CORE), "the core package must not use other nn packages");
    }

    @Test
    void nnsPackagesFormNoCycle() throws IOException, URISyntaxException {
        Map<String, Set<String>> graph = packageGraph();
        assertTrue(graph.size() >= 7, "expected all of nn's packages, found " + graph.keySet());
        assertEquals(List.of(), cycle(graph), "package cycle");
    }

    @Test
    void theCycleFinderFindsACycle() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", Set.of("a", "b"));
        graph.put("b", Set.of("c"));
        graph.put("c", Set.of("a"));
        graph.put("d", Set.of("a"));
        assertEquals(List.of("a", "b", "c", "a"), cycle(graph));
        graph.put("c", Set.of());
        assertEquals(List.of(), cycle(graph));
    }

    /** A cycle as a path that starts and ends at the same package, or an empty list; self-loops do not count. */
    static List<String> cycle(Map<String, Set<String>> graph) {
        Set<String> done = new TreeSet<>();
        for (String start : graph.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            List<String> found = search(start, graph, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> search(
            String node, Map<String, Set<String>> graph, Deque<String> path, Set<String> done) {
        if (path.contains(node)) {
            List<String> found = new ArrayList<>(path);
            found = found.subList(found.indexOf(node), found.size());
            found.add(node);
            return found;
        }
        if (done.contains(node)) {
            return List.of();
        }
        path.addLast(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!next.equals(node)) {
                List<String> found = search(next, graph, path, done);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        path.removeLast();
        done.add(node);
        return List.of();
    }

    /** Package -> the nn packages its classes name (itself included). */
    static Map<String, Set<String>> packageGraph() throws IOException, URISyntaxException {
        Path classes = Path.of(
                Tensor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "expected compiled classes in a directory, got " + classes);
        Map<String, Set<String>> graph = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class"))
                    .toList();
        }
        for (Path file : files) {
            String pkg = classes.relativize(file.getParent())
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), ".");
            Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
            uses.add(pkg);
            try (InputStream in = Files.newInputStream(file)) {
                for (String text : constantPoolStrings(new DataInputStream(in))) {
                    Matcher m = NN_CLASS.matcher(text);
                    while (m.find()) {
                        uses.add(m.group().replace('/', '.'));
                    }
                }
            }
        }
        return graph;
    }

    /** The UTF-8 entries of a class file's constant pool (class names, descriptors, signatures, literals). */
    private static List<String> constantPoolStrings(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> out.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // long and double take two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return out;
    }
}
