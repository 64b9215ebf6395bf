package org.samverka.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void aMissingHeaderIsPreconditionRequired() {
        assertEquals(428, assertThrows(ApiProblem.class, () -> IfMatch.require(null)).status());
        assertEquals(428, assertThrows(ApiProblem.class, () -> IfMatch.require("  ")).status());
    }

    @Test
    void aQuotedVersionMatchesOnlyThatVersion() {
        IfMatch ifMatch = IfMatch.require("\"3\"");
        assertTrue(ifMatch.matches(3));
        assertFalse(ifMatch.matches(4));
        assertFalse(ifMatch.anyVersion());
        assertEquals(java.util.Set.of(3L), ifMatch.versions());
    }

    @Test
    void aListMatchesAnyOfItsVersionsAndAStarMatchesAll() {
        assertTrue(IfMatch.require("\"1\", \"2\"").matches(2));
        assertTrue(IfMatch.require("*").matches(99));
        assertTrue(IfMatch.require("*").anyVersion());
    }

    @Test
    void aTagWeNeverIssuedMatchesNothing() {
        assertFalse(IfMatch.require("\"abc\"").matches(1));
        assertFalse(IfMatch.require("W/\"1\"").matches(1));
    }
}
