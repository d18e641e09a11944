package io.github.vecnet.examples.common;

import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.examples.Verdicts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an experiment's {@code summary.md}: a title, free text, the target table (experiment, kind, row, full
 * target, measured, status), the totals line, one provenance line per row, and further sections (settings, notes,
 * file list).
 */
public final class Summary {
    private final String title;
    private final StringBuilder intro = new StringBuilder();
    private final List<ResultRow> rows = new ArrayList<>();
    private final StringBuilder sections = new StringBuilder();

    private Summary(String title) {
        this.title = title;
    }

    public static Summary titled(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title: expected a non-blank title");
        }
        return new Summary(title);
    }

    /** Free text placed under the title (a paragraph; markdown allowed). */
    public Summary text(String paragraph) {
        intro.append(paragraph.strip()).append("\n\n");
        return this;
    }

    public Summary rows(List<ResultRow> resultRows) {
        rows.addAll(resultRows);
        return this;
    }

    /** {@code markdown} without its {@code ## heading} section (up to the next {@code ## }), unchanged if absent. */
    public static String withoutSection(String markdown, String heading) {
        String start = "## " + heading + "\n";
        int from = markdown.indexOf(start);
        if (from < 0) {
            return markdown;
        }
        int next = markdown.indexOf("\n## ", from + start.length());
        return markdown.substring(0, from) + (next < 0 ? "" : markdown.substring(next + 1));
    }

    /** A {@code ## heading} section after the target table. */
    public Summary section(String heading, String body) {
        sections.append("## ")
                .append(heading)
                .append("\n\n")
                .append(body.strip())
                .append("\n\n");
        return this;
    }

    /** The markdown text. */
    public String render() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n").append(intro);
        if (!rows.isEmpty()) {
            md.append(table(rows))
                    .append('\n')
                    .append(Verdicts.totals(rows))
                    .append(".\n\n")
                    .append("## Where each target comes from\n\n")
                    .append(provenance(rows))
                    .append('\n');
        }
        md.append(sections);
        return md.toString().stripTrailing() + "\n";
    }

    /** Writes {@link #render()} to {@code file}, creating parent directories. */
    public Path write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(), StandardCharsets.UTF_8);
        return file;
    }

    /** The markdown target table for rows (used by summaries and the launcher's combined summary). */
    public static String table(List<ResultRow> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| experiment | kind | row | target | measured | status |\n|---|---|---|---|---|---|\n");
        for (ResultRow row : rows) {
            String status = row.status().label();
            if (row.status() == ResultRow.Status.FAIL) {
                status = "**FAIL**";
            } else if (!row.note().isEmpty()) {
                status += " (" + row.note() + ")";
            }
            md.append("| ")
                    .append(cell(row.experiment()))
                    .append(" | ")
                    .append(row.kind().label())
                    .append(" | ")
                    .append(cell(row.label()))
                    .append(" | ")
                    .append(cell(row.target()))
                    .append(" | ")
                    .append(cell(row.measured()))
                    .append(" | ")
                    .append(cell(status))
                    .append(" |\n");
        }
        return md.toString();
    }

    /** One line per row: its label, kind and where its target comes from. */
    public static String provenance(List<ResultRow> rows) {
        StringBuilder md = new StringBuilder();
        for (ResultRow row : rows) {
            md.append("- ")
                    .append(cell(row.label()))
                    .append(" (")
                    .append(row.kind().label())
                    .append("): ")
                    .append(cell(row.source()))
                    .append('\n');
        }
        return md.toString();
    }

    /** A markdown table cell: pipes escaped, line breaks flattened. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("\r\n", " ")
                .replace('\n', ' ')
                .replace('\r', ' ');
    }
}
