package io.github.vecnet.doctests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md and docs/**.md compiles against the built kernels and nn, and runs
 * (unless marked {@code mode: compile-only}). Only java blocks are checked: bash blocks are maven/java command
 * lines (CI runs the test command itself, .ci/consumer-test the install and the class/module path runs), xml and
 * kotlin blocks are build files for other tools. The marker convention is described in {@link MarkdownSnippets}.
 */
class DocSnippetsTest {
    private static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    static Path root() {
        String configured = System.getProperty("vecnet.docs.root");
        return Paths.get(configured != null ? configured : "..")
                .toAbsolutePath()
                .normalize();
    }

    static List<Snippet> allSnippets() {
        List<Snippet> all = new ArrayList<>();
        for (Path file : MarkdownSnippets.markdownFiles(root())) {
            all.addAll(MarkdownSnippets.read(file));
        }
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockCompilesAndRuns() {
        List<Snippet> snippets = allSnippets();
        SnippetCompiler compiler = new SnippetCompiler(work);
        int[] index = {0};
        return snippets.stream().map(s -> {
            String name = "s" + index[0]++;
            String label =
                    root().relativize(Paths.get(s.source()).toAbsolutePath().normalize()) + ":" + s.line();
            return DynamicTest.dynamicTest(
                    label, () -> assertTimeoutPreemptively(RUN_LIMIT, () -> compiler.compileAndRun(s, name)));
        });
    }

    @Test
    void theDocumentationHasJavaBlocksInTheReadmeAndTheNnGuide() {
        Path root = root();
        assertTrue(Files.isRegularFile(root.resolve("README.md")), "docs root " + root + " has no README.md");
        List<Snippet> all = allSnippets();
        assertTrue(all.stream().anyMatch(s -> s.source().endsWith("README.md")), "no java block found in README.md");
        assertTrue(all.stream().anyMatch(s -> s.source().endsWith("NN.md")), "no java block found in docs/NN.md");
    }

    @Test
    void parsesBlocksMarkersAndIgnoresOtherLanguages() {
        List<String> md = List.of(
                "text",
                "```bash",
                "mvn verify",
                "```",
                "<!-- snippet",
                "import: java.util.List",
                "given: int n = 3;",
                "mode: compile-only",
                "-->",
                "```java",
                "System.out.println(n);",
                "```",
                "```java",
                "public class A {}",
                "```");
        List<Snippet> parsed = MarkdownSnippets.parse("t.md", md);
        assertEquals(2, parsed.size());
        Snippet first = parsed.get(0);
        assertEquals(10, first.line());
        assertEquals(List.of("java.util.List"), first.imports());
        assertEquals(List.of("int n = 3;"), first.given());
        assertFalse(first.run());
        assertFalse(first.isCompilationUnit());
        assertTrue(parsed.get(1).run());
        assertTrue(parsed.get(1).isCompilationUnit());
        assertEquals("A", parsed.get(1).typeName());
    }

    @Test
    void anUnknownMarkerLineAndAnUnclosedBlockAreErrors() {
        assertThrows(
                IllegalArgumentException.class,
                () -> MarkdownSnippets.parse(
                        "t.md", List.of("<!-- snippet", "mode: sometimes", "-->", "```java", "int a;", "```")));
        assertThrows(IllegalArgumentException.class, () -> MarkdownSnippets.parse("t.md", List.of("```java", "x")));
    }

    @Test
    void aFragmentIsWrappedWithItsImportsFirstAndGivenBeforeTheBody() {
        Snippet s = new Snippet(
                "t.md",
                1,
                "import java.util.List;\n\nList<Integer> l = List.of(n);\n",
                List.of("java.util.ArrayList"),
                List.of("int n = 2;"),
                true);
        String wrapped = SnippetCompiler.wrapFragment(s, "Snippet");
        assertTrue(wrapped.startsWith("import java.util.ArrayList;\nimport java.util.List;\n"), wrapped);
        assertTrue(wrapped.indexOf("int n = 2;") < wrapped.indexOf("List<Integer> l"), wrapped);
        assertTrue(wrapped.contains("public static void run() throws Exception {"), wrapped);
    }

    @Test
    void aBlockThatDoesNotCompileFailsNamingItsLocation() {
        Snippet broken = new Snippet("t.md", 7, "int x = undefinedVariable;\n", List.of(), List.of(), true);
        AssertionError e =
                assertThrows(AssertionError.class, () -> new SnippetCompiler(work).compileAndRun(broken, "broken"));
        assertTrue(e.getMessage().startsWith("t.md:7: the code block does not compile"), e.getMessage());
    }

    @Test
    void aFragmentRunsAndItsOutputIsCaptured() throws Exception {
        Snippet s = new Snippet(
                "t.md",
                1,
                "System.out.println(io.github.vecnet.kernels.Kernels.threads() > 0);\n",
                List.of(),
                List.of(),
                true);
        SnippetCompiler.Outcome outcome = new SnippetCompiler(work).compileAndRun(s, "ok");
        assertTrue(outcome.ran());
        assertEquals("true", outcome.stdout().strip());
    }
}
