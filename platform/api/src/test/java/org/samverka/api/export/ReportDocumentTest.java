package org.samverka.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportDocumentTest {

    @Test
    void markdownKeepsWhatParticipantsWroteAsTextNotAsMarkup() {
        var md = new MarkdownReport();
        md.list(true, List.of("*very* important [link](http://x)", "1. not a list\nsecond line"));
        md.table(List.of("Time", "Block"), List.of(List.of("09:00", "a | b")));
        String text = md.text();
        assertTrue(text.contains("1. \\*very\\* important \\[link\\](http://x)"), text);
        assertTrue(text.contains("2. 1\\. not a list second line"), text);
        assertTrue(text.contains("| 09:00 | a \\| b |"), text);
    }

    @Test
    void markdownParagraphsKeepTheirLineBreaks() {
        var md = new MarkdownReport();
        md.paragraph("Goal:\n- fewer forms\n# not a heading");
        assertEquals("Goal:  \n\\- fewer forms  \n\\# not a heading\n\n", md.text());
    }

    @Test
    void htmlEscapesEverythingItIsGiven() {
        var html = new HtmlReport("sv", "<script>");
        html.facts(List.of(new String[] {"Plats", "\"Stadshuset\" & <b>"}, new String[] {"Tom", null}));
        String text = html.text();
        assertTrue(text.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"), text);
        assertTrue(text.contains("<title>&lt;script&gt;</title>"), text);
        assertTrue(text.contains("<dd>&quot;Stadshuset&quot; &amp; &lt;b&gt;</dd>"), text);
        assertFalse(text.contains("Tom"), "a fact with no value is left out");
    }
}
