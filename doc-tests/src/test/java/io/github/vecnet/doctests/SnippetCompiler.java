package io.github.vecnet.doctests;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a {@link Snippet} with javac (javax.tools) against the test class path (the built kernels and nn) and
 * runs it.
 *
 * <p>The wrapping rule for fragments: the leading {@code import} lines of the block and the marker's
 * {@code import:} lines become imports, the marker's {@code given:} lines and then the rest of the block become the
 * body of {@code public static void run() throws Exception} in a class of the unnamed package. A compilation unit
 * (a block declaring a top-level type) is compiled as it stands and its {@code main(String[])}, if any, is run.
 */
final class SnippetCompiler {
    private final Path workDir;

    SnippetCompiler(Path workDir) {
        this.workDir = workDir;
    }

    /** The result of compiling and (optionally) running a snippet. */
    record Outcome(boolean ran, String stdout) {}

    Outcome compileAndRun(Snippet snippet, String name) throws Exception {
        Path src = workDir.resolve(name).resolve("src");
        Path classes = workDir.resolve(name).resolve("classes");
        Files.createDirectories(classes);
        String className;
        Path file;
        String text;
        if (snippet.isCompilationUnit()) {
            String pkg = snippet.packageName();
            className = pkg.isEmpty() ? snippet.typeName() : pkg + "." + snippet.typeName();
            file = src.resolve(className.replace('.', '/') + ".java");
            text = snippet.code();
        } else {
            className = "Snippet";
            file = src.resolve("Snippet.java");
            text = wrapFragment(snippet, className);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        compile(snippet, file, text, classes);
        if (!snippet.run()) {
            return new Outcome(false, "");
        }
        return run(snippet, classes, className, snippet.isCompilationUnit() ? "main" : "run");
    }

    static String wrapFragment(Snippet snippet, String className) {
        List<String> imports = new ArrayList<>();
        for (String extra : snippet.imports()) {
            imports.add("import " + extra + ";");
        }
        List<String> body = new ArrayList<>();
        boolean inHeader = true;
        for (String line : snippet.code().split("\n", -1)) {
            String stripped = line.strip();
            if (inHeader && stripped.startsWith("import ")) {
                imports.add(stripped);
            } else if (inHeader && stripped.isEmpty()) {
                continue;
            } else {
                inHeader = false;
                body.add("    " + line);
            }
        }
        StringBuilder out = new StringBuilder();
        for (String imp : imports) {
            out.append(imp).append('\n');
        }
        out.append("\npublic final class ").append(className).append(" {\n");
        out.append("  public static void run() throws Exception {\n");
        for (String decl : snippet.given()) {
            out.append("    ").append(decl).append('\n');
        }
        for (String line : body) {
            out.append(line).append('\n');
        }
        out.append("  }\n}\n");
        return out.toString();
    }

    private static void compile(Snippet snippet, Path file, String text, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: run the doc tests on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            // -try: `try (NoGrad ignored = NoGrad.enter())` is the documented idiom; its variable is never read.
            List<String> options = List.of(
                    "--release",
                    "17",
                    "-Xlint:all,-try",
                    "-Werror",
                    "-proc:none",
                    "-implicit:none",
                    "-classpath",
                    testClassPath(),
                    "-d",
                    classes.toString());
            StringWriter javacOut = new StringWriter();
            boolean ok = javac.getTask(
                            javacOut, files, diagnostics, options, null, files.getJavaFileObjects(file.toFile()))
                    .call();
            if (!ok) {
                StringBuilder message = new StringBuilder(snippet + ": the code block does not compile");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    message.append("\n  line ")
                            .append(d.getLineNumber())
                            .append(" of the compiled source: ")
                            .append(d.getMessage(Locale.ROOT));
                }
                message.append("\n")
                        .append(javacOut)
                        .append("--- compiled source ---\n")
                        .append(numbered(text));
                throw new AssertionError(message.toString());
            }
        }
    }

    private static Outcome run(Snippet snippet, Path classes, String className, String methodName) throws Exception {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, SnippetCompiler.class.getClassLoader())) {
            Class<?> type = Class.forName(className, true, loader);
            Method method = methodName.equals("main") ? findMain(type) : type.getMethod(methodName);
            if (method == null) {
                return new Outcome(false, "");
            }
            // A JBang script's class need not be public.
            method.setAccessible(true);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            if (method.getParameterCount() == 1) {
                method.invoke(null, (Object) new String[0]);
            } else {
                method.invoke(null);
            }
        } catch (InvocationTargetException e) {
            throw new AssertionError(snippet + ": the code block compiles but throws " + e.getCause(), e.getCause());
        } finally {
            System.setOut(originalOut);
        }
        return new Outcome(true, captured.toString(StandardCharsets.UTF_8));
    }

    private static Method findMain(Class<?> type) {
        try {
            return type.getMethod("main", String[].class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Surefire's forked JVM may run from a manifest-only jar; it publishes the real class path separately. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, path.split(File.pathSeparator));
    }

    private static String numbered(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(String.format(Locale.ROOT, "%4d  %s%n", i + 1, lines[i]));
        }
        return out.toString();
    }
}
