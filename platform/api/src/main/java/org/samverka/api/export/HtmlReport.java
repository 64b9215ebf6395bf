package org.samverka.api.export;

import java.util.List;

/** A report as one HTML page with no scripts or styles of its own, fit to print or to open offline. */
public final class HtmlReport implements ReportDocument {

    private final StringBuilder out = new StringBuilder();

    /** A page in the given language (its {@code lang}) with the given title. */
    public HtmlReport(String language, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n</head>\n<body>\n<main>\n");
    }

    @Override
    public void heading(int level, String text) {
        out.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append(">\n");
    }

    @Override
    public void paragraph(String text) {
        out.append("<p>").append(escape(text.strip()).replaceAll("\\R", "<br>\n")).append("</p>\n");
    }

    @Override
    public void facts(List<String[]> pairs) {
        out.append("<dl>\n");
        for (String[] pair : pairs) {
            if (pair[1] != null && !pair[1].isBlank()) {
                out.append("<dt>").append(escape(pair[0])).append("</dt><dd>").append(escape(pair[1])).append("</dd>\n");
            }
        }
        out.append("</dl>\n");
    }

    @Override
    public void list(boolean ordered, List<String> items) {
        String tag = ordered ? "ol" : "ul";
        out.append('<').append(tag).append(">\n");
        items.forEach(item -> out.append("<li>").append(escape(item)).append("</li>\n"));
        out.append("</").append(tag).append(">\n");
    }

    @Override
    public void table(List<String> header, List<List<String>> rows) {
        out.append("<table>\n<thead><tr>");
        header.forEach(h -> out.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    @Override
    public String text() {
        return out + "</main>\n</body>\n</html>\n";
    }

    /** The text with {@code & < > " '} as character references. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
