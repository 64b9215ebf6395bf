package org.samverka.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void splitsAtSemicolonsBetweenStatements() {
        assertEquals(List.of("CREATE TABLE A (X INT)", "INSERT INTO A VALUES (1)"),
                SqlStatements.split("CREATE TABLE A (X INT);\nINSERT INTO A VALUES (1);\n"));
    }

    @Test
    void keepsSemicolonsInsideQuotedText() {
        assertEquals(List.of("INSERT INTO A VALUES ('a;b', 'it''s; fine')"),
                SqlStatements.split("INSERT INTO A VALUES ('a;b', 'it''s; fine');"));
    }

    @Test
    void dropsCommentsEvenWhenTheyHoldSemicolons() {
        assertEquals(List.of("CREATE TABLE A (X INT)", "DROP TABLE A"),
                SqlStatements.split("-- first; of two\nCREATE TABLE A (X INT); /* a ; b */ DROP TABLE A"));
    }

    @Test
    void anEmptyScriptHasNoStatements() {
        assertEquals(List.of(), SqlStatements.split("  -- nothing here\n ; ;"));
    }
}
