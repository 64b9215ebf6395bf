package org.samverka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Hashtable;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.samverka.itests.Api.Reply;

/**
 * A plugin comes and goes while the platform runs: copied into the hot-deploy folder it
 * installs and serves; stopped its paths answer 503; started again they serve its data;
 * deleted it is uninstalled; copied back its data is still there. Other modules keep serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginLifecycleIT extends PlatformTestBase {

    private static final String NOTES = "/api/v1/municipalities/lulea/notes";

    private Path pluginFile;

    @Before
    public void locatePlugin() {
        pluginFile = Path.of(context.getProperty("samverka.plugins"), "notes.jar");
    }

    @Test
    public void aPluginInstallsStopsStartsAndUninstallsWithoutLosingData() throws Exception {
        long copied = System.nanoTime();
        boolean freshInstall = deploy();
        Reply listed = api.await("/api/v1/modules/notes", r -> r.status() == 200, PATIENCE);
        assertEquals(listed.toString(), "ACTIVE", listed.json().path("state").asText());
        assertEquals("Anteckningar", listed.json().path("name").path("sv").asText());
        assertEquals("Notater", listed.json().path("name").path("nb").asText());

        assertEquals(201, api.put("/api/v1/municipalities/lulea/modules/notes", null).status());
        assertEquals(200, api.await(NOTES, r -> r.status() == 200, PATIENCE).status());
        if (freshInstall) {
            System.out.printf("Plugin copied to first 200 from its endpoint: %d ms%n", (System.nanoTime() - copied) / 1_000_000);
        }
        Reply note = api.post(NOTES, "{\"text\":\"Inflyttarlots finns på plats\"}");
        assertEquals(201, note.status());
        String noteUrl = NOTES + "/" + note.json().path("id").asLong();

        Bundle plugin = pluginBundle();
        plugin.stop();
        Reply stopped = api.await(NOTES, r -> r.status() == 503, PATIENCE);
        assertEquals("a stopped module is unavailable, not gone: " + stopped, 503, stopped.status());
        assertEquals("1", stopped.header("Retry-After"));
        assertEquals("INACTIVE", api.get("/api/v1/modules/notes").json().path("state").asText());
        assertEquals("the platform keeps serving", 200, api.get("/api/v1/regions/norrbotten").status());

        plugin.start();
        Reply back = api.await(noteUrl, r -> r.status() == 200, PATIENCE);
        assertEquals(back.toString(), "Inflyttarlots finns på plats", back.json().path("text").asText());

        Files.delete(pluginFile);
        assertEquals(404, api.await("/api/v1/modules/notes", r -> r.status() == 404, PATIENCE).status());
        assertEquals(404, api.await(noteUrl, r -> r.status() == 404, PATIENCE).status());
        assertEquals(Bundle.UNINSTALLED, plugin.getState());

        deploy();
        Reply restored = api.await(noteUrl, r -> r.status() == 200, PATIENCE);
        assertEquals(restored.toString(), "Inflyttarlots finns på plats", restored.json().path("text").asText());
        assertEquals("enablement survives the plugin's absence", 1, api.get("/api/v1/municipalities/lulea/modules").json().size());
    }

    @Test
    public void aPluginServesOnlyTenantsThatEnabledIt() throws Exception {
        deploy();
        api.await("/api/v1/modules/notes", r -> r.status() == 200, PATIENCE);
        assertEquals(201, api.put("/api/v1/municipalities/pitea/modules/notes", null).status());
        assertEquals(200, api.put("/api/v1/municipalities/pitea/modules/notes", null).status());
        assertEquals(200, api.await("/api/v1/municipalities/pitea/notes", r -> r.status() == 200, PATIENCE).status());

        Reply elsewhere = api.get("/api/v1/municipalities/kiruna/notes");
        assertEquals(404, elsewhere.status());
        assertTrue(elsewhere.json().path("detail").asText().contains("not enabled"));
        assertEquals("a region may not take a municipality module", 409,
                api.put("/api/v1/regions/norrbotten/modules/notes", null).status());
        assertEquals("a region path stays closed while none of its municipalities uses the module", 404,
                api.get("/api/v1/regions/vasterbotten/notes").status());

        assertEquals(204, api.delete("/api/v1/municipalities/pitea/modules/notes").status());
        assertEquals(404, api.get("/api/v1/municipalities/pitea/notes").status());
    }

    @Test
    public void aPluginsOwnResourcesFollowThePlatformRules() throws Exception {
        deploy();
        api.await("/api/v1/modules/notes", r -> r.status() == 200, PATIENCE);
        api.put("/api/v1/municipalities/boden/modules/notes", null);
        String notes = "/api/v1/municipalities/boden/notes";
        api.await(notes, r -> r.status() == 200, PATIENCE);

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
        assertEquals(page.toString(), 2, page.path("total").asInt());
        assertEquals("Språkcafé", page.path("items").get(0).path("text").asText());
        assertEquals(1, page.path("items").size());
        Reply tooLong = api.get(notes + "?limit=501");
        assertEquals(400, tooLong.status());
        assertEquals("limit", tooLong.json().path("errors").get(0).path("field").asText());
    }

    @Test
    public void healthShowsTheChecksEachModuleContributes() throws Exception {
        deploy();
        JsonNode notes = awaitModuleHealth(m -> m.path("checks").size() == 1);
        assertEquals("the notes plugin's own check", "Notes store answers", notes.path("checks").get(0).path("name").asText());
        assertEquals("OK", notes.path("checks").get(0).path("status").asText());
        assertEquals("OK", notes.path("health").asText());

        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("hc.name", "Mail server reachable");
        properties.put("hc.tags", "samverka");
        properties.put("hc.module", "notes");
        HealthCheck failing = () -> new Result(Result.Status.CRITICAL, "mail.example.org does not answer");
        ServiceRegistration<HealthCheck> registration = context.registerService(HealthCheck.class, failing, properties);
        try {
            JsonNode critical = awaitModuleHealth(m -> m.path("health").asText().equals("CRITICAL"));
            assertEquals(2, critical.path("checks").size());
            assertTrue(critical.toString(), critical.toString().contains("mail.example.org does not answer"));
            assertEquals("a failing check does not make the platform unready", 200, api.get("/api/v1/health").status());
        } finally {
            registration.unregister();
        }
        assertEquals("OK", awaitModuleHealth(m -> m.path("checks").size() == 1).path("health").asText());
    }

    /** The notes module's entry in /health once it satisfies the condition. */
    private JsonNode awaitModuleHealth(java.util.function.Predicate<JsonNode> condition) {
        java.util.function.Function<Reply, JsonNode> notes = r -> r.json().path("modules").findParents("id").stream()
                .filter(m -> m.path("id").asText().equals("notes")).findFirst().orElse(null);
        Reply health = api.await("/api/v1/health", r -> notes.apply(r) != null && condition.test(notes.apply(r)), PATIENCE);
        JsonNode module = notes.apply(health);
        assertTrue(health.body(), module != null && condition.test(module));
        return module;
    }

    @Test
    public void aModuleIsNamedInEveryLanguageItShipsAndInTheOneAskedFor() throws Exception {
        deploy();
        deployTestPlugin("sami-labels");
        String module = "/api/v1/modules/sami-labels";
        api.await(module, r -> r.status() == 200, PATIENCE);

        Reply inSami = api.get(module + "?lang=se");
        assertEquals("Sámegiella", inSami.json().path("displayName").asText());
        assertEquals("se", inSami.json().path("language").asText());
        assertEquals("se", inSami.header("Content-Language"));
        assertEquals("a key the Sámi file leaves out is shown in English",
                "A test module whose name is also written in Northern Sámi.", inSami.json().path("displayDescription").asText());
        assertEquals("Sámegiella", api.get(module, "Accept-Language", "se-NO, sv;q=0.8").json().path("displayName").asText());
        assertEquals("Samiskt språkprov", api.get(module, "Accept-Language", "fi, sv;q=0.8").json().path("displayName").asText());

        Reply nobodys = api.get(module + "?lang=fi");
        assertEquals("Sámi language sample", nobodys.json().path("displayName").asText());
        assertEquals("en", nobodys.header("Content-Language"));
        assertEquals("Notater", api.get("/api/v1/modules/notes", "Accept-Language", "nn").json().path("displayName").asText());
        assertEquals("a header no one can read is no language asked for", "Notes",
                api.get("/api/v1/modules/notes", "Accept-Language", "@@;q=x").json().path("displayName").asText());

        JsonNode all = api.get("/api/v1/modules?lang=se").json();
        for (JsonNode listed : all) {
            for (String language : java.util.List.of("en", "sv", "nb")) {
                assertTrue(listed.path("id") + " in " + language, listed.path("name").path(language).isTextual());
            }
            String expected = listed.path("id").asText().equals("sami-labels") ? "Sámegiella" : listed.path("name").path("en").asText();
            assertEquals(expected, listed.path("displayName").asText());
        }
        JsonNode samiListed = api.get("/api/v1/modules").json().findParents("id").stream()
                .filter(m -> m.path("id").asText().equals("sami-labels")).findFirst().orElseThrow();
        assertEquals("every language a module ships is listed", "Sámegiella", samiListed.path("name").path("se").asText());
    }

    /** Copies the plugin into the hot-deploy folder unless it is there; true when it copied. */
    private boolean deploy() throws IOException {
        if (Files.exists(pluginFile)) {
            return false;
        }
        Path built = Path.of(System.getProperty("samverka.notes.plugin"));
        Path staged = pluginFile.resolveSibling("notes.jar.part");
        Files.copy(built, staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, pluginFile, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private Bundle pluginBundle() {
        Bundle bundle = bundle("org.samverka.plugin.notes").orElse(null);
        assertNotNull("the plugin bundle is installed", bundle);
        return bundle;
    }
}
