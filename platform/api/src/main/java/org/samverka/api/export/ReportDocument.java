package org.samverka.api.export;

import java.util.List;

/**
 * The few shapes a module's report is made of (a workshop's, a co-creation project's), written
 * once and rendered as Markdown ({@link MarkdownReport}) or HTML ({@link HtmlReport}). Every text handed in is the user's or a label, never markup: each
 * form escapes it.
 */
public interface ReportDocument {

    void heading(int level, String text);

    void paragraph(String text);

    /** Label and value pairs, such as "Location: Stadshuset"; a pair with no value is left out. */
    void facts(List<String[]> pairs);

    void list(boolean ordered, List<String> items);

    void table(List<String> header, List<List<String>> rows);

    /** The finished document. */
    String text();
}
