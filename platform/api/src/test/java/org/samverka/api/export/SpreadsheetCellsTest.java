package org.samverka.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void everyCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"http://evil\")", SpreadsheetCells.neutralise("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1+1", SpreadsheetCells.neutralise("+1+1"));
        assertEquals("'-2+3", SpreadsheetCells.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetCells.neutralise("@SUM(A1)"));
        assertEquals("'\t=1", SpreadsheetCells.neutralise("\t=1"));
        assertEquals("'\r=1", SpreadsheetCells.neutralise("\r=1"));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertEquals("Inflyttarlots", SpreadsheetCells.neutralise("Inflyttarlots"));
        assertEquals("Luleå = bra", SpreadsheetCells.neutralise("Luleå = bra"));
        assertEquals("", SpreadsheetCells.neutralise(""));
        assertNull(SpreadsheetCells.neutralise(null));
    }

    @Test
    void whatWasStoredComesBackExactlyThroughAnExportAndAnImport() {
        for (String stored : List.of("=1+1", "'=1+1", "''", "'", "'hej", "-", "+46 920 123", "@lulea", "vanlig text", "")) {
            assertEquals(stored, SpreadsheetCells.restore(SpreadsheetCells.neutralise(stored)), stored);
        }
    }

    @Test
    void aHandWrittenApostropheBeforeAFormulaIsTheSpreadsheetsTextMark() {
        assertEquals("=1", SpreadsheetCells.restore("'=1"));
        assertEquals("'hej", SpreadsheetCells.restore("'hej"));
    }
}
