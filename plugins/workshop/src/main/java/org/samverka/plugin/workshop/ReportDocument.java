package org.samverka.plugin.workshop;

import java.util.List;

/**
 * The few shapes a workshop report is made of, written once by {@link WorkshopReport} and
 * rendered as Markdown or HTML. Every text handed in is the user's or a label, never markup: each
 * form escapes it.
 */
interface ReportDocument {

    void heading(int level, String text);

    void paragraph(String text);

    /** Label and value pairs, such as "Location: Stadshuset"; a pair with no value is left out. */
    void facts(List<String[]> pairs);

    void list(boolean ordered, List<String> items);

    void table(List<String> header, List<List<String>> rows);

    /** The finished document. */
    String text();
}
