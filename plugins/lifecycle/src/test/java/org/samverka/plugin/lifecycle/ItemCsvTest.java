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
        assertEquals("Hjälper nya invånare, från dag ett", parsed.rows().get(0).description());
        assertEquals(ItemStatus.PARTIAL, parsed.rows().get(1).status());
        assertEquals(null, parsed.rows().get(1).description());
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
        var parsed = ItemCsv.parse("fas,typ,titel\nATTRACT,ROLE,x\n");
        assertEquals("line 1", parsed.errors().get(0).field());
        assertTrue(parsed.errors().get(0).message().contains("missing: kind, phase, status, title"));
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
                "Arbetsförmedlingen", null, ItemStatus.IN_PLACE, null, false, 1, Instant.EPOCH, Instant.EPOCH);
        var parsed = ItemCsv.parse(ItemCsv.format(List.of(item)));
        assertEquals(List.of(), parsed.errors());
        assertEquals("Rådgivare, \"EURES\"", parsed.rows().get(0).description());
        assertEquals(Phase.RECRUIT, parsed.rows().get(0).phase());
    }
}
