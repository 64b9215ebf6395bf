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

    @Test
    void everyOperationDocumentsThePlatformsProblemAnswers() throws Exception {
        String fragment = """
                {"openapi":"3.1.0","paths":{"/municipalities/{municipalityId}/notes/{id}":{"put":{
                 "parameters":[{"name":"municipalityId","in":"path"},{"name":"id","in":"path"},{"name":"If-Match","in":"header"}],
                 "requestBody":{"content":{"application/json":{}}},
                 "responses":{"404":{"description":"No such note, in the plugin's words"}}}},
                 "/health":{"get":{"x-samverka-open":true,"responses":{"default":{"description":"ok"}}}}}}""";
        JsonNode document = OpenApiDocument.merge("0.1.0", List.of(fragment("org.example.notes", fragment)));
        JsonNode change = document.path("paths").path("/municipalities/{municipalityId}/notes/{id}").path("put").path("responses");
        for (String status : List.of("400", "401", "403", "412", "428", "503")) {
            String reference = change.path(status).path("$ref").asText();
            assertTrue(reference.startsWith("#/components/responses/"), status + ": " + change);
            JsonNode response = document.at(reference.substring(1));
            assertEquals("#/components/schemas/SamverkaProblem", response.path("content").path("application/problem+json")
                    .path("schema").path("$ref").asText(), status + " is problem+json");
        }
        assertEquals("No such note, in the plugin's words", change.path("404").path("description").asText(),
                "what the fragment documents itself stays");
        assertTrue(document.path("components").path("schemas").path("SamverkaProblem").path("properties").has("errors"));

        JsonNode health = document.path("paths").path("/health").path("get").path("responses");
        assertFalse(health.has("401") || health.has("403"), "an operation open to anyone has no 401 or 403: " + health);
        assertTrue(document.path("paths").path("/health").path("get").path("security").isEmpty(), "and no security either");
        assertFalse(health.has("400") || health.has("404") || health.has("412"), health.toString());
        assertTrue(health.has("503") && health.has("default"), health.toString());
    }
}
