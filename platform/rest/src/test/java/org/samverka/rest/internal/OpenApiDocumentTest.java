package org.samverka.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The merge of bundles' OpenAPI fragments into one document, without a framework. */
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static OpenApiDocument.Fragment fragment(String symbolicName, String json) throws Exception {
        return new OpenApiDocument.Fragment(symbolicName, "Bundle " + symbolicName, "1.0.0", JSON.readTree(json));
    }

    private static final String NOTES = """
            {"openapi":"3.1.0","paths":{"/municipalities/{municipalityId}/notes":{"get":{"responses":{"200":{"description":"ok",
             "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Entry"}}}}}}}},
             "components":{"schemas":{"Entry":{"type":"object","properties":{"text":{"type":"string"}}}}}}""";
    private static final String SURVEYS = """
            {"openapi":"3.1.0","paths":{"/municipalities/{municipalityId}/surveys":{"post":{"responses":{"201":{"description":"ok",
             "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Entry"}}}}}}}},
             "components":{"schemas":{"Entry":{"type":"object","properties":{"score":{"type":"integer"}}}}}}""";

    @Test
    void pathsOfEveryFragmentAreTaggedWithTheirBundle() throws Exception {
        JsonNode document = OpenApiDocument.merge("0.1.0", List.of(fragment("org.example.notes", NOTES),
                fragment("org.example.surveys", SURVEYS)));
        assertEquals("3.1.0", document.path("openapi").asText());
        assertEquals("/api/v1", document.path("servers").path(0).path("url").asText());
        JsonNode notes = document.path("paths").path("/municipalities/{municipalityId}/notes").path("get");
        assertEquals("Bundle org.example.notes", notes.path("tags").path(0).asText());
        assertEquals("org.example.notes", notes.path("x-samverka-bundle").asText());
        assertEquals(2, document.path("tags").size());
    }

    @Test
    void aSchemaNameTwoBundlesUseDifferentlyIsRenamedWhereItWasSecond() throws Exception {
        JsonNode document = OpenApiDocument.merge("0.1.0", List.of(fragment("org.example.surveys", SURVEYS),
                fragment("org.example.notes", NOTES)));
        JsonNode schemas = document.path("components").path("schemas");
        assertTrue(schemas.path("Entry").path("properties").has("text"), "the first bundle by name keeps it: " + schemas);
        assertTrue(schemas.path("org_example_surveys_Entry").path("properties").has("score"), schemas.toString());
        assertEquals("#/components/schemas/org_example_surveys_Entry", document.path("paths")
                .path("/municipalities/{municipalityId}/surveys").path("post").path("responses").path("201").path("content")
                .path("application/json").path("schema").path("$ref").asText());
    }

    @Test
    void operationIdsAreUniqueAcrossBundles() throws Exception {
        String list = "{\"openapi\":\"3.1.0\",\"paths\":{\"/%s\":{\"get\":{\"operationId\":\"list\",\"responses\":{}}}}}";
        JsonNode document = OpenApiDocument.merge("0.1.0", List.of(fragment("org.example.notes", list.formatted("notes")),
                fragment("org.example.surveys", list.formatted("surveys")), fragment("com.other.notes", list.formatted("other"))));
        assertEquals("notes_list", document.path("paths").path("/other").path("get").path("operationId").asText());
        assertEquals("notes_list_2", document.path("paths").path("/notes").path("get").path("operationId").asText());
        assertEquals("surveys_list", document.path("paths").path("/surveys").path("get").path("operationId").asText());
    }

    @Test
    void theSameDocumentWhateverTheOrderOfTheBundles() throws Exception {
        var a = fragment("org.example.notes", NOTES);
        var b = fragment("org.example.surveys", SURVEYS);
        assertEquals(OpenApiDocument.merge("0.1.0", List.of(a, b)), OpenApiDocument.merge("0.1.0", List.of(b, a)));
    }

    @Test
    void aFragmentWithoutPathsAddsNothing() throws Exception {
        JsonNode document = OpenApiDocument.merge("0.1.0", List.of(fragment("org.example.api", "{\"openapi\":\"3.1.0\"}")));
        assertTrue(document.path("paths").isEmpty());
        assertFalse(document.path("tags").elements().hasNext());
    }
}
