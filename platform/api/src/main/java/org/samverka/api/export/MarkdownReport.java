package org.samverka.api.export;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report as CommonMark, for pasting into a case document or a wiki. Text is escaped so that what a participant wrote ("*very* important",
 * "1. first", "a | b") reads as written and cannot turn into links, lists or table cells.
 */
public final class MarkdownReport implements ReportDocument {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|!~])");
    /** What would start a list or an underline at the start of a line: "- ", "+ ", "=", "1." and "1)". */
    /** What would start a list or an underline at the start of a line: "-", "+", "=", "1." or "1)". */
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)(?:([-+=])|(\\d+)([.)]))");

    private final StringBuilder out = new StringBuilder();

    @Override
    public void heading(int level, String text) {
        out.append("#".repeat(level)).append(' ').append(inline(text)).append("\n\n");
    }

    @Override
    public void paragraph(String text) {
        String escaped = escape(text.strip());
        out.append(escaped.replace("\r\n", "\n").replace("\n", "  \n")).append("\n\n");
    }

    @Override
    public void facts(List<String[]> pairs) {
        for (String[] pair : pairs) {
            if (pair[1] != null && !pair[1].isBlank()) {
                out.append("- **").append(inline(pair[0])).append(":** ").append(inline(pair[1])).append('\n');
            }
        }
        out.append('\n');
    }

    @Override
    public void list(boolean ordered, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            out.append(ordered ? (i + 1) + ". " : "- ").append(inline(items.get(i))).append('\n');
        }
        out.append('\n');
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        row(header);
        out.append('|').append("---|".repeat(header.size())).append('\n');
        rows.forEach(this::row);
        out.append('\n');
    }

    @Override
    public String text() {
        return out.toString();
    }

    private void row(List<String> cells) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(inline(cell)).append(" |"));
        out.append('\n');
    }

    /** One line: line breaks become spaces, so that a list item or a cell stays whole. */
    private static String inline(String text) {
        String oneLine = text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
        return escape(oneLine);
    }

    private static String escape(String text) {
        return LINE_START.matcher(SPECIAL.matcher(text).replaceAll("\\\\$1")).replaceAll(m -> Matcher.quoteReplacement(
                m.group(2) != null ? m.group(1) + "\\" + m.group(2) : m.group(1) + m.group(3) + "\\" + m.group(4)));
    }
}
