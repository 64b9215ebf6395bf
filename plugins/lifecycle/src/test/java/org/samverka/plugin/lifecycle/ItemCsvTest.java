package org.samverka.plugin.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverka.api.rest.FieldError;

class ItemCsvTest {

    private static final String HEADER = "phase,kind,title,description,responsibleOrganisation,contact,status,notes\n";

    @Test
    void readsSwedishTextQuotedCommasAndAByteOrderMark() {
        var parsed = ItemCsv.parse("\uFEFF" + HEADER
                + "INTRODUCE,ROLE,Inflyttarlots,\"Hjälper nya invånare, från dag ett\",Luleå kommun,lots@lulea.se,IN_PLACE,\n"
                + "welcome,effort,Språkcafé,,Föreningen Välkommen,,partial,Torsdagar\n");
        assertEquals(List.of(), parsed.errors());
        assertEquals(2, parsed.rows().size());
        assertEquals("Hjälper nya invånare, från dag ett", parsed.rows().get(0).item().description());
        assertEquals(ItemStatus.PARTIAL, parsed.rows().get(1).item().status());
        assertEquals(null, parsed.rows().get(1).item().description());
    }

    @Test
    void oneBadRowRejectsTheFileAndIsNamedByLine() {
        var parsed = ItemCsv.parse(HEADER
                + "ATTRACT,RESOURCE,Film om Luleå,,,,IN_PLACE,\n"
                + "ATTRACT,RESOURCE,,,,,SOMETIMES,\n"
                + "ROOT,EFFORT,Mentorer,,,,PLANNED,\n");
        assertEquals(List.of(), parsed.rows());
        List<String> fields = parsed.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("line 3, status", "line 3, title"), fields);
    }

    @Test
    void badRowsAreNamedByTheirLineInTheFileAfterMultiLineCellsAndBlankLines() {
        var parsed = ItemCsv.parse(HEADER
                + "ATTRACT,RESOURCE,Film om Luleå,\"Första raden\nandra raden\ntredje raden\",,,IN_PLACE,\n"
                + "\n"
                + "ROOT,EFFORT,Mentorer,,,,NEVER,\n");
        assertEquals(List.of("line 6, status"), parsed.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aWrongHeaderIsReportedOnLineOne() {
        var parsed = ItemCsv.parse("fas,typ,rubrik\nATTRACT,ROLE,x\n");
        assertEquals("line 1", parsed.errors().get(0).field());
        assertTrue(parsed.errors().get(0).message().contains("missing: status, title"), parsed.errors().toString());
        assertTrue(parsed.errors().get(0).message().contains("unknown: rubrik"));
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        var parsed = ItemCsv.parse(HEADER + "ATTRACT,ROLE,x\n");
        assertEquals("line 2", parsed.errors().get(0).field());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("file", ItemCsv.parse(HEADER).errors().get(0).field());
    }

    @Test
    void exportReadsBackAsTheSameItems() {
        var item = new CapacityItem(1, "lulea", Phase.RECRUIT, ItemKind.ROLE, "EURES-kontakt", "Rådgivare, \"EURES\"",
                "Arbetsförmedlingen", null, ItemStatus.IN_PLACE, null, false, 1, Instant.EPOCH, Instant.EPOCH, 7L);
        var parsed = ItemCsv.parse(ItemCsv.format(List.of(item)));
        assertEquals(List.of(), parsed.errors());
        assertEquals(7L, parsed.rows().get(0).item().catalogueEntryId());
        assertEquals("Rådgivare, \"EURES\"", parsed.rows().get(0).item().description());
        assertEquals(Phase.RECRUIT, parsed.rows().get(0).item().phase());
    }

    @Test
    void aFormulaSomeoneTypedIsExportedAsTextAndImportedAsTyped() {
        var item = new CapacityItem(1, "lulea", Phase.ATTRACT, ItemKind.EFFORT, "=HYPERLINK(\"http://evil.example\",\"Klicka\")",
                "+46 920 45 30 00", "@lulea", "-", ItemStatus.PLANNED, "'citerad", false, 1, Instant.EPOCH, Instant.EPOCH, null);
        String csv = ItemCsv.format(List.of(item));
        String row = csv.split("\r\n")[1];
        assertTrue(row.startsWith("1,1,ATTRACT,EFFORT,"), row);
        assertTrue(row.contains("\"'=HYPERLINK(") && row.contains(",'+46 920 45 30 00,") && row.contains(",'@lulea,")
                && row.contains(",'-,") && row.contains(",''citerad"), row);
        var parsed = ItemCsv.parse(csv);
        assertEquals(List.of(), parsed.errors());
        CapacityItemInput back = parsed.rows().get(0).item();
        assertEquals(item.title(), back.title());
        assertEquals("+46 920 45 30 00", back.description());
        assertEquals("@lulea", back.responsibleOrganisation());
        assertEquals("-", back.contact());
        assertEquals("'citerad", back.notes());
    }

    @Test
    void aBrokenQuoteIsNamedByLineInPlainWords() {
        var parsed = ItemCsv.parse(HEADER + "ATTRACT,ROLE,\"Film\" om,,,,IN_PLACE,\n");
        FieldError error = parsed.errors().get(0);
        assertEquals("line 2", error.field());
        assertTrue(error.message().contains("closing quote"), error.message());
        var unclosed = ItemCsv.parse(HEADER + "ATTRACT,ROLE,\"Film om,,,,IN_PLACE,\n");
        assertTrue(unclosed.errors().get(0).message().contains("never closed"), unclosed.errors().get(0).message());
        for (var e : List.of(error, unclosed.errors().get(0))) {
            assertTrue(!e.message().contains("Exception") && !e.message().contains("java."), e.message());
        }
    }

    @Test
    void aSwedishExportHasLabelsSemicolonsAndAByteOrderMarkAndReadsBackWithIdsAndVersions() {
        var item = new CapacityItem(12, "lulea", Phase.WELCOME, ItemKind.EFFORT, "Språkcafé", "Torsdagar; biblioteket",
                null, null, ItemStatus.IN_PLACE, null, true, 3, Instant.EPOCH, Instant.EPOCH, null);
        String csv = ItemCsv.format(List.of(item), SpreadsheetDialect.of(null, "sv"));
        assertTrue(csv.startsWith("\uFEFF# Exempeldata"), csv);
        String[] lines = csv.split("\r\n");
        assertTrue(lines[1].startsWith("id;version;fas;typ;titel;beskrivning;ansvarig organisation;"), lines[1]);
        assertTrue(lines[2].startsWith("12;3;Välkomna;Insats;Språkcafé;\"Torsdagar; biblioteket\";;;På plats;"), lines[2]);
        var parsed = ItemCsv.parse(csv);
        assertEquals(List.of(), parsed.errors());
        ItemCsv.Row row = parsed.rows().get(0);
        assertEquals(12L, row.id());
        assertEquals(3L, row.version());
        assertEquals(2 + 1, row.line());
        assertEquals(new CapacityItemInput(Phase.WELCOME, ItemKind.EFFORT, "Språkcafé", "Torsdagar; biblioteket", null,
                null, ItemStatus.IN_PLACE, null, null), row.item());
    }

    @Test
    void importReadsNorwegianLabelsToo() {
        var parsed = ItemCsv.parse("fase;type;tittel;status\nØnske velkommen;Rolle;Vertskap;Delvis\n");
        assertEquals(List.of(), parsed.errors());
        assertEquals(Phase.WELCOME, parsed.rows().get(0).item().phase());
        assertEquals(ItemKind.ROLE, parsed.rows().get(0).item().kind());
        assertEquals(ItemStatus.PARTIAL, parsed.rows().get(0).item().status());
        assertEquals(null, parsed.rows().get(0).id());
    }

    @Test
    void anEnglishExportStaysRfc4180() {
        String csv = ItemCsv.format(List.of(), SpreadsheetDialect.of(null, "en"));
        assertEquals("id,version,phase,kind,title,description,responsibleOrganisation,contact,status,notes,catalogueEntryId\r\n",
                csv);
        assertTrue(ItemCsv.format(List.of(), SpreadsheetDialect.of("excel", "en")).startsWith("\uFEFFid;version;"));
    }
}
