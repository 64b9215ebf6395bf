package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The platform's own REST API over HTTP: tenants, reference data, errors, versions, limits. On the
 * test kit: the distribution booted once for the class, with no plugin.
 */
@SamverkaTest
class PlatformApiIT {

    private static final String PROBLEM = "application/problem+json";

    private Samverka samverka;
    private Client api;

    @BeforeEach
    void admin(Samverka samverka) {
        this.samverka = samverka;
        api = samverka.admin();
    }

    @Test
    void healthReportsTheFrameworkAndTheDatabaseUp() {
        Reply health = api.get("/api/v1/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().path("status").asText());
        assertEquals("UP", health.json().path("database").path("status").asText());
        assertEquals("UP", health.json().path("framework").path("status").asText());
        assertEquals("[]", health.json().path("framework").path("notActive").toString());
    }

    @Test
    void norrbottenListsItsFourteenMunicipalitiesWithOfficialCodes() {
        Reply reply = api.get("/api/v1/regions/norrbotten/municipalities");
        assertEquals(200, reply.status());
        assertEquals(14, reply.json().size());
        JsonNode lulea = find(reply.json(), "lulea");
        assertEquals("2580", lulea.path("code").asText());
        assertEquals("Luleå", lulea.path("name").asText());
        assertNotNull(find(reply.json(), "kiruna"));
    }

    @Test
    void referenceDataHoldsVasterbottenAndBodoInNordland() {
        assertEquals(15, api.get("/api/v1/regions/vasterbotten/municipalities").json().size());
        Reply bodo = api.get("/api/v1/municipalities/bodo");
        assertEquals(200, bodo.status());
        assertEquals("1804", bodo.json().path("code").asText());
        assertEquals("nordland", bodo.json().path("regionId").asText());
        assertEquals("\"1\"", bodo.header("ETag"));
    }

    @Test
    void unknownPathsAnswer404ProblemDocuments() {
        // "/" is the web app (WebAppIT). A path outside /api/ and /app/ goes to the client as a whole address.
        for (String path : List.of("/api/v1/nowhere", "/api/v1/regions/norrbotten/nowhere/else", samverka.uri().resolve("/nowhere").toString(),
                "/app/nowhere.js")) {
            Reply reply = api.get(path);
            assertEquals(404, reply.status(), path);
            assertTrue(reply.header("Content-Type").startsWith(PROBLEM), path + ": " + reply.header("Content-Type"));
            assertEquals(404, reply.json().path("status").asInt());
            assertTrue(reply.json().path("detail").asText().length() > 10);
        }
    }

    @Test
    void unknownTenantsAndModulesAnswer404() {
        assertProblem(404, api.get("/api/v1/regions/atlantis"));
        assertProblem(404, api.get("/api/v1/municipalities/atlantis"));
        assertProblem(404, api.get("/api/v1/regions/atlantis/municipalities"));
        assertProblem(404, api.get("/api/v1/municipalities/atlantis/notes"));
        assertProblem(404, api.get("/api/v1/municipalities/lulea/no-such-module/items"));
        assertProblem(404, api.put("/api/v1/municipalities/lulea/modules/no-such-module", null));
        assertProblem(404, api.get("/api/v1/modules/no-such-module"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        Reply reply = api.post("/api/v1/regions", "{\"id\": \"x\", ");
        assertProblem(400, reply);
        assertTrue(reply.json().path("detail").asText().contains("not valid JSON"), reply.json().path("detail").asText());
    }

    @Test
    void unknownFieldsAndWrongTypesNameTheField() {
        Reply unknown = api.post("/api/v1/regions", "{\"id\":\"r1\",\"code\":\"1\",\"name\":\"R\",\"country\":\"SE\",\"colour\":\"red\"}");
        assertProblem(400, unknown);
        assertEquals("colour", unknown.json().path("errors").get(0).path("field").asText());

        Reply wrongType = api.post("/api/v1/regions", "{\"id\":\"r1\",\"code\":25,\"name\":\"R\",\"country\":\"SE\"}");
        assertProblem(400, wrongType);
        assertEquals("code", wrongType.json().path("errors").get(0).path("field").asText());
    }

    @Test
    void validationListsEveryOffendingField() {
        Reply reply = api.post("/api/v1/regions", "{\"id\":\"Not A Slug\",\"code\":\"x\",\"name\":\" \",\"country\":\"DE\"}");
        assertProblem(400, reply);
        List<String> fields = new ArrayList<>();
        reply.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(List.of("id", "code", "name", "country"), fields);
    }

    @Test
    void aRegionIsCreatedReadChangedWithItsVersionAndDeleted() {
        Reply created = api.post("/api/v1/regions", "{\"id\":\"test-crud\",\"code\":\"99\",\"name\":\"Test\",\"country\":\"SE\"}");
        assertEquals(201, created.status());
        assertTrue(created.header("Location").endsWith("/api/v1/regions/test-crud"));
        assertEquals("\"1\"", created.header("ETag"));
        assertProblem(409, api.post("/api/v1/regions", "{\"id\":\"test-crud\",\"code\":\"99\",\"name\":\"Test\",\"country\":\"SE\"}"));

        String change = "{\"code\":\"99\",\"name\":\"Test renamed\",\"country\":\"NO\"}";
        assertProblem(428, api.put("/api/v1/regions/test-crud", change));
        assertProblem(412, api.put("/api/v1/regions/test-crud", change, "If-Match", "\"7\""));
        Reply changed = api.put("/api/v1/regions/test-crud", change, "If-Match", "\"1\"");
        assertEquals(200, changed.status());
        assertEquals("\"2\"", changed.header("ETag"));
        assertEquals("Test renamed", api.get("/api/v1/regions/test-crud").json().path("name").asText());
        assertProblem(412, api.put("/api/v1/regions/test-crud", change, "If-Match", "\"1\""));

        assertProblem(428, api.delete("/api/v1/regions/test-crud"));
        assertProblem(412, api.delete("/api/v1/regions/test-crud", "If-Match", "\"1\""));
        assertEquals(204, api.delete("/api/v1/regions/test-crud", "If-Match", "\"2\"").status());
        assertProblem(404, api.get("/api/v1/regions/test-crud"));
    }

    @Test
    void aMunicipalityBelongsToItsRegionAndKeepsItFromBeingDeleted() {
        api.post("/api/v1/regions", "{\"id\":\"test-owner\",\"code\":\"98\",\"name\":\"Owner\",\"country\":\"SE\"}");
        Reply created = api.post("/api/v1/regions/test-owner/municipalities", "{\"id\":\"test-town\",\"code\":\"9801\",\"name\":\"Town\"}");
        assertEquals(201, created.status());
        assertTrue(created.header("Location").endsWith("/api/v1/municipalities/test-town"));
        assertProblem(409, api.delete("/api/v1/regions/test-owner", "If-Match", "\"1\""));

        Reply moved = api.put("/api/v1/municipalities/test-town", "{\"regionId\":\"norrbotten\",\"code\":\"9801\",\"name\":\"Town\"}",
                "If-Match", "\"1\"");
        assertEquals(200, moved.status());
        assertEquals("norrbotten", moved.json().path("regionId").asText());
        assertEquals(204, api.delete("/api/v1/regions/test-owner", "If-Match", "\"1\"").status());
        assertEquals(204, api.delete("/api/v1/municipalities/test-town", "If-Match", "\"2\"").status());
        assertEquals(14, api.get("/api/v1/regions/norrbotten/municipalities").json().size());
    }

    @Test
    void jerseysOwnErrorsAreProblemDocumentsToo() {
        Reply notAllowed = api.send("PATCH", "/api/v1/health", "{}", "Content-Type", "application/json");
        assertProblem(405, notAllowed);
        assertNotNull(notAllowed.header("Allow"));
        assertProblem(415, api.send("POST", "/api/v1/regions", "id=x", "Content-Type", "text/plain"));
        assertProblem(406, api.get("/api/v1/regions", "Accept", "application/xml"));
    }

    @Test
    void oversizedAndOverNestedBodiesAreRefused() throws Exception {
        // A limit small enough that the whole body is sent before the 413 comes back, written into
        // the platform's config/ as an operator would (Configuration Admin takes it from there).
        try (var smaller = samverka.setting("org.samverka.rest.cfg", "maxBodyBytes", "20000")) {
            String big = "{\"id\":\"big\",\"code\":\"1\",\"country\":\"SE\",\"name\":\"" + "x".repeat(30_000) + "\"}";
            Reply refused = postAllowingDroppedConnections(big);
            for (int i = 0; i < 300 && (refused == null || refused.status() != 413); i++) {
                Thread.sleep(100); // the new limit reaches the filter once the REST whiteboard has reloaded
                refused = postAllowingDroppedConnections(big);
            }
            assertNotNull(refused, "no answer to an oversized body");
            assertProblem(413, refused);
            assertTrue(refused.json().path("detail").asText().contains("20000 bytes"));
        }
        // The REST whiteboard reloads with the restored limits: wait until the 30 kB body is
        // read again (and refused for its too-long name) several times in a row.
        String big = "{\"id\":\"big\",\"code\":\"1\",\"country\":\"SE\",\"name\":\"" + "x".repeat(30_000) + "\"}";
        for (int i = 0, inARow = 0; i < 300 && inARow < 5; i++) {
            Reply reply = postAllowingDroppedConnections(big);
            inARow = reply != null && reply.status() == 400 ? inARow + 1 : 0;
            Thread.sleep(100);
        }
        String deep = "[".repeat(200) + "]".repeat(200);
        assertProblem(400, api.post("/api/v1/regions", deep));
        assertProblem(404, api.get("/api/v1/regions/big"));
    }

    /**
     * While the REST whiteboard reloads, or when the server answers 413 before it has read the
     * whole body, the connection may close under the client: that is no answer, not a failure.
     */
    private Reply postAllowingDroppedConnections(String body) {
        try {
            return api.post("/api/v1/regions", body);
        } catch (UncheckedIOException droppedConnection) {
            return null;
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Reply reply = api.get("/api/v1/regions");
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertEquals("no-store", reply.header("Cache-Control"));
        assertEquals("nosniff", api.get("/api/v1/nowhere").header("X-Content-Type-Options"));
    }

    @Test
    void withNoPluginInstalledNoModulesAreListedOrEnabled() {
        assertEquals(200, api.get("/api/v1/modules").status());
        Reply modules = api.get("/api/v1/municipalities/kiruna/modules");
        assertEquals(200, modules.status());
        assertEquals(0, modules.json().size());
        assertEquals(0, api.get("/api/v1/regions/norrbotten/modules").json().size());
        assertProblem(404, api.delete("/api/v1/municipalities/kiruna/modules/notes"));
    }

    private static void assertProblem(int status, Reply reply) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith(PROBLEM), reply.header("Content-Type"));
        assertEquals(status, reply.json().path("status").asInt());
        assertTrue(reply.json().has("title"));
        assertTrue(!reply.body().contains("\tat ") && !reply.body().contains("Exception"), "no stack trace");
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (id.equals(node.path("id").asText())) {
                return node;
            }
        }
        return null;
    }
}
