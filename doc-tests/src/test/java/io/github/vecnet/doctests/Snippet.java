package io.github.vecnet.doctests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ```java} block of a markdown file.
 *
 * @param source the markdown file
 * @param line line of the opening fence (1-based)
 * @param code the block's text
 * @param imports extra imports from the marker ({@code import:} lines)
 * @param given declarations from the marker ({@code given:} lines) placed before a fragment
 * @param run false for {@code mode: compile-only}
 */
record Snippet(String source, int line, String code, List<String> imports, List<String> given, boolean run) {
    private static final Pattern TOP_LEVEL_TYPE =
            Pattern.compile("(?m)^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

    /** A complete source file declares a top-level type at the start of a line; anything else is a fragment. */
    boolean isCompilationUnit() {
        return TOP_LEVEL_TYPE.matcher(code).find();
    }

    /** The first top-level type's simple name (compilation units only). */
    String typeName() {
        Matcher m = TOP_LEVEL_TYPE.matcher(code);
        if (!m.find()) {
            throw new IllegalStateException(this + " declares no top-level type");
        }
        return m.group(1);
    }

    /** The declared package, or "" for the unnamed package. */
    String packageName() {
        Matcher m = PACKAGE.matcher(code);
        return m.find() ? m.group(1) : "";
    }

    @Override
    public String toString() {
        return source + ":" + line;
    }
}
