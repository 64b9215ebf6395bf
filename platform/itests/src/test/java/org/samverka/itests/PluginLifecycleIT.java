package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Framework;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * A plugin comes and goes while the platform runs: copied into the hot-deploy folder it
 * installs and serves; stopped its paths answer 503; started again they serve its data;
 * deleted it is uninstalled; copied back its data is still there. Other modules keep serving.
 */
@SamverkaTest(framework = true)
class PluginLifecycleIT {

    private static final String NOTES = "/api/v1/municipalities/lulea/notes";
    private static final String NOTES_BUNDLE = "org.samverka.plugin.notes";

    private Samverka samverka;
    private Client api;
    private Framework framework;
    private Path pluginFile;

    @BeforeEach
    void locate(Samverka samverka) {
        this.samverka = samverka;
        this.api = samverka.admin();
        this.framework = samverka.framework();
        this.pluginFile = samverka.plugins().resolve("notes.jar");
    }

    @Test
    void aPluginInstallsStopsStartsAndUninstallsWithoutLosingData() throws Exception {
        long copied = System.nanoTime();
        boolean freshInstall = deploy();
        // listed while its bundle is still starting, ACTIVE once it serves
        Reply listed = api.await("/api/v1/modules/notes", r -> r.status() == 200 && "ACTIVE".equals(r.json().path("state").asText()),
                Samverka.PATIENCE);
        assertEquals("ACTIVE", listed.json().path("state").asText(), listed.toString());
        assertEquals("Anteckningar", listed.json().path("name").path("sv").asText());
        assertEquals("Notater", listed.json().path("name").path("nb").asText());

        assertEquals(201, api.put("/api/v1/municipalities/lulea/modules/notes", null).status());
        assertEquals(200, api.await(NOTES, r -> r.status() == 200, Samverka.PATIENCE).status());
        if (freshInstall) {
            System.out.printf("Plugin copied to first 200 from its endpoint: %d ms%n", (System.nanoTime() - copied) / 1_000_000);
        }
        Reply note = api.post(NOTES, "{\"text\":\"Inflyttarlots finns på plats\"}");
        assertEquals(201, note.status());
        String noteUrl = NOTES + "/" + note.json().path("id").asLong();

        assertEquals("ACTIVE", framework.state(NOTES_BUNDLE).orElse(null), "the plugin bundle is installed");
        framework.stop(NOTES_BUNDLE);
        Reply stopped = api.await(NOTES, r -> r.status() == 503, Samverka.PATIENCE);
        assertEquals(503, stopped.status(), "a stopped module is unavailable, not gone: " + stopped);
        assertEquals("1", stopped.header("Retry-After"));
        assertEquals("INACTIVE", api.get("/api/v1/modules/notes").json().path("state").asText());
        assertEquals(200, api.get("/api/v1/regions/norrbotten").status(), "the platform keeps serving");

        framework.start(NOTES_BUNDLE);
        Reply back = api.await(noteUrl, r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals("Inflyttarlots finns på plats", back.json().path("text").asText(), back.toString());

        Files.delete(pluginFile);
        assertEquals(404, api.await("/api/v1/modules/notes", r -> r.status() == 404, Samverka.PATIENCE).status());
        assertEquals(404, api.await(noteUrl, r -> r.status() == 404, Samverka.PATIENCE).status());
        assertTrue(framework.state(NOTES_BUNDLE).isEmpty(), "the bundle is uninstalled");

        deploy();
        Reply restored = api.await(noteUrl, r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals("Inflyttarlots finns på plats", restored.json().path("text").asText(), restored.toString());
        assertEquals(1, api.get("/api/v1/municipalities/lulea/modules").json().size(), "enablement survives the plugin's absence");
    }

    @Test
    void aPluginServesOnlyTenantsThatEnabledIt() {
        deploy();
        api.await("/api/v1/modules/notes", r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals(201, api.put("/api/v1/municipalities/pitea/modules/notes", null).status());
        assertEquals(200, api.put("/api/v1/municipalities/pitea/modules/notes", null).status());
        assertEquals(200, api.await("/api/v1/municipalities/pitea/notes", r -> r.status() == 200, Samverka.PATIENCE).status());

        Reply elsewhere = api.get("/api/v1/municipalities/kiruna/notes");
        assertEquals(404, elsewhere.status());
        assertTrue(elsewhere.json().path("detail").asText().contains("not enabled"));
        assertEquals(409, api.put("/api/v1/regions/norrbotten/modules/notes", null).status(),
                "a region may not take a municipality module");
        assertEquals(404, api.get("/api/v1/regions/vasterbotten/notes").status(),
                "a region path stays closed while none of its municipalities uses the module");

        assertEquals(204, api.delete("/api/v1/municipalities/pitea/modules/notes").status());
        assertEquals(404, api.get("/api/v1/municipalities/pitea/notes").status());
    }

    @Test
    void aPluginsOwnResourcesFollowThePlatformRules() {
        deploy();
        api.await("/api/v1/modules/notes", r -> r.status() == 200, Samverka.PATIENCE);
        api.put("/api/v1/municipalities/boden/modules/notes", null);
        String notes = "/api/v1/municipalities/boden/notes";
        api.await(notes, r -> r.status() == 200, Samverka.PATIENCE);

        assertEquals(400, api.post(notes, "{\"text\":\"\"}").status());
        assertEquals(400, api.post(notes, "{\"text\":\"a\",\"colour\":1}").status());
        Reply created = api.post(notes, "{\"text\":\"Språkcafé varje torsdag\"}");
        String url = notes + "/" + created.json().path("id").asLong();
        assertEquals(428, api.put(url, "{\"text\":\"b\"}").status());
        assertEquals(412, api.put(url, "{\"text\":\"b\"}", "If-Match", "\"9\"").status());
        assertEquals(200, api.put(url, "{\"text\":\"b\"}", "If-Match", created.header("ETag")).status());
        assertEquals(204, api.delete(url, "If-Match", "\"2\"").status());
        assertEquals(404, api.get(url).status());

        api.post(notes, "{\"text\":\"Inflyttarlots\"}");
        api.post(notes, "{\"text\":\"Språkcafé\"}");
        JsonNode page = api.get(notes + "?offset=1&limit=1").json();
        assertEquals(2, page.path("total").asInt(), page.toString());
        assertEquals("Språkcafé", page.path("items").get(0).path("text").asText());
        assertEquals(1, page.path("items").size());
        Reply tooLong = api.get(notes + "?limit=501");
        assertEquals(400, tooLong.status());
        assertEquals("limit", tooLong.json().path("errors").get(0).path("field").asText());
    }

    @Test
    void healthShowsTheChecksEachModuleContributes() {
        deploy();
        JsonNode notes = awaitModuleHealth(m -> m.path("checks").size() == 1);
        assertEquals("Notes store answers", notes.path("checks").get(0).path("name").asText(), "the notes plugin's own check");
        assertEquals("OK", notes.path("checks").get(0).path("status").asText());
        assertEquals("OK", notes.path("health").asText());

        try (var failing = framework.addHealthCheck(Map.of("hc.name", "Mail server reachable", "hc.tags", "samverka",
                "hc.module", "notes"), "CRITICAL", "mail.example.org does not answer")) {
            JsonNode critical = awaitModuleHealth(m -> m.path("health").asText().equals("CRITICAL"));
            assertEquals(2, critical.path("checks").size());
            assertTrue(critical.toString().contains("mail.example.org does not answer"), critical.toString());
            assertEquals(200, api.get("/api/v1/health").status(), "a failing check does not make the platform unready");
        }
        assertEquals("OK", awaitModuleHealth(m -> m.path("checks").size() == 1).path("health").asText());
    }

    /** The notes module's entry in /health once it satisfies the condition. */
    private JsonNode awaitModuleHealth(Predicate<JsonNode> condition) {
        Function<Reply, JsonNode> notes = r -> r.json().path("modules").findParents("id").stream()
                .filter(m -> m.path("id").asText().equals("notes")).findFirst().orElse(null);
        Reply health = api.await("/api/v1/health", r -> notes.apply(r) != null && condition.test(notes.apply(r)), Samverka.PATIENCE);
        JsonNode module = notes.apply(health);
        assertTrue(module != null && condition.test(module), health.body());
        return module;
    }

    @Test
    void aModuleIsNamedInEveryLanguageItShipsAndInTheOneAskedFor() {
        deploy();
        TestPlugins.place(samverka, TestPlugins.testPlugin("sami-labels"), "sami-labels.jar");
        String module = "/api/v1/modules/sami-labels";
        api.await(module, r -> r.status() == 200, Samverka.PATIENCE);

        Reply inSami = api.get(module + "?lang=se");
        assertEquals("Sámegiella", inSami.json().path("displayName").asText());
        assertEquals("se", inSami.json().path("language").asText());
        assertEquals("se", inSami.header("Content-Language"));
        assertEquals("A test module whose name is also written in Northern Sámi.", inSami.json().path("displayDescription").asText(),
                "a key the Sámi file leaves out is shown in English");
        assertEquals("Sámegiella", api.get(module, "Accept-Language", "se-NO, sv;q=0.8").json().path("displayName").asText());
        assertEquals("Samiskt språkprov", api.get(module, "Accept-Language", "fi, sv;q=0.8").json().path("displayName").asText());

        Reply nobodys = api.get(module + "?lang=fi");
        assertEquals("Sámi language sample", nobodys.json().path("displayName").asText());
        assertEquals("en", nobodys.header("Content-Language"));
        assertEquals("Notater", api.get("/api/v1/modules/notes", "Accept-Language", "nn").json().path("displayName").asText());
        assertEquals("Notes", api.get("/api/v1/modules/notes", "Accept-Language", "@@;q=x").json().path("displayName").asText(),
                "a header no one can read is no language asked for");

        JsonNode all = api.get("/api/v1/modules?lang=se").json();
        for (JsonNode listed : all) {
            for (String language : List.of("en", "sv", "nb")) {
                assertTrue(listed.path("name").path(language).isTextual(), listed.path("id") + " in " + language);
            }
            String expected = listed.path("id").asText().equals("sami-labels") ? "Sámegiella" : listed.path("name").path("en").asText();
            assertEquals(expected, listed.path("displayName").asText());
        }
        JsonNode samiListed = api.get("/api/v1/modules").json().findParents("id").stream()
                .filter(m -> m.path("id").asText().equals("sami-labels")).findFirst().orElseThrow();
        assertNotNull(samiListed);
        assertEquals("Sámegiella", samiListed.path("name").path("se").asText(), "every language a module ships is listed");
    }

    /** Copies the plugin into the hot-deploy folder unless it is there; true when it copied. */
    private boolean deploy() {
        boolean there = Files.exists(pluginFile);
        TestPlugins.place(samverka, TestPlugins.notes(), "notes.jar");
        return !there;
    }
}
