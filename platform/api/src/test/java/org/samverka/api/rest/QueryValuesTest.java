package org.samverka.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class QueryValuesTest {

    enum Phase { INVENTORY, ROOT }

    @Test
    void acceptLanguageIsReadByWeightWithoutWildcards() {
        assertEquals(List.of(Locale.forLanguageTag("se-NO"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("nb")),
                QueryValues.acceptLanguage("sv;q=0.5, *;q=0.9, se-NO, nb;q=0.1, fi;q=0"));
    }

    @Test
    void anUnreadableRangeIsLeftOut() {
        assertEquals(List.of(Locale.forLanguageTag("sv")), QueryValues.acceptLanguage("@@;q=x, sv"));
        assertEquals(List.of(), QueryValues.acceptLanguage(";;;"));
        assertEquals(List.of(), QueryValues.acceptLanguage(null));
    }

    @Test
    void anEnumValueIsReadCaseInsensitivelyOrNamedInA400() {
        assertEquals(Phase.ROOT, QueryValues.optionalEnum(Phase.class, " root ", "phase"));
        assertNull(QueryValues.optionalEnum(Phase.class, "", "phase"));
        ApiProblem problem = assertThrows(ApiProblem.class, () -> QueryValues.optionalEnum(Phase.class, "roots", "phase"));
        assertEquals(400, problem.status());
        assertEquals(List.of(new FieldError("phase", "must be one of INVENTORY, ROOT")), problem.errors());
    }

    @Test
    void pagingOutOfRangeNamesBothFields() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> Paging.of(-1, 501));
        assertEquals(List.of("offset", "limit"), problem.errors().stream().map(FieldError::field).toList());
        assertEquals(new Paging(0, 500), Paging.of(0, 500));
    }
}
