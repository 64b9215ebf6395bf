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

    @Test
    void controlCharactersAreRefusedButTabsAndLineBreaksAreText() {
        var check = new Validation();
        check.optionalText("name", "Kiru\u0007na", 20);
        check.optionalText("notes", "första raden\r\nandra\traden", 40);
        ApiProblem problem = assertThrows(ApiProblem.class, check::throwIfInvalid);
        assertEquals(List.of("name"), problem.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void datesAndTimesOutsideWhatIsStoredExactlyAreRefused() {
        var check = new Validation();
        check.date("dueDate", java.time.LocalDate.of(1582, 10, 10));
        check.date("startDate", java.time.LocalDate.of(10000, 1, 1));
        check.date("fine", java.time.LocalDate.of(2030, 6, 1));
        check.instant("expiresAt", java.time.Instant.parse("+10000-01-01T00:00:00Z"));
        check.instant("alsoFine", java.time.Instant.parse("9999-12-31T23:59:59Z"));
        ApiProblem problem = assertThrows(ApiProblem.class, check::throwIfInvalid);
        assertEquals(List.of("dueDate", "startDate", "expiresAt"), problem.errors().stream().map(FieldError::field).toList());
    }
}
