package org.samverka.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverka.api.rest.ApiProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;

class JsonErrorMapperTest {

    record Item(String title, int count, Status status) {
    }

    enum Status { OPEN, DONE }

    record Plan(String name, List<Item> items) {
    }

    private final JsonMapper mapper = JsonMappers.strict(8, 50);

    private ApiProblem problemFor(String json, Class<?> type) {
        var error = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, type));
        return JsonErrorMapper.problemOf(error);
    }

    @Test
    void anUnknownFieldIsNamedWithTheKnownOnes() {
        ApiProblem problem = problemFor("{\"title\":\"a\",\"count\":1,\"status\":\"OPEN\",\"colour\":1}", Item.class);
        assertEquals("colour", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("count, status, title"));
    }

    @Test
    void aWrongTypeDeepInsideNamesTheWholePath() {
        ApiProblem problem = problemFor("{\"name\":\"p\",\"items\":[{\"title\":\"a\",\"count\":1,\"status\":\"OPEN\"},"
                + "{\"title\":\"b\",\"count\":\"2\",\"status\":\"OPEN\"}]}", Plan.class);
        assertEquals("items[1].count", problem.errors().get(0).field());
        assertEquals("must be a whole number", problem.errors().get(0).message());
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        ApiProblem problem = problemFor("{\"title\":\"a\",\"count\":1,\"status\":\"LATER\"}", Item.class);
        assertEquals("status", problem.errors().get(0).field());
        assertEquals("must be one of OPEN, DONE", problem.errors().get(0).message());
    }

    @Test
    void aNumberIsNotAcceptedAsText() {
        assertEquals("title", problemFor("{\"title\":5,\"count\":1,\"status\":\"OPEN\"}", Item.class).errors().get(0).field());
    }

    @Test
    void brokenJsonSaysWhere() {
        ApiProblem problem = problemFor("{\"title\": \"a\",\n \"count\": }", Item.class);
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("line 2"), problem.detail());
    }

    @Test
    void overDeepAndOverLongDocumentsAreRefused() {
        assertEquals(400, problemFor("[".repeat(20) + "]".repeat(20), Plan.class).status());
        ApiProblem tooLong = problemFor("{\"title\":\"" + "x".repeat(60) + "\"}", Item.class);
        assertEquals("title", tooLong.errors().get(0).field());
        assertTrue(tooLong.errors().get(0).message().startsWith("is too long"), tooLong.errors().get(0).message());
    }
}
