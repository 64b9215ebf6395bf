package org.samverka.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void everyOffendingFieldIsReportedAtOnce() {
        var check = new Validation();
        check.requiredText("name", " ", 10);
        check.requiredSlug("id", "Luleå", 10);
        check.optionalText("note", "x".repeat(11), 10);
        ApiProblem problem = assertThrows(ApiProblem.class, check::throwIfInvalid);
        assertEquals(400, problem.status());
        assertEquals(List.of("name", "id", "note"), problem.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void validTextComesBackTrimmed() {
        var check = new Validation();
        assertEquals("Kiruna", check.requiredText("name", "  Kiruna ", 10));
        assertEquals("kiruna", check.requiredSlug("id", "kiruna", 10));
        check.throwIfInvalid();
    }
}
