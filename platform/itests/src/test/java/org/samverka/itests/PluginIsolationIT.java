package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * A plugin that tries every reach plugins may not make (platform-intruder test plugin): each is
 * refused, the plugin itself still starts, and the platform and the other plugins keep serving.
 * The intruder reports what it got as properties of a service it registers.
 */
@SamverkaTest(framework = true)
class PluginIsolationIT {

    private static final String REPORT = "(reach.platformSchema=*)";

    @Test
    void everyForbiddenReachIsRefusedAndThePlatformKeepsServing(Samverka samverka) {
        Client api = samverka.admin();
        TestPlugins.place(samverka, TestPlugins.notes(), "notes.jar");
        TestPlugins.enable(samverka, "notes", "", "lulea");
        Reply before = api.post("/api/v1/municipalities/lulea/notes", "{\"text\":\"before the intruder\"}");
        assertEquals(201, before.status());

        TestPlugins.place(samverka, TestPlugins.testPlugin("intruder"), "intruder.jar");
        JsonNode report = awaitReport(samverka);

        assertRefused(report, "reach.platformSchema", "are the platform's");
        assertRefused(report, "reach.otherPluginSchema", "belongs to bundle org.samverka.plugin.notes");
        assertRefused(report, "reach.otherBundlesIdentity", "opens schemas only as itself");
        assertRefused(report, "reach.dataSourceByType", "nothing found");
        assertRefused(report, "reach.dataSourceAmongAllServices", "nothing found");
        assertEquals("opened", report.path("ownSchema").asText(), "a plugin still opens its own schema");
        assertTrue(report.path("spiObserverRegistered").asBoolean(),
                "the intruder did get the platform's observer interface, so its refusal is tested too");

        assertEquals(201, api.post("/api/v1/municipalities/lulea/notes", "{\"text\":\"after the intruder\"}").status());
        assertEquals(201, api.put("/api/v1/municipalities/kiruna/modules/notes", null).status());
        assertEquals(0, awaitReport(samverka).path("observed").asInt(-1), "no transaction was shown to the intruder's observers");

        assertEquals(200, api.get("/api/v1/health").status());
        assertEquals(2, api.get("/api/v1/municipalities/lulea/notes").json().path("total").asInt());
        assertEquals(14, api.get("/api/v1/regions/norrbotten/municipalities").json().size());
    }

    private static JsonNode awaitReport(Samverka samverka) {
        long deadline = System.nanoTime() + Samverka.PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode found = samverka.framework().services(REPORT);
            if (!found.isEmpty() && found.get(0).path("properties").has("spiObserverRegistered")) {
                return found.get(0).path("properties");
            }
            Api.sleep(100);
        }
        throw new AssertionError("the intruder plugin never reported");
    }

    private static void assertRefused(JsonNode report, String reach, String because) {
        String outcome = report.path(reach).asText(null);
        assertTrue(outcome != null, reach + " is reported");
        assertTrue(outcome.startsWith("refused: ") && outcome.contains(because), reach + ": " + outcome);
    }
}
