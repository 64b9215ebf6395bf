package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.rest.FieldError;

/** The rules of an entry, without a platform: pure logic, a plain unit test. */
class EntryInputTest {

    @Test
    void aTitleIsTrimmedAndARatingFromOneToFiveIsTaken() {
        assertEquals(new EntryInput("Meeting place", 4), new EntryInput("  Meeting place ", 4).validated());
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> new EntryInput(" ", 6).validated());
        assertEquals(400, problem.status());
        assertEquals(List.of("title", "rating"), problem.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aMissingRatingIsAnError() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> new EntryInput("Meeting place", null).validated());
        assertEquals(List.of("rating"), problem.errors().stream().map(FieldError::field).toList());
    }
}
