package org.samverka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
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
